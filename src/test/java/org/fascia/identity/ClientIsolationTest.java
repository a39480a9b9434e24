package org.fascia.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.fascia.care.SelfCareAssignmentForm;
import org.fascia.care.SelfCarePrograms;
import org.fascia.intake.ConsentTestSupport;
import org.fascia.intake.Consents;
import org.fascia.intake.IntakeResponses;
import org.fascia.intake.IntakeSubmitted;
import org.fascia.outcomes.OutcomeRequests;
import org.fascia.support.FasciaIntegrationTest;
import org.fascia.support.TestAccounts;
import org.fascia.support.TestPeople;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * A client can never read or change another client's data by changing an id (issue 7, requirement 9). Every path of
 * the security table that a client may reach and that takes an id is tried by one client with the other client's
 * ids: each answers "not found" (or "gone"/"forbidden", or a page's redirect back with an error message), and
 * afterwards nothing of the other client has changed. A new
 * client path with an id fails this test until it says which of the victim's records its id names.
 */
@FasciaIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClientIsolationTest {

	/** Whose record each client path's id names; "" for ids that are not a client's data (public catalogue). */
	static final Map<String, String> KINDS = new LinkedHashMap<>();

	static {
		KINDS.put("POST /account/tokens/{id}/revoke", "token");
		KINDS.put("GET /portal/consent/{id}", "consent");
		KINDS.put("GET /portal/consent/{id}/signature.png", "consent");
		KINDS.put("GET /portal/appointments/{id}/health-check", "appointment");
		KINDS.put("POST /portal/appointments/{id}/health-check", "appointment");
		KINDS.put("GET /portal/questionnaires/{id}", "questionnaire");
		KINDS.put("POST /portal/questionnaires/{id}", "questionnaire");
		KINDS.put("POST /portal/appointments/{id}/cancel", "appointment");
		KINDS.put("GET /portal/appointments/{id}/calendar.ics", "appointment");
		KINDS.put("GET /portal/appointments/{id}/reschedule", "appointment");
		KINDS.put("GET /portal/appointments/{id}/receipt.pdf", "paidVisit");
		KINDS.put("POST /portal/appointments/{id}/reschedule", "appointment");
		KINDS.put("GET /api/v1/appointments/{id}", "appointment");
		KINDS.put("POST /api/v1/appointments/{id}/cancel", "appointment");
		KINDS.put("POST /api/v1/appointments/{id}/reschedule", "appointment");
		KINDS.put("GET /api/v1/clients/{id}/self-care", "client");
		KINDS.put("POST /api/v1/self-care/{id}/done", "assignment");
		KINDS.put("POST /portal/self-care/{id}/days", "assignment");
		KINDS.put("GET /api/v1/clients/{id}/pain-map", "client");
		KINDS.put("GET /api/v1/clients/{id}/care-plans", "client");
		KINDS.put("POST /portal/family/{id}/act", "client");
		// not a client's data: the public catalogue (a service to book), the self-care library's pictures, and a
		// therapist's calendar feed whose secret is the credential
		KINDS.put("GET /book/{id}", "");
		KINDS.put("GET /book/{id}/confirm", "");
		KINDS.put("POST /book/{id}/account", "");
		KINDS.put("GET /book/{id}/confirm/sign-in", "");
		KINDS.put("POST /book/{id}/confirm", "");
		KINDS.put("POST /book/{id}/waitlist", "");
		KINDS.put("GET /self-care/images/{id}", "");
		KINDS.put("GET /calendar/feeds/{id}.ics", "");
		// the public site: services, therapists and their photos, articles (published ones; drafts are the owner's)
		KINDS.put("GET /services/{id}", "");
		KINDS.put("GET /therapists/{id}", "");
		KINDS.put("GET /therapists/{id}/photo", "");
		KINDS.put("GET /articles/{id}", "");
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	TestPeople people;

	@Autowired
	TestAccounts accounts;

	@Autowired
	IntakeResponses intake;

	@Autowired
	Consents consents;

	@Autowired
	SelfCarePrograms programs;

	@Autowired
	OutcomeRequests outcomeRequests;

	@Autowired
	ApiTokens tokens;

	@Autowired
	org.fascia.payments.Payments payments;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	org.fascia.clients.Family family;

	TestPeople.Person attacker;

	TestPeople.Person victim;

	String attackerToken;

	final Map<String, Long> victims = new LinkedHashMap<>();

	@BeforeAll
	void twoClientsAndEverythingOfTheVictim() {
		accounts.ensureClinic();
		attacker = people.client("Ada", "Attacker");
		victim = people.client("Vera", "Victim");
		FasciaUser owner = accounts.principal(Role.OWNER);
		FasciaUser therapist = people.therapist();
		intake.store(victim.id(), Map.of("age", 41, "pain_duration_days", 200, "pain_trend", "improving"),
				IntakeResponses.Source.CLIENT, IntakeSubmitted.Kind.INTAKE, null, null);
		victims.put("client", victim.id());
		victims.put("appointment", people.appointment(therapist, victim.id(),
				Instant.now().plus(Duration.ofDays(5)).truncatedTo(ChronoUnit.HOURS), "BOOKED", "Massage"));
		long paid = people.appointment(therapist, victim.id(),
				Instant.now().minus(Duration.ofDays(3)).truncatedTo(ChronoUnit.HOURS), "COMPLETED", "Massage");
		payments.markPaid(victim.id(), paid, org.fascia.payments.PaymentMethod.CARD, null, null, owner.id());
		victims.put("paidVisit", paid);
		victims.put("consent", ConsentTestSupport.sign(consents, victim.id(), "Vera Victim", victim.user().id()));
		victims.put("questionnaire", outcomeRequests.openFor(victim.id()).get(0).id());
		long item = jdbc.sql("select min(id) from self_care_item").query(Long.class).single();
		victims.put("assignment", programs.assign(victim.id(), new SelfCareAssignmentForm(String.valueOf(item), "", "7",
				java.time.LocalDate.now().minusDays(2).toString(), ""), owner.id()).id());
		victims.put("token", tokens.issue(victim.user(), "victim's").id());
		attackerToken = tokens.issue(attacker.user(), "attacker's").token();
	}

	/** The client paths with an id, from the security table (the table covers every mapped endpoint). */
	static List<SecurityMatrixTest.Case> clientPathsWithAnId() {
		return SecurityMatrixTest.cases().stream()
			.filter(c -> c.allowed().contains(SecurityMatrixTest.Who.CLIENT))
			.filter(c -> c.path().matches(".*/\\d+(/.*|\\.ics)?$") || c.path().contains("/999999"))
			.toList();
	}

	static String key(SecurityMatrixTest.Case c) {
		return c.method() + " " + c.path().replaceAll("/\\d+", "/{id}");
	}

	@Test
	void everyClientPathWithAnIdSaysWhoseRecordItNames() {
		List<String> unknown = clientPathsWithAnId().stream().map(ClientIsolationTest::key)
			.filter(k -> !KINDS.containsKey(k)).toList();
		assertThat(unknown).as("client paths with an id that this test does not try yet").isEmpty();
	}

	@Test
	void noClientPathOpensOrChangesAnotherClientsRecord() throws Exception {
		everyPathRefusesTheVictimsIds(null);
	}

	/**
	 * Family members: a parent acting for their own child (chosen in the session) is no closer to another client's
	 * records, and cannot choose, book for or read another family's child.
	 */
	@Test
	void aParentActingForTheirChildReachesNoOtherFamily() throws Exception {
		long ownChild = family.addChild(attacker.user().id(),
				new org.fascia.clients.Family.NewChild("Kit", "Attacker", java.time.LocalDate.now().minusYears(8).toString()))
			.clientId();
		long victimsChild = family.addChild(victim.user().id(),
				new org.fascia.clients.Family.NewChild("Vic", "Victim", java.time.LocalDate.now().minusYears(6).toString()))
			.clientId();
		MockHttpServletResponse chose = mvc.perform(MockMvcRequestBuilders.post("/portal/family/" + ownChild + "/act")
			.with(user(attacker.user())).with(csrf())).andReturn().getResponse();
		jakarta.servlet.http.Cookie session = chose.getCookie("SESSION");
		assertThat(session).as("the choice lives in the session").isNotNull();
		assertThat(mvc.perform(MockMvcRequestBuilders.get("/portal").cookie(session).with(user(attacker.user())))
			.andReturn().getResponse().getContentAsString()).contains("Kit Attacker");

		everyPathRefusesTheVictimsIds(session);

		MockHttpServletResponse other = mvc.perform(MockMvcRequestBuilders.post("/portal/family/" + victimsChild + "/act")
			.cookie(session).with(user(attacker.user())).with(csrf())).andReturn().getResponse();
		assertThat(other.getStatus()).isEqualTo(404);
		assertThat(mvc.perform(MockMvcRequestBuilders.get("/portal").cookie(session).with(user(attacker.user())))
			.andReturn().getResponse().getContentAsString()).as("still acting for their own child")
			.contains("Kit Attacker").doesNotContain("Vic Victim");
		for (String path : List.of("/api/v1/clients/" + victimsChild + "/self-care", "/api/v1/clients/" + victimsChild
				+ "/pain-map", "/api/v1/clients/" + victimsChild + "/care-plans")) {
			assertThat(mvc.perform(MockMvcRequestBuilders.get(path).header("Authorization", "Bearer " + attackerToken))
				.andReturn().getResponse().getStatus()).as(path).isEqualTo(404);
		}
		assertThat(mvc.perform(MockMvcRequestBuilders.get("/api/v1/family").header("Authorization", "Bearer " + attackerToken))
			.andReturn().getResponse().getContentAsString()).contains("Kit").doesNotContain("Vic");
		// booking for another family's child or the victim, by page or API, books nothing
		long service = jdbc.sql("select min(id) from service").query(Long.class).single();
		long therapist = jdbc.sql("select min(id) from therapist").query(Long.class).single();
		String start = Instant.now().plus(Duration.ofDays(9)).truncatedTo(ChronoUnit.HOURS).toString();
		for (long target : List.of(victimsChild, victim.id())) {
			mvc.perform(MockMvcRequestBuilders.post("/book/" + service + "/confirm").param("start", start)
				.param("therapistId", "" + therapist).param("forClient", "" + target).cookie(session)
				.with(user(attacker.user())).with(csrf())).andReturn();
			assertThat(mvc.perform(MockMvcRequestBuilders.post("/api/v1/appointments")
				.header("Authorization", "Bearer " + attackerToken).contentType("application/json")
				.content("{\"serviceId\":" + service + ",\"therapistId\":" + therapist + ",\"start\":\"" + start
						+ "\",\"clientId\":" + target + "}"))
				.andReturn().getResponse().getStatus()).isEqualTo(403);
			assertThat(jdbc.sql("select count(*) from appointment where client_id = :c and start_at > :now")
				.param("c", target).param("now", org.fascia.platform.Db.utc(Instant.now().plus(Duration.ofDays(8))))
				.query(Integer.class).single()).as("nothing booked for client " + target).isZero();
		}
	}

	private void everyPathRefusesTheVictimsIds(jakarta.servlet.http.Cookie session) throws Exception {
		String appointmentBefore = appointmentState();
		List<String> leaks = new ArrayList<>();
		for (SecurityMatrixTest.Case c : clientPathsWithAnId()) {
			String kind = KINDS.get(key(c));
			if (kind == null || kind.isEmpty()) {
				continue;
			}
			String path = c.path().replaceAll("/999999", "/" + victims.get(kind));
			MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(c.method(), path);
			if (path.startsWith("/api/")) {
				request.header("Authorization", "Bearer " + attackerToken);
				if (c.method() == HttpMethod.POST) {
					request.contentType("application/json").content(body(path));
				}
			}
			else {
				request.with(user(attacker.user())).with(csrf());
				if (session != null) {
					request.cookie(session);
				}
				if (c.method() == HttpMethod.POST) {
					form(path, request);
				}
			}
			org.springframework.test.web.servlet.MvcResult result = mvc.perform(request).andReturn();
			MockHttpServletResponse response = result.getResponse();
			// a page that posts and redirects back (post/redirect/get) refuses with an error message, never success
			boolean refusedBack = response.getStatus() == 302 && result.getFlashMap().containsKey("error")
					&& !result.getFlashMap().containsKey("message");
			if (!refusedBack && !Set.of(403, 404, 410).contains(response.getStatus())) {
				leaks.add(c.method() + " " + path + " -> " + response.getStatus() + " " + response.getRedirectedUrl() + " " + response.getContentAsString().substring(0, Math.min(300, response.getContentAsString().length())));
			}
			if (response.getContentAsString().contains("Vera") || response.getContentAsString().contains("Victim")) {
				leaks.add(c.method() + " " + path + " shows the other client's name");
			}
		}
		assertThat(leaks).as("another client's record reached").isEmpty();
		assertThat(appointmentState()).as("the victim's appointment is unchanged").isEqualTo(appointmentBefore);
		assertThat(outcomeRequests.openFor(victim.id())).as("the victim's questionnaire is still open")
			.anyMatch(r -> r.id() == victims.get("questionnaire"));
		assertThat(jdbc.sql("select count(*) from self_care_tick where assignment_id = :a").param("a", victims.get("assignment"))
			.query(Integer.class).single()).as("no tick on the victim's self-care").isZero();
		assertThat(jdbc.sql("select revoked_at is null from api_token where id = :t").param("t", victims.get("token"))
			.query(Boolean.class).single()).as("the victim's token still works").isTrue();
		assertThat(jdbc.sql("select count(*) from intake_health_check where appointment_id = :a")
			.param("a", victims.get("appointment")).query(Integer.class).single()).as("no health check recorded").isZero();
	}

	private String appointmentState() {
		return jdbc.sql("select status || ' ' || cast(start_at as varchar(40)) from appointment where id = :a")
			.param("a", victims.get("appointment")).query(String.class).single();
	}

	/** A plausible, valid-looking body, so a refusal is for whose record it is, not for the shape. */
	private String body(String path) {
		if (path.endsWith("/reschedule")) {
			return "{\"start\":\"" + Instant.now().plus(Duration.ofDays(6)).truncatedTo(ChronoUnit.HOURS) + "\"}";
		}
		if (path.endsWith("/cancel")) {
			return "{\"late\":false}";
		}
		if (path.endsWith("/done")) {
			return "{\"day\":\"" + java.time.LocalDate.now() + "\",\"done\":true}";
		}
		return "{}";
	}

	private static final Pattern QUESTIONNAIRE = Pattern.compile("/portal/questionnaires/\\d+");

	private void form(String path, MockHttpServletRequestBuilder request) {
		if (QUESTIONNAIRE.matcher(path).matches()) {
			request.param("NPRS.pain", "3").param("PEG.pain", "3").param("PEG.enjoyment", "3").param("PEG.activity", "3")
				.param("PSFS.activity1_name", "Walking").param("PSFS.activity1", "5");
		}
		if (path.endsWith("/health-check")) {
			request.param("changed", "false");
		}
		if (path.endsWith("/reschedule")) {
			request.param("start", Instant.now().plus(Duration.ofDays(6)).truncatedTo(ChronoUnit.HOURS).toString());
		}
		if (path.endsWith("/days")) {
			request.param("day", java.time.LocalDate.now().toString()).param("done", "true");
		}
	}

}
