package org.fascia.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;

import org.junit.jupiter.api.Test;

/**
 * The templates print an appointment's status as {@code #{'booking.status.' + ${e.status()}}} (staff) and
 * {@code #{'booking.visit.status.' + ...}} (the client's link, the payment page): keys MessageBundlesTest cannot
 * see, so every status must have both here. {@link AppointmentStatus#label()}, left for callers outside booking,
 * says the same as the bundle.
 */
class StatusWordsTest {

	@Test
	void everyStatusHasItsWords() {
		Properties english = org.fascia.support.EnglishBundle.load();
		for (AppointmentStatus status : AppointmentStatus.values()) {
			assertThat(english.getProperty("booking.status." + status.name())).as(status.name()).isNotBlank();
			assertThat(english.getProperty("booking.visit.status." + status.name())).as(status.name()).isNotBlank();
			assertThat(english.getProperty("booking.problem.already." + status.name())).as(status.name()).isNotBlank();
			assertThat(status.label()).as(status.name()).isEqualTo(english.getProperty("booking.status." + status.name()));
		}
		assertThat(english.getProperty("booking.visit.status.NO_SHOW")).isEqualTo("Missed");
	}

}
