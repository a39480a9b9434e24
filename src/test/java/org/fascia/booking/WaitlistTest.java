package org.fascia.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.mail.internet.MimeMessage;

import org.fascia.platform.ApiProblem;
import org.fascia.support.FasciaIntegrationTest;
import org.fascia.support.TestMail;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A freed time is offered to waiting clients in the order they asked; the first to book gets it. */
@FasciaIntegrationTest
@Import(BookingFixture.class)
class WaitlistTest {

	@Autowired
	BookingFixture fixture;

	@Autowired
	BookingService booking;

	@Autowired
	BookingChanges changes;

	@Autowired
	Waitlist waitlist;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aCancelledTimeIsOfferedInOrderAndTheFirstToBookGetsIt() throws Exception {
		BookingFixture.Clinic clinic = fixture.create(1);
		Actor desk = Actor.staff(clinic.frontDesk().id(), false);
		Instant start = BookingFixture.at(6, 10, 0);
		Appointment taken = booking.book(
				new BookingRequest(clinic.serviceId(), clinic.therapistId(), start, clinic.clientId()), desk);
		LocalDate before = LocalDate.now(BookingFixture.ZONE).plusDays(8);
		waitlist.join(clinic.otherClientId(), clinic.serviceId(), clinic.therapistId(), before);
		BookingFixture.Clinic third = fixture.create(0);
		waitlist.join(third.clientId(), clinic.serviceId(), null, before);
		// Someone waiting only for days before the freed one is not told.
		waitlist.join(third.otherClientId(), clinic.serviceId(), null, LocalDate.now(BookingFixture.ZONE).plusDays(3));

		changes.cancel(taken.id(), desk, null, false);

		MimeMessage first = TestMail.awaitMessageTo(clinic.otherClientUser().getUsername(), Duration.ofSeconds(20));
		assertThat(first.getSubject()).startsWith("An earlier time is free");
		assertThat(TestMail.body(first)).contains("start=" + start);
		TestMail.awaitMessageTo(third.clientUser().getUsername(), Duration.ofSeconds(20));
		List<String> order = jdbc.sql("select recipient from mail_outbox where subject like 'An earlier time%' order by id")
			.query(String.class).list();
		assertThat(order).containsSubsequence(clinic.otherClientUser().getUsername(), third.clientUser().getUsername());
		assertThat(order).doesNotContain(third.otherClientUser().getUsername());

		Appointment won = booking.book(new BookingRequest(clinic.serviceId(), clinic.therapistId(), start,
				clinic.otherClientId()), Actor.client(clinic.otherClientUser().id(), clinic.otherClientId()));
		assertThat(won.start()).isEqualTo(start);
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> booking.book(new BookingRequest(clinic.serviceId(),
				clinic.therapistId(), start, third.clientId()), Actor.client(third.clientUser().id(), third.clientId())))
			.isInstanceOf(ApiProblem.class)
			.hasMessageContaining("no longer free");
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (!waitlist.activeFor(clinic.otherClientId()).isEmpty() && System.nanoTime() < deadline) {
			Thread.sleep(100);
		}
		assertThat(waitlist.activeFor(clinic.otherClientId())).as("the winner leaves the waitlist").isEmpty();
		assertThat(waitlist.activeFor(third.clientId())).hasSize(1);
	}

	@Test
	void joiningNeedsADayAheadAndAKnownService() {
		BookingFixture.Clinic clinic = fixture.create(0);
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> waitlist.join(clinic.clientId(), clinic.serviceId(), null,
				LocalDate.now(BookingFixture.ZONE)))
			.isInstanceOf(ApiProblem.class).hasMessageContaining("after today");
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> waitlist.join(clinic.clientId(), 999999, null,
				LocalDate.now(BookingFixture.ZONE).plusDays(3)))
			.isInstanceOf(ApiProblem.class).hasMessageContaining("no service");
	}

}
