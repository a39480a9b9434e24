package org.fascia.inbox;

import java.time.Clock;
import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The enquiry form's rate limit (issue 7, requirement 9): token buckets (Bucket4j) of {@code per-ip} enquiries an
 * hour for each client address, and a clinic-wide cap of {@code global} an hour as a sanity limit against a flood
 * from many addresses. The per-address buckets live in a bounded cache (Caffeine) and are forgotten two hours after
 * their last use. Time comes from the application's clock. In-process: each application node limits on its own.
 */
@Component
class EnquiryLimiter {

	/** Why a submission was refused, and for how long. */
	record Refusal(boolean global, long retryAfterSeconds) {
	}

	private final Cache<String, Bucket> perAddress;

	private final Bucket global;

	private final int perIp;

	private final TimeMeter time;

	EnquiryLimiter(Clock clock, @Value("${fascia.enquiry.rate-limit.per-ip:5}") int perIp,
			@Value("${fascia.enquiry.rate-limit.global:200}") int globalPerHour) {
		this.perIp = perIp;
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
		this.perAddress = Caffeine.newBuilder().maximumSize(100_000).expireAfterAccess(Duration.ofHours(2)).build();
		this.global = bucket(globalPerHour);
	}

	private Bucket bucket(int perHour) {
		return Bucket.builder()
			.addLimit(limit -> limit.capacity(perHour).refillGreedy(perHour, Duration.ofHours(1)))
			.withCustomTimePrecision(time)
			.build();
	}

	/** Takes one enquiry from the address's allowance and the clinic's; empty when allowed. */
	java.util.Optional<Refusal> take(String address) {
		Bucket own = perAddress.get(address == null ? "unknown" : address, key -> bucket(perIp));
		ConsumptionProbe probe = own.tryConsumeAndReturnRemaining(1);
		if (!probe.isConsumed()) {
			return java.util.Optional.of(new Refusal(false, seconds(probe.getNanosToWaitForRefill())));
		}
		ConsumptionProbe overall = global.tryConsumeAndReturnRemaining(1);
		if (!overall.isConsumed()) {
			own.addTokens(1);
			return java.util.Optional.of(new Refusal(true, seconds(overall.getNanosToWaitForRefill())));
		}
		return java.util.Optional.empty();
	}

	private static long seconds(long nanos) {
		return Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L);
	}

}
