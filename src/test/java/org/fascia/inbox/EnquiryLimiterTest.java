package org.fascia.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.fascia.support.MutableClock;
import org.junit.jupiter.api.Test;

/** The limiter on its own clock: the per-address allowance, the clinic-wide cap, and refilling over the hour. */
class EnquiryLimiterTest {

	@Test
	void eachAddressHasItsAllowanceAndTheClinicACapAndBothRefillOverTheHour() {
		MutableClock clock = new MutableClock();
		EnquiryLimiter limiter = new EnquiryLimiter(clock, 2, 5);
		assertThat(limiter.take("a")).isEmpty();
		assertThat(limiter.take("a")).isEmpty();
		EnquiryLimiter.Refusal third = limiter.take("a").orElseThrow();
		assertThat(third.global()).isFalse();
		assertThat(third.retryAfterSeconds()).isBetween(1L, 1800L);
		assertThat(limiter.take("b")).isEmpty();
		assertThat(limiter.take("b")).isEmpty();
		assertThat(limiter.take("c")).isEmpty();
		EnquiryLimiter.Refusal cap = limiter.take("d").orElseThrow();
		assertThat(cap.global()).isTrue();
		// The refused address keeps its own allowance: the cap refused it, not its own bucket.
		clock.advance(Duration.ofMinutes(13));
		assertThat(limiter.take("d")).isEmpty();
		clock.advance(Duration.ofHours(1));
		assertThat(limiter.take("a")).isEmpty();
		assertThat(limiter.take("a")).isEmpty();
		assertThat(limiter.take("a")).isPresent();
	}

}
