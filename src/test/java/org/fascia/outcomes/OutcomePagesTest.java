package org.fascia.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fascia.intake.IntakeResponses;
import org.fascia.intake.IntakeSubmitted;
import org.fascia.support.FasciaIntegrationTest;
import org.fascia.support.TestAccounts;
import org.fascia.support.TestPeople;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Answering a questionnaire round on its pages: the emailed link opens that round without signing in, shows the
 * clinic's wording and the 0-10 scales, names each missing or wrong answer (nothing stored), thanks in plain words
 * and is then spent; in the portal a client answers their own open rounds and never another client's.
 */
@FasciaIntegrationTest
class OutcomePagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	OutcomeRequests requests;

	@Autowired
	IntakeResponses intake;

	@Autowired
	TestPeople people;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	TestPeople.Person clientWithIntake(String first) {
		accounts.ensureClinic();
		TestPeople.Person client = people.client(first, "Pages");
		intake.store(client.id(), Map.of("age", 41, "pain_duration_days", 200, "pain_trend", "improving"),
				IntakeResponses.Source.CLIENT, IntakeSubmitted.Kind.INTAKE, null, null);
		return client;
	}

	String token(TestPeople.Person client) {
		requests.sendDue();
		String body = jdbc.sql("select body_text from mail_outbox where recipient = :to and body_text like '%/outcomes/answer?token=%' order by id desc")
			.param("to", client.user().getUsername()).query(String.class).list().get(0);
		Matcher m = Pattern.compile("/outcomes/answer\\?token=([A-Za-z0-9_-]+)").matcher(body);
		assertThat(m.find()).isTrue();
		return m.group(1);
	}

	MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request).andReturn().getResponse();
	}

	static MockHttpServletRequestBuilder fullBaseline(MockHttpServletRequestBuilder post, int pain) {
		return post.param("NPRS.pain", "" + pain).param("PEG.pain", "" + pain).param("PEG.enjoyment", "5")
			.param("PEG.activity", "6").param("PSFS.activity1_name", "Gardening").param("PSFS.activity1", "3");
	}

	long scores(TestPeople.Person client) {
		return jdbc.sql("select count(*) from outcome_response where client_id = :c").param("c", client.id())
			.query(Long.class).single();
	}

	@Test
	void theLinkOpensOnlyItsRoundWithoutSigningInAndIsSpentOnceAnswered() throws Exception {
		TestPeople.Person client = clientWithIntake("Lin");
		String token = token(client);
		MockHttpServletResponse page = send(get("/outcomes/answer").param("token", token));
		assertThat(page.getStatus()).isEqualTo(200);
		assertThat(page.getContentAsString()).contains("Your starting point", "how bad is your pain right now",
				"0 = No pain", "10 = Worst pain you can imagine", "Patient-specific functional scale", "name=\"NPRS.pain\"")
			.doesNotContain("Oswestry");

		MockHttpServletResponse done = send(fullBaseline(post("/outcomes/answer").with(csrf()).param("token", token), 7));
		assertThat(done.getStatus()).isEqualTo(200);
		assertThat(done.getContentAsString()).contains("Thank you", "Your pain: 7 out of 10. This is your starting point.");
		assertThat(scores(client)).isEqualTo(3);

		assertThat(send(get("/outcomes/answer").param("token", token)).getStatus()).isEqualTo(410);
		MockHttpServletResponse replay = send(fullBaseline(post("/outcomes/answer").with(csrf()).param("token", token), 2));
		assertThat(replay.getStatus()).isEqualTo(410);
		assertThat(replay.getContentAsString()).contains("This link has been used already or has expired");
		assertThat(scores(client)).isEqualTo(3);
		assertThat(send(get("/outcomes/answer").param("token", "not-a-token")).getStatus()).isEqualTo(410);
		assertThat(send(get("/outcomes/answer")).getStatus()).isEqualTo(410);
	}

	@Test
	void missingAndOutOfRangeAnswersAreNamedAndNothingIsStored() throws Exception {
		TestPeople.Person client = clientWithIntake("Mo");
		String token = token(client);
		MockHttpServletResponse page = send(post("/outcomes/answer").with(csrf()).param("token", token)
			.param("NPRS.pain", "7").param("PEG.pain", "12").param("PEG.enjoyment", "five"));
		assertThat(page.getStatus()).isEqualTo(400);
		assertThat(page.getContentAsString()).contains("Please check the answers marked below.", "href=\"#PEG-pain-field\"",
				"href=\"#PEG-enjoyment-field\"", "href=\"#PSFS-activity1-field\"", "Choose a whole number.",
				"Choose a number from 0 to 10.").doesNotContain("Item '");
		assertThat(page.getContentAsString()).as("what was given is kept")
			.containsPattern("id=\"NPRS-pain-7\"[^>]*checked=\"checked\"").doesNotContainPattern("id=\"NPRS-pain-6\"[^>]*checked");
		assertThat(scores(client)).isZero();
		assertThat(send(get("/outcomes/answer").param("token", token)).getStatus()).as("still open").isEqualTo(200);
	}

	@Test
	void aClientAnswersTheirOwnRoundInThePortalAndLaterRoundsRateTheSameActivities() throws Exception {
		TestPeople.Person client = clientWithIntake("Ana");
		List<OutcomeRequest> open = requests.openFor(client.id());
		long id = open.get(0).id();
		MockHttpServletResponse list = send(get("/portal/questionnaires").with(user(client.user())));
		assertThat(list.getContentAsString()).contains("/portal/questionnaires/" + id, "Your starting point");
		MockHttpServletResponse home = send(get("/portal").with(user(client.user())));
		assertThat(home.getContentAsString()).contains("questionnaire-" + id, "Answer now");

		MockHttpServletResponse done = send(fullBaseline(post("/portal/questionnaires/" + id).with(user(client.user())).with(csrf()), 6));
		assertThat(done.getStatus()).isEqualTo(200);
		assertThat(done.getContentAsString()).contains("Your answers are with your therapist", "/portal/progress");
		assertThat(jdbc.sql("select source from outcome_response where client_id = :c and instrument = 'NPRS'")
			.param("c", client.id()).query(String.class).single()).isEqualTo("PORTAL");

		requests.schedulePlan(client.id(), 7, java.time.Instant.now().minus(java.time.Duration.ofDays(28)), null);
		long review = requests.openFor(client.id()).get(0).id();
		MockHttpServletResponse again = send(get("/portal/questionnaires/" + review).with(user(client.user())));
		assertThat(again.getContentAsString()).contains("Progress check", "Gardening", "How able are you to do \u201cGardening\u201d today?")
			.doesNotContain("name=\"PSFS.activity1_name\"");
		MockHttpServletResponse worse = send(post("/portal/questionnaires/" + review).with(user(client.user())).with(csrf())
			.param("NPRS.pain", "9").param("PEG.pain", "9").param("PEG.enjoyment", "8").param("PEG.activity", "9")
			.param("PSFS.activity1", "2"));
		assertThat(worse.getStatus()).isEqualTo(200);
		assertThat(worse.getContentAsString()).contains("Your pain: 9 out of 10 (it was 6 at the start), worse than when you started",
				"Your answers show things are worse than when you started");
		assertThat(jdbc.sql("select answers from outcome_response where client_id = :c and instrument = 'PSFS' and round = 'REVIEW'")
			.param("c", client.id()).query(String.class).single()).as("the baseline's activity, from the record")
			.contains("\"activity1_name\":\"Gardening\"");
	}

	@Test
	void aClientCannotOpenOrAnswerAnotherClientsRound() throws Exception {
		TestPeople.Person owner = clientWithIntake("Own");
		TestPeople.Person other = clientWithIntake("Other");
		long theirs = requests.openFor(owner.id()).get(0).id();
		assertThat(send(get("/portal/questionnaires/" + theirs).with(user(other.user()))).getStatus()).isEqualTo(404);
		assertThat(send(fullBaseline(post("/portal/questionnaires/" + theirs).with(user(other.user())).with(csrf()), 3))
			.getStatus()).isEqualTo(404);
		assertThat(scores(owner)).isZero();
		assertThat(scores(other)).isZero();
	}

}
