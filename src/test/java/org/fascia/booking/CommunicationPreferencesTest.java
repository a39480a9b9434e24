package org.fascia.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.fascia.care.SelfCarePrograms;
import org.fascia.clients.CommunicationPreferences;
import org.fascia.support.FasciaIntegrationTest;
import org.fascia.support.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.convention.TestBean;
import org.springframework.test.web.servlet.MockMvc;

/** A client's communication preferences (issue 7): the page, and the reminder sender respecting them. */
@FasciaIntegrationTest
@Import(BookingFixture.class)
class CommunicationPreferencesTest {

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
	Reminders reminders;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CommunicationPreferences preferences;

	@Autowired
	SelfCarePrograms selfCare;

	@AfterEach
	void resetClock() {
		CLOCK.reset();
	}

	private int remindersTo(String email) {
		return jdbc.sql("select count(*) from mail_outbox where recipient = :to and subject like 'Reminder%'")
			.param("to", email).query(Integer.class).single();
	}

	@Test
	void aClientWhoTurnedRemindersOffGetsNone() throws Exception {
		BookingFixture.Clinic clinic = fixture.create(2);
		String page = mvc.perform(get("/account/communication").with(user(clinic.clientUser()))).andReturn()
			.getResponse().getContentAsString();
		assertThat(page).contains("What we email you").contains("Safety messages").contains("No newsletters");
		assertThat(page).containsPattern("id=\"appointmentReminders\"[^>]*checked");

		assertThat(mvc.perform(post("/account/communication").param("followUps", "true").param("selfCareWeekly", "true")
			.with(user(clinic.clientUser())).with(csrf())).andReturn().getResponse().getRedirectedUrl())
			.isEqualTo("/account/communication");
		assertThat(preferences.of(clinic.clientId()))
			.isEqualTo(new CommunicationPreferences.Preferences(false, true));
		assertThat(selfCare.weeklyReminder(clinic.clientId())).isTrue();

		Actor desk = Actor.staff(clinic.frontDesk().id(), false);
		Instant start = BookingFixture.at(4, 11, 0);
		booking.book(new BookingRequest(clinic.serviceId(), clinic.therapistId(), start, clinic.clientId()), desk);
		CLOCK.advance(Duration.between(Instant.now(), start.minus(Duration.ofHours(23))));
		reminders.sendDue();
		assertThat(remindersTo(clinic.clientUser().getUsername())).isZero();

		// Turned back on: the next appointment's reminder goes out.
		mvc.perform(post("/account/communication").param("appointmentReminders", "true")
			.with(user(clinic.clientUser())).with(csrf()));
		Instant later = start.plus(Duration.ofDays(2));
		booking.book(new BookingRequest(clinic.serviceId(), clinic.therapistId(), later, clinic.clientId()), desk);
		CLOCK.advance(Duration.ofDays(2));
		reminders.sendDue();
		assertThat(remindersTo(clinic.clientUser().getUsername())).isEqualTo(1);
		assertThat(selfCare.weeklyReminder(clinic.clientId())).as("unticked: off again").isFalse();
	}

	@Test
	void staffHaveNoCommunicationPageAndNoClientIdIsTaken() throws Exception {
		BookingFixture.Clinic clinic = fixture.create(2);
		assertThat(mvc.perform(get("/account/communication").with(user(clinic.frontDesk()))).andReturn().getResponse()
			.getStatus()).isEqualTo(403);
		BookingFixture.Clinic other = fixture.create(2);
		// A client id in the request changes nothing: the page is always the signed-in client's own.
		mvc.perform(post("/account/communication").param("clientId", String.valueOf(other.clientId()))
			.with(user(clinic.clientUser())).with(csrf()));
		assertThat(preferences.of(other.clientId())).isEqualTo(CommunicationPreferences.Preferences.DEFAULT);
		assertThat(preferences.of(clinic.clientId()).appointmentReminders()).isFalse();
	}

}
