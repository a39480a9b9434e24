package org.fascia.platform;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;

import org.springframework.core.env.Environment;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Named rate limits (token buckets, Bucket4j), each counted per key (an IP address, an email address,
 * an account). A module defines its limit once by name with a default, e.g.
 * {@code limits.define("sign-up-ip", 10, Duration.ofHours(1))}; the property
 * {@code fascia.rate-limits.sign-up-ip=20/PT1H} overrides it. Buckets live in this node's memory and
 * follow the application's {@link Clock}, so tests can move time on; idle full buckets are dropped.
 */
@Component
public class RateLimits {

	private final Map<String, Limit> limits = new ConcurrentHashMap<>();

	private final Environment environment;

	private final TimeMeter time;

	private final Words words;

	RateLimits(Environment environment, Clock clock, Words words) {
		this.environment = environment;
		this.words = words;
		this.time = new TimeMeter() {

			@Override
			public long currentTimeNanos() {
				return clock.millis() * 1_000_000L;
			}

			@Override
			public boolean isWallClockBased() {
				return true;
			}

		};
	}

	/** The limit of this name, defined with these defaults the first time it is asked for. */
	public Limit define(String name, long capacity, Duration period) {
		return limits.computeIfAbsent(name, n -> {
			String override = environment.getProperty("fascia.rate-limits." + n);
			if (override != null && !override.isBlank()) {
				String[] parts = override.strip().split("/", 2);
				return new Limit(n, Long.parseLong(parts[0].strip()), Duration.parse(parts[1].strip()), time, this);
			}
			return new Limit(n, capacity, period, time, this);
		});
	}

	/**
	 * The refusal of a limit reached, worded for the person: how long to wait, in whole minutes (at least one).
	 * For a caller that counts on its own (e.g. failed sign-ins) and answers as a named limit would.
	 */
	public TooManyRequests tooManyRequests(String limit, Duration retryAfter) {
		long minutes = Math.max(1, (retryAfter.toSeconds() + 59) / 60);
		String message = minutes == 1 ? words.text("platform.tooMany.minute")
				: words.text("platform.tooMany.minutes", String.valueOf(minutes));
		return new TooManyRequests(limit, retryAfter, message);
	}

	@Scheduled(fixedDelay = 600_000, initialDelay = 600_000)
	void dropIdleBuckets() {
		limits.values().forEach(Limit::dropFull);
	}

	/** One named limit: {@link #capacity()} actions per {@link #period()} for each key. */
	public static final class Limit {

		private final String name;

		private final long capacity;

		private final Duration period;

		private final TimeMeter time;

		private final RateLimits limits;

		private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

		Limit(String name, long capacity, Duration period, TimeMeter time, RateLimits limits) {
			if (capacity < 1 || period.isNegative() || period.isZero()) {
				throw new IllegalArgumentException("rate limit " + name + ": capacity and period must be positive");
			}
			this.name = name;
			this.capacity = capacity;
			this.period = period;
			this.time = time;
			this.limits = limits;
		}

		public String name() {
			return name;
		}

		public long capacity() {
			return capacity;
		}

		public Duration period() {
			return period;
		}

		private Bucket bucket(String key) {
			return buckets.computeIfAbsent(normalise(key), k -> Bucket.builder()
				.addLimit(limit -> limit.capacity(capacity).refillIntervally(capacity, period))
				.withCustomTimePrecision(time)
				.build());
		}

		/** Counts one action for the key; false (and nothing counted) when its allowance is used up. */
		public boolean tryConsume(String key) {
			return bucket(key).tryConsume(1);
		}

		/** Counts one action, or throws {@link TooManyRequests} when the allowance is used up. */
		public void consume(String key) {
			ConsumptionProbe probe = bucket(key).tryConsumeAndReturnRemaining(1);
			if (!probe.isConsumed()) {
				throw limits.tooManyRequests(name, Duration.ofNanos(probe.getNanosToWaitForRefill()));
			}
		}

		/** Whether the key has used up its allowance, without counting anything. */
		public boolean exhausted(String key) {
			return bucket(key).getAvailableTokens() <= 0;
		}

		void dropFull() {
			buckets.entrySet().removeIf(entry -> entry.getValue().getAvailableTokens() >= capacity);
		}

		private static String normalise(String key) {
			return key == null ? "" : key.strip().toLowerCase(Locale.ROOT);
		}

	}

	/**
	 * A limit was reached: pages answer 429 with the message, the API a problem+json 429. Made by
	 * {@link RateLimits#tooManyRequests}, which words the message from the bundle.
	 */
	public static final class TooManyRequests extends RuntimeException {

		private final String limit;

		private final Duration retryAfter;

		TooManyRequests(String limit, Duration retryAfter, String message) {
			super(message);
			this.limit = limit;
			this.retryAfter = retryAfter;
		}

		public String limit() {
			return limit;
		}

		public Duration retryAfter() {
			return retryAfter;
		}

		/** Whole seconds for a {@code Retry-After} header, at least 1. */
		public long retryAfterSeconds() {
			return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
		}

	}

}
