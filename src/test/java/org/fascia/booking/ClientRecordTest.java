package org.fascia.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.fascia.audit.AuditEvent;
import org.fascia.audit.AuditLog;
import org.fascia.support.FasciaIntegrationTest;
import org.fascia.support.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.convention.TestBean;
import org.springframework.test.web.servlet.MockMvc;

/** Late cancellations and no-shows recorded by staff show on the client record; reads are audited. */
@FasciaIntegrationTest
@Import(BookingFixture.class)
class ClientRecordTest {

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
	MockMvc mvc;

	@Autowired
	AuditLog audit;

	@AfterEach
	void reset() {
		CLOCK.reset();
	}

	@Test
	void theRecordShowsLateCancellationsAndNoShows() throws Exception {
		BookingFixture.Clinic clinic = fixture.create(1);
		Actor desk = Actor.staff(clinic.frontDesk().id(), false);
		Appointment first = booking.book(new BookingRequest(clinic.serviceId(), clinic.therapistId(),
				BookingFixture.at(3, 9, 0), clinic.clientId()), desk);
		Appointment second = booking.book(new BookingRequest(clinic.serviceId(), clinic.therapistId(),
				BookingFixture.at(3, 11, 0), clinic.clientId()), desk);
		CLOCK.advance(Duration.between(Instant.now(), BookingFixture.at(3, 8, 0)));
		changes.cancel(first.id(), desk, "Phoned at 8 am", true);
		CLOCK.advance(Duration.ofHours(4));
		changes.noShow(second.id(), desk, "Did not come");

		String page = mvc.perform(get("/clients/" + clinic.clientId()).with(user(clinic.frontDesk()))).andReturn()
			.getResponse().getContentAsString();
		assertThat(page).contains("Late cancellation").contains("Missed").contains("late cancellations");
		assertThat(audit.forSubject("client", String.valueOf(clinic.clientId()))).extracting(AuditEvent::action)
			.contains("CLIENT_READ", "APPOINTMENTS_READ");
		assertThat(mvc.perform(get("/clients/" + clinic.clientId()).with(user(clinic.clientUser()))).andReturn()
			.getResponse().getStatus()).isEqualTo(403);
	}

}
