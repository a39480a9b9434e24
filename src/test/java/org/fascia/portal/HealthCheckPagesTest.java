package org.fascia.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fascia.booking.Actor;
import org.fascia.booking.BookingRequest;
import org.fascia.booking.BookingService;
import org.fascia.clients.ClientAccounts;
import org.fascia.clients.ClientDirectory;
import org.fascia.clinic.ClinicCatalog;
import org.fascia.clinic.NewService;
import org.fascia.clinic.ServiceKind;
import org.fascia.clinic.WorkingInterval;
import org.fascia.identity.Account;
import org.fascia.identity.FasciaUser;
import org.fascia.identity.Role;
import org.fascia.intake.IntakeResponses;
import org.fascia.intake.IntakeSubmitted;
import org.fascia.screening.Decision;
import org.fascia.screening.ScreeningRecords;
import org.fascia.support.FasciaIntegrationTest;
import org.fascia.support.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * "Has anything about your health changed since your last visit?" from the portal: only for the client's
 * own appointment; No is recorded; Yes re-screens, and a more restrictive decision leads to the result.
 * And the portal's "Before your next visit" panel.
 */
@FasciaIntegrationTest
class HealthCheckPagesTest {

	static final ZoneId LONDON = ZoneId.of("Europe/London");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	ClientAccounts clientAccounts;

	@Autowired
	ClientDirectory clients;

	@Autowired
	ClinicCatalog catalog;

	@Autowired
	BookingService booking;

	@Autowired
	IntakeResponses responses;

	@Autowired
	ScreeningRecords screenings;

	FasciaUser client;

	long clientId;

	long therapistId;

	long serviceId;

	long appointmentId;

	/** The flash attributes of the last answer. */
	Map<String, Object> lastFlash = Map.of();

	@BeforeEach
	void aClientWithAVisitInThreeDays() {
		accounts.ensureClinic();
		Account therapist = accounts.create(Role.THERAPIST);
		therapistId = catalog.addTherapist(therapist.id(), therapist.displayName(), null);
		List<WorkingInterval> hours = new ArrayList<>();
		for (DayOfWeek day : DayOfWeek.values()) {
			hours.add(new WorkingInterval(day, LocalTime.of(9, 0), LocalTime.of(17, 0)));
		}
		catalog.setWorkingHours(therapistId, hours);
		catalog.addRoom("Room " + System.nanoTime());
		serviceId = catalog.addService(new NewService("Deep tissue (60 min) " + System.nanoTime(), "Test", 60, 15, 7500,
				ServiceKind.TREATMENT, true, List.of(therapistId)));
		client = newClient("Casey", "Brook");
		clientId = clients.idForUser(client.id()).orElseThrow();
		appointmentId = book(clientId, 3, 10);
	}

	FasciaUser newClient(String first, String last) {
		Account account = clientAccounts.signUp(
				new ClientAccounts.SignUp(first, last, TestAccounts.unique("visit"), null, TestAccounts.PASSWORD));
		return new FasciaUser(account.id(), account.email(), account.displayName(), Role.CLIENT, null, true, false);
	}

	long book(long forClient, int daysAhead, int hour) {
		Instant start = LocalDate.now(LONDON).plusDays(daysAhead).atTime(hour, 0).atZone(LONDON).toInstant();
		FasciaUser desk = accounts.principal(Role.FRONT_DESK);
		return booking.book(new BookingRequest(serviceId, therapistId, start, forClient), Actor.staff(desk.id(), false))
			.id();
	}

	void intakeDone(Object... codesAndValues) {
		Map<String, Object> answers = new LinkedHashMap<>();
		for (int i = 0; i < codesAndValues.length; i += 2) {
			answers.put((String) codesAndValues[i], codesAndValues[i + 1]);
		}
		responses.store(clientId, answers, IntakeResponses.Source.CLIENT, IntakeSubmitted.Kind.INTAKE, null, null);
	}

	MockHttpServletResponse page(FasciaUser who, String path) throws Exception {
		return mvc.perform(get(path).with(user(who))).andReturn().getResponse();
	}

	MockHttpServletResponse answer(FasciaUser who, long appointment, Map<String, String> form) throws Exception {
		MockHttpServletRequestBuilder request = post("/portal/appointments/" + appointment + "/health-check")
			.with(user(who)).with(csrf());
		form.forEach(request::param);
		org.springframework.test.web.servlet.MvcResult result = mvc.perform(request).andReturn();
		lastFlash = result.getFlashMap();
		return result.getResponse();
	}

	String path() {
		return "/portal/appointments/" + appointmentId + "/health-check";
	}

	@Test
	void anotherClientsAppointmentIsNotFound() throws Exception {
		FasciaUser other = newClient("Other", "Person");
		assertThat(page(other, path()).getStatus()).isEqualTo(404);
		assertThat(answer(other, appointmentId, Map.of("changed", "false")).getStatus()).isEqualTo(404);
		assertThat(page(client, "/portal/appointments/999999999/health-check").getStatus()).isEqualTo(404);
		assertThat(responses.healthCheckFor(appointmentId)).isEmpty();
	}

