package org.fascia.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.fascia.support.FasciaIntegrationTest;
import org.fascia.support.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.convention.TestBean;

/** A reminder goes out once, 24 hours ahead, and follows an appointment that moves. */
@FasciaIntegrationTest
@Import(BookingFixture.class)
class RemindersTest {

	static final MutableClock CLOCK = new MutableClock();

	@TestBean
	Clock clock;

	static Clock clock() {
		return CLOCK;
	}

	@Autowired
	BookingFixture fixture;

	@Autowired
	BookingService booking;

	@Autowired
	BookingChanges changes;

	@Autowired
	Reminders reminders;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void resetClock() {
		CLOCK.reset();
	}

	private int remindersTo(String email) {
		return jdbc.sql("select count(*) from mail_outbox where recipient = :to and subject like 'Reminder%'")
			.param("to", email)
			.query(Integer.class)
			.single();
	}

	@Test
	void oneReminderPerStartTime() {
		BookingFixture.Clinic clinic = fixture.create(1);
		Actor desk = Actor.staff(clinic.frontDesk().id(), false);
		Instant start = BookingFixture.at(4, 11, 0);
		Appointment a = booking.book(new BookingRequest(clinic.serviceId(), clinic.therapistId(), start, clinic.clientId()), desk);
		String email = clinic.clientUser().getUsername();

		reminders.sendDue();
		assertThat(remindersTo(email)).as("not yet: more than 24 h ahead").isZero();

		CLOCK.advance(Duration.between(Instant.now(), start.minus(Duration.ofHours(23))));
		reminders.sendDue();
		reminders.sendDue();
		assertThat(remindersTo(email)).as("sent once").isEqualTo(1);

		Instant later = start.plus(Duration.ofDays(2));
		changes.reschedule(a.id(), later, null, desk, "client asked");
		reminders.sendDue();
		assertThat(remindersTo(email)).as("the new time is not due yet").isEqualTo(1);
		CLOCK.advance(Duration.ofDays(2));
		reminders.sendDue();
		assertThat(remindersTo(email)).as("a reminder for the new time").isEqualTo(2);
	}

	@Test
	void aCancelledAppointmentGetsNoReminder() {
		BookingFixture.Clinic clinic = fixture.create(1);
		Actor desk = Actor.staff(clinic.frontDesk().id(), false);
		Instant start = BookingFixture.at(5, 12, 0);
		Appointment a = booking.book(new BookingRequest(clinic.serviceId(), clinic.therapistId(), start, clinic.clientId()), desk);
		changes.cancel(a.id(), desk, null, false);
		CLOCK.advance(Duration.between(Instant.now(), start.minus(Duration.ofHours(20))));
		reminders.sendDue();
		assertThat(remindersTo(clinic.clientUser().getUsername())).isZero();
	}

}
