package org.fascia.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;

import org.fascia.clients.ClientDirectory;
import org.fascia.clinic.ClinicCatalog;
import org.fascia.clinic.ClinicSettings;
import org.fascia.intake.Consents;
import org.fascia.intake.IntakeResponses;
import org.fascia.screening.Caution;
import org.fascia.screening.Decision;
import org.fascia.screening.ScreeningRecords;
import org.fascia.screening.StoredScreening;
import org.fascia.support.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** FASCIA_DEMO=true on an empty database: a realistic back-pain clinic whose README logins work. */
@DatabaseTest
@SpringBootTest(properties = "fascia.demo=true")
@AutoConfigureMockMvc
class DemoClinicTest {

	@Autowired
	ClinicSettings settings;

	@Autowired
	ClinicCatalog catalog;

	@Autowired
	ClientDirectory clients;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	IntakeResponses intakes;

	@Autowired
	ScreeningRecords screenings;

	@Autowired
	Consents consents;

	@Test
	void theDemoClientsHaveSubmittedIntakesWithTheirScreenings() {
		StoredScreening alex = screening("Alex", "Morgan");
		assertThat(alex.decision()).isEqualTo(Decision.PROCEED_WITH_CAUTIONS);
		assertThat(alex.result().cautions()).extracting(Caution::code).contains("NO_SPINAL_MANIPULATION", "CES_SAFETY_NET");
		StoredScreening priya = screening("Priya", "Shah");
		assertThat(priya.decision()).isEqualTo(Decision.NEEDS_CLEARANCE);
		assertThat(priya.rulesNeedingClearance()).containsExactly("clearance-anticoagulation-bleeding");
		assertThat(priya.staffEntered()).isTrue();
		StoredScreening daniel = screening("Daniel", "Novak");
		assertThat(daniel.decision()).isEqualTo(Decision.PROCEED);
		assertThat(daniel.result().findings()).isEmpty();
		long ruth = clientId("Ruth", "Ellis");
		assertThat(screenings.current(ruth)).isEmpty();
		assertThat(intakes.latestSubmitted(ruth)).isEmpty();
		for (long client : List.of(alex.clientId(), priya.clientId(), daniel.clientId())) {
			IntakeResponses.Summary intake = intakes.latestSubmitted(client).orElseThrow();
			assertThat(intake.needsReview()).isFalse();
			assertThat(consents.hasCurrentConsent(client)).as("consent is left for the client to sign").isFalse();
		}
		assertThat(intakes.latestSubmitted(priya.clientId()).orElseThrow().source())
			.isEqualTo(IntakeResponses.Source.STAFF_ENTERED);
	}

	private long clientId(String first, String last) {
		return jdbc.sql("select id from client where first_name = :f and last_name = :l")
			.param("f", first)
			.param("l", last)
			.query(Long.class)
			.single();
	}

	private StoredScreening screening(String first, String last) {
		return screenings.current(clientId(first, last)).orElseThrow();
	}

	@Test
	void theDemoClinicHasTherapistsWithHoursServicesAndClients() {
		assertThat(settings.current().orElseThrow().name()).isEqualTo("Northside Back Care");
		assertThat(catalog.therapistCount()).isEqualTo(3);
		assertThat(jdbc.sql("select count(distinct therapist_id) from working_hours").query(Integer.class).single())
			.isEqualTo(3);
		assertThat(jdbc.sql("select name from service order by id").query(String.class).list()).containsExactly(
				"Free back-pain consultation (15 min)", "Deep tissue massage (60 min)", "Deep tissue massage (90 min)",
				"Swedish massage (60 min)", "Myofascial release (45 min)");
		assertThat(jdbc.sql("select duration_minutes from service order by id").query(Integer.class).list())
			.containsExactly(15, 60, 90, 60, 45);
		assertThat(jdbc.sql("select price_cents from service where kind = 'CONSULTATION'").query(Integer.class).single())
			.isZero();
		assertThat(clients.count()).isGreaterThanOrEqualTo(3);
	}

	@Test
	void theReadmeLoginsWork() throws Exception {
		for (String login : new String[] { "owner", "frontdesk", "maya", "tom", "lena", "alex", "priya" }) {
			String redirect = mvc.perform(post("/login").param("email", login + DemoClinic.DOMAIN)
				.param("password", DemoClinic.PASSWORD)
				.with(csrf())).andReturn().getResponse().getRedirectedUrl();
			assertThat(redirect).as(login).isEqualTo("/home");
		}
	}

}
