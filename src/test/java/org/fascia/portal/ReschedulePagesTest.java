package org.fascia.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.fascia.clinic.ClinicCatalog;
import org.fascia.clinic.ClinicTime;
import org.fascia.clinic.WorkingInterval;
import org.fascia.identity.FasciaUser;
import org.fascia.support.FasciaIntegrationTest;
import org.fascia.support.TestAccounts;
import org.fascia.support.TestPeople;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * A client moves their own visit in the portal: the free times of the same service and therapist, the move through
 * booking's rules (a mail confirms it), a time that is not free refused with the reason, and another client's visit
 * not found.
 */
@FasciaIntegrationTest
class ReschedulePagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestPeople people;

	@Autowired
	TestAccounts accounts;

	@Autowired
	ClinicCatalog catalog;

	@Autowired
	ClinicTime clinicTime;

	@Autowired
	JdbcClient jdbc;

	record Visit(TestPeople.Person client, long appointment, Instant start) {
	}

	/** A visit 5 days ahead at 10:00 with a therapist who works 09:00-17:00 every day. */
	Visit visit() {
		accounts.ensureClinic();
		TestPeople.Person client = people.client("Remy", "Mover");
		FasciaUser therapist = people.therapist();
		long therapistId = jdbc.sql("select id from therapist where user_id = :u").param("u", therapist.id())
			.query(Long.class).single();
		List<WorkingInterval> hours = new ArrayList<>();
		for (DayOfWeek day : DayOfWeek.values()) {
			hours.add(new WorkingInterval(day, LocalTime.of(9, 0), LocalTime.of(17, 0)));
		}
		catalog.setWorkingHours(therapistId, hours);
		ZoneId zone = ZoneId.of(clinicTime.zone());
		Instant start = LocalDate.now(zone).plusDays(5).atTime(10, 0).atZone(zone).toInstant();
		long appointment = people.appointment(therapist, client.id(), start, "BOOKED", "Swedish massage");
		return new Visit(client, appointment, start);
	}

	@Test
	void aClientSeesFreeTimesAndMovesTheirVisit() throws Exception {
		Visit v = visit();
		MockHttpServletResponse page = mvc.perform(get("/portal/appointments/" + v.appointment() + "/reschedule")
			.with(user(v.client().user()))).andReturn().getResponse();
		assertThat(page.getStatus()).isEqualTo(200);
		Instant later = v.start().plus(Duration.ofHours(3));
		assertThat(page.getContentAsString()).contains("Move your visit", "value=\"" + later + "\"")
			.doesNotContain("value=\"" + v.start() + "\"");
		MvcResult moved = mvc.perform(post("/portal/appointments/" + v.appointment() + "/reschedule")
			.param("start", later.toString()).with(user(v.client().user())).with(csrf())).andReturn();
		assertThat(moved.getResponse().getRedirectedUrl()).isEqualTo("/portal");
		assertThat(moved.getFlashMap().get("message")).asString().contains("Your visit has moved");
		assertThat(jdbc.sql("select start_at from appointment where id = :a").param("a", v.appointment())
			.query((rs, i) -> org.fascia.platform.Db.instant(rs, "start_at")).single()).isEqualTo(later);
		assertThat(jdbc.sql("select subject from mail_outbox where recipient = :to").param("to", v.client().user().getUsername())
			.query(String.class).list()).anySatisfy(s -> assertThat(s).startsWith("Your appointment has moved"));
	}

	@Test
	void aTimeOutsideTheTherapistsHoursIsRefusedWithTheReasonAndNothingMoves() throws Exception {
		Visit v = visit();
		Instant night = v.start().plus(Duration.ofHours(12));
		MockHttpServletResponse refused = mvc.perform(post("/portal/appointments/" + v.appointment() + "/reschedule")
			.param("start", night.toString()).with(user(v.client().user())).with(csrf())).andReturn().getResponse();
		assertThat(refused.getStatus()).isEqualTo(409);
		assertThat(refused.getContentAsString()).contains("notice error");
		MockHttpServletResponse none = mvc.perform(post("/portal/appointments/" + v.appointment() + "/reschedule")
			.with(user(v.client().user())).with(csrf())).andReturn().getResponse();
		assertThat(none.getStatus()).isEqualTo(400);
		assertThat(none.getContentAsString()).contains("Choose a new time.");
		assertThat(jdbc.sql("select start_at from appointment where id = :a").param("a", v.appointment())
			.query((rs, i) -> org.fascia.platform.Db.instant(rs, "start_at")).single()).isEqualTo(v.start());
	}

	@Test
	void anotherClientsVisitIsNotFound() throws Exception {
		Visit v = visit();
		TestPeople.Person other = people.client("Otto", "Other");
		assertThat(mvc.perform(get("/portal/appointments/" + v.appointment() + "/reschedule").with(user(other.user())))
			.andReturn().getResponse().getStatus()).isEqualTo(404);
		assertThat(mvc.perform(post("/portal/appointments/" + v.appointment() + "/reschedule")
			.param("start", v.start().plus(Duration.ofHours(2)).toString()).with(user(other.user())).with(csrf()))
			.andReturn().getResponse().getStatus()).isEqualTo(404);
	}

}