	@Test
	void theFormAsksTheQuestionPreFilledWithTheLastAnswers() throws Exception {
		intakeDone("age", 41, "fever", false, "anticoagulant", false);
		MockHttpServletResponse response = page(client, path());
		assertThat(response.getStatus()).isEqualTo(200);
		String html = response.getContentAsString();
		assertThat(html).contains("Has anything about your health changed since your last visit?")
			.contains("action=\"" + path() + "\"")
			.contains("name=\"_csrf\"")
			.containsPattern("id=\"fever--false\"[^>]*checked");
	}

	@Test
	void noIsRecordedAndTheClientIsBackInThePortal() throws Exception {
		intakeDone("age", 41);
		MockHttpServletResponse response = answer(client, appointmentId, Map.of("changed", "false"));
		assertThat(response.getRedirectedUrl()).isEqualTo("/portal");
		assertThat(lastFlash.get("message").toString()).contains("Nothing has changed");
		IntakeResponses.HealthCheck check = responses.healthCheckFor(appointmentId).orElseThrow();
		assertThat(check.changed()).isFalse();
		assertThat(check.source()).isEqualTo(IntakeResponses.Source.CLIENT);
	}

	@Test
	void yesWithAFeverReScreensAsUrgentAndShowsTheResult() throws Exception {
		intakeDone("age", 41, "fever", false);
		assertThat(screenings.current(clientId).orElseThrow().decision()).isEqualTo(Decision.PROCEED);
		MockHttpServletResponse response = answer(client, appointmentId, Map.of("changed", "true", "fever", "true"));
		assertThat(response.getRedirectedUrl()).isEqualTo("/portal/screening?from=health-check");
		assertThat(screenings.current(clientId).orElseThrow().decision()).isEqualTo(Decision.URGENT_REFERRAL);
		IntakeResponses.HealthCheck check = responses.healthCheckFor(appointmentId).orElseThrow();
		assertThat(check.changed()).isTrue();
		assertThat(responses.answers(check.responseId())).containsEntry("fever", true).containsEntry("age", 41);
		assertThat(page(client, "/portal/screening?from=health-check").getContentAsString())
			.contains("Please see a doctor today or within the next few days");
	}

	@Test
	void yesWithoutAMoreRestrictiveDecisionGoesBackToThePortal() throws Exception {
		intakeDone("age", 41, "fever", false);
		MockHttpServletResponse response = answer(client, appointmentId,
				Map.of("changed", "true", "antiplatelet", "true"));
		assertThat(response.getRedirectedUrl()).isEqualTo("/portal/screening?from=health-check");
		assertThat(screenings.current(clientId).orElseThrow().decision()).isEqualTo(Decision.PROCEED_WITH_CAUTIONS);

		// the same again: nothing more restrictive than now
		response = answer(client, appointmentId, Map.of("changed", "true", "osteoporosis", "true"));
		assertThat(response.getRedirectedUrl()).isEqualTo("/portal");
		assertThat(lastFlash.get("message").toString()).contains("Thank you for updating your answers");
	}

	@Test
	void badInputGetsAPreciseMessagePerFieldAndNothingIsSaved() throws Exception {
		intakeDone("age", 41);
		MockHttpServletResponse response = answer(client, appointmentId,
				Map.of("changed", "true", "age", "300", "fever", "perhaps"));
		assertThat(response.getStatus()).isEqualTo(200);
		String html = response.getContentAsString();
		assertThat(html).contains("id=\"age-error\"").contains("id=\"fever-error\"")
			.containsPattern("id=\"health-changed--true\"[^>]*checked");
		assertThat(responses.healthCheckFor(appointmentId)).isEmpty();

		response = answer(client, appointmentId, Map.of("fever", "false"));
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentAsString()).contains("Choose whether anything has changed: No or Yes.");
		assertThat(responses.healthCheckFor(appointmentId)).isEmpty();
	}

	@Test
	void thePortalListsWhatToDoBeforeTheNextVisit() throws Exception {
		long later = book(clientId, 20, 11);
		String html = page(client, "/portal").getContentAsString();
		assertThat(html).contains("Before your next visit").contains("Health questions: not started yet")
			.contains("href=\"/portal/intake\"").contains("Consent: not signed yet").contains("href=\"/portal/consent\"")
			// no health question before the intake is in
			.doesNotContain("/health-check");

		intakeDone("age", 41, "antiplatelet", true);
		html = page(client, "/portal").getContentAsString();
		assertThat(html).contains("Health questions: done")
			.contains("your therapist will adapt it to suit you")
			.contains("href=\"/portal/screening\"")
			// before a first visit the health questions just answered are the answer: no "since your last visit"
			.doesNotContain("/health-check");

		long first = book(clientId, 1, 10);
		html = page(client, "/portal").getContentAsString();
		assertThat(html).contains("has anything about your health changed since your last visit?")
			.doesNotContain("/portal/appointments/" + first + "/health-check")
			.contains("href=\"" + path() + "\"")
			// only visits in the next 14 days
			.doesNotContain("/portal/appointments/" + later + "/health-check");

		answer(client, appointmentId, Map.of("changed", "false"));
		html = page(client, "/portal").getContentAsString();
		assertThat(html).doesNotContain("href=\"" + path() + "\"").contains("thank you for telling us how you are");
	}

}
