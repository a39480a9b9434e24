package org.fascia.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;

import org.fascia.identity.FasciaUser;
import org.fascia.intake.IntakeResponses;
import org.fascia.intake.IntakeSubmitted;
import org.fascia.platform.ApiProblem;
import org.fascia.support.FasciaIntegrationTest;
import org.fascia.support.MutableClock;
import org.fascia.support.TestAccounts;
import org.fascia.support.TestMail;
import org.fascia.support.TestPeople;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.convention.TestBean;

/**
 * The outcome schedule on a real database and a real SMTP server: the baseline asked when the intake is
 * submitted, the visit's NPRS a day before (PEG every second visit), the plan's weeks 4-6 and 10 and discharge;
 * single-use links that open only their round; a link that expires unanswered re-sent once, then the round shown
 * to the therapist as missed; invalid answers store nothing.
 */
@FasciaIntegrationTest
class OutcomeRequestsTest {

	static final MutableClock CLOCK = new MutableClock();

	@TestBean
	Clock clock;

	static Clock clock() {
		return CLOCK;
	}

	@Autowired
	OutcomeRequests requests;

	@Autowired
	OutcomeResponses responses;

	@Autowired
	IntakeResponses intake;

	@Autowired
	TestPeople people;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	org.springframework.test.web.servlet.MockMvc mvc;

	@AfterEach
	void resetClock() {
		CLOCK.reset();
	}

	static void moveTo(Instant target) {
		CLOCK.reset();
		CLOCK.advance(Duration.between(Instant.now(), target));
	}

	TestPeople.Person clientWithIntake() {
		accounts.ensureClinic();
		TestPeople.Person client = people.client("Robin", "Outcome");
		intake.store(client.id(), Map.of("age", 41, "pain_duration_days", 200, "pain_trend", "improving"),
				IntakeResponses.Source.CLIENT, IntakeSubmitted.Kind.INTAKE, null, null);
		return client;
	}

	String email(TestPeople.Person client) {
		return client.user().getUsername();
	}

	List<String> subjects(TestPeople.Person client) {
		return jdbc.sql("select subject from mail_outbox where recipient = :to order by id").param("to", email(client))
			.query(String.class).list();
	}

	/** The token of the latest questionnaire mail to the client. */
	String latestToken(TestPeople.Person client) {
		List<String> bodies = jdbc.sql("select body_text from mail_outbox where recipient = :to and body_text like '%/outcomes/answer?token=%' order by id desc")
			.param("to", email(client)).query(String.class).list();
		assertThat(bodies).as("a questionnaire mail").isNotEmpty();
		Matcher m = Pattern.compile("/outcomes/answer\\?token=([A-Za-z0-9_-]+)").matcher(bodies.get(0));
		assertThat(m.find()).isTrue();
		return m.group(1);
	}

	static Map<Instrument, Map<String, Object>> baselineAnswers(int pain) {
		Map<Instrument, Map<String, Object>> answers = new LinkedHashMap<>();
		answers.put(Instrument.NPRS, Map.of("pain", pain));
		answers.put(Instrument.PEG, Map.of("pain", pain, "enjoyment", 5, "activity", 6));
		answers.put(Instrument.PSFS, Map.of("activity1_name", "Gardening", "activity1", 3, "activity2_name", "Lifting my son",
				"activity2", 4));
		return answers;
	}

	long count(String table, long clientId) {
		return jdbc.sql("select count(*) from " + table + " where client_id = :c").param("c", clientId).query(Long.class).single();
	}

	@Test
	void theIntakeAsksTheBaselineSetOnceByMailAndTheLinkOpensOnlyThatRoundOnce() {
		TestPeople.Person client = clientWithIntake();
		List<OutcomeRequest> rounds = requests.forClient(client.id());
		assertThat(rounds).singleElement().satisfies(r -> {
			assertThat(r.round()).isEqualTo(OutcomeRound.BASELINE);
			assertThat(r.instruments()).containsExactly(Instrument.NPRS, Instrument.PEG, Instrument.PSFS);
		});
		assertThat(requests.openFor(client.id())).as("answerable in the portal at once").hasSize(1);

		requests.sendDue();
		requests.sendDue();
		assertThat(subjects(client)).as("one mail, however often the job runs")
			.containsExactly("Your starting point: a few questions about your back");
		String token = latestToken(client);
		assertThat(jdbc.sql("select token_hash from outcome_request where client_id = :c").param("c", client.id())
			.query(String.class).single()).as("only the digest is stored").isEqualTo(OutcomeRequests.digest(token));
		MimeMessage mail = TestMail.awaitMessageTo(email(client), Duration.ofSeconds(30));
		assertThat(TestMail.body(mail)).contains("/outcomes/answer?token=", "needs no password");

		assertThat(requests.open(token)).isPresent().get().extracting(OutcomeRequest::round).isEqualTo(OutcomeRound.BASELINE);
		OutcomeRequests.Answered answered = requests.answer(token, baselineAnswers(7));
		assertThat(answered.scores()).extracting(StoredResponse::instrument)
			.containsExactly(Instrument.NPRS, Instrument.PEG, Instrument.PSFS);
		assertThat(answered.scores()).extracting(s -> s.value().toPlainString()).containsExactly("7", "6.0", "3.5");
		assertThat(answered.scores()).allSatisfy(s -> assertThat(s.source()).isEqualTo(OutcomeSource.CLIENT_LINK));
		assertThat(requests.baselineActivities(client.id())).containsExactly("Gardening", "Lifting my son");

		assertThatThrownBy(() -> requests.answer(token, baselineAnswers(6))).isInstanceOf(ApiProblem.class)
			.satisfies(e -> assertThat(((ApiProblem) e).getStatusCode().value()).isEqualTo(410));
		assertThat(requests.open(token)).as("single use").isEmpty();
		assertThat(count("outcome_response", client.id())).isEqualTo(3);

		intake.store(client.id(), Map.of("age", 41, "pain_duration_days", 200, "pain_trend", "improving"),
				IntakeResponses.Source.CLIENT, IntakeSubmitted.Kind.INTAKE, null, null);
		assertThat(requests.forClient(client.id())).as("a second intake asks no second baseline").hasSize(1);
	}

	@Test
	void invalidAnswersStoreNothingAndNameEachItemAndTheLinkStaysOpen() {
		TestPeople.Person client = clientWithIntake();
		requests.sendDue();
		String token = latestToken(client);
		Map<Instrument, Map<String, Object>> answers = baselineAnswers(7);
		answers.put(Instrument.PEG, Map.of("pain", 7, "enjoyment", 11, "activity", 6));
		answers.put(Instrument.PSFS, Map.of("activity1_name", "Gardening"));
		assertThatThrownBy(() -> requests.answer(token, answers)).isInstanceOf(ApiProblem.class)
			.satisfies(e -> assertThat(((ApiProblem) e).errors()).containsKeys("PEG.enjoyment", "PSFS.activity1"));
		assertThat(count("outcome_response", client.id())).as("all or nothing").isZero();
		assertThat(requests.open(token)).as("still answerable").isPresent();
	}

	@Test
	void anUnansweredLinkIsReSentOnceWithANewLinkThenTheRoundIsMissedForTheTherapist() throws Exception {
		TestPeople.Person client = clientWithIntake();
		FasciaUser therapist = people.therapist();
		people.appointment(therapist, client.id(), Instant.now().minus(Duration.ofDays(3)), "COMPLETED", "Massage");
		Instant start = Instant.now().plus(Duration.ofMinutes(1)).truncatedTo(ChronoUnit.SECONDS);
		moveTo(start);
		requests.sendDue();
		String first = latestToken(client);

		moveTo(start.plus(Duration.ofHours(OutcomeRequests.WEEK_HOURS)).minusSeconds(1));
		requests.sendDue();
		assertThat(requests.open(first)).as("valid for a week").isPresent();
		moveTo(start.plus(Duration.ofHours(OutcomeRequests.WEEK_HOURS)).plusSeconds(2));
		assertThat(requests.open(first)).as("expired at a week").isEmpty();
		requests.sendDue();
		requests.sendDue();
		assertThat(subjects(client)).containsExactly("Your starting point: a few questions about your back",
				"Reminder: Your starting point: a few questions about your back");
		String second = latestToken(client);
		assertThat(second).isNotEqualTo(first);
		assertThat(requests.open(second)).isPresent();
		assertThat(requests.missed(null)).noneMatch(m -> m.request().clientId() == client.id());

		moveTo(start.plus(Duration.ofHours(2L * OutcomeRequests.WEEK_HOURS)).plusSeconds(4));
		requests.sendDue();
		assertThat(subjects(client)).as("re-sent once only").hasSize(2);
		assertThat(requests.open(second)).isEmpty();
		assertThat(requests.missed(therapist.id())).as("the therapist who treats the client sees it")
			.anySatisfy(m -> {
				assertThat(m.request().clientId()).isEqualTo(client.id());
				assertThat(m.clientName()).isEqualTo("Robin Outcome");
			});
		FasciaUser other = people.therapist();
		assertThat(requests.missed(other.id())).as("another therapist does not").noneMatch(m -> m.request().clientId() == client.id());
		String todo = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/todo")
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(therapist)))
			.andReturn().getResponse().getContentAsString();
		assertThat(todo).contains("Questionnaires not answered", "Robin Outcome", "Your starting point (NPRS, PEG, PSFS)");
		assertThat(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/todo")
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(other)))
			.andReturn().getResponse().getContentAsString()).doesNotContain("Robin Outcome");
		assertThat(requests.openFor(client.id())).as("a missed round is no longer offered").isEmpty();
	}

	@Test
	void eachVisitAsksTheNprsADayBeforeWithPegEverySecondVisitReSentOnceThenMissed() {
		TestPeople.Person client = clientWithIntake();
		FasciaUser therapist = people.therapist();
		Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		Instant visit1 = now.plus(Duration.ofDays(2));
		Instant visit2 = now.plus(Duration.ofDays(9));
		long first = people.appointment(therapist, client.id(), visit1, "BOOKED", "Massage");
		long second = people.appointment(therapist, client.id(), visit2, "BOOKED", "Massage");

		moveTo(visit1.minus(Duration.ofHours(24)).minusSeconds(1));
		requests.sendDue();
		assertThat(subjects(client)).doesNotContain("Before your visit: how is your pain today?");
		moveTo(visit1.minus(Duration.ofHours(24)));
		requests.sendDue();
		assertThat(subjects(client)).contains("Before your visit: how is your pain today?");
		OutcomeRequest request = requests.forClient(client.id()).stream().filter(r -> r.round() == OutcomeRound.VISIT)
			.findFirst().orElseThrow();
		assertThat(request.appointmentId()).isEqualTo(first);
		assertThat(request.instruments()).containsExactly(Instrument.NPRS);
		assertThat(request.expiresAt()).as("the first link ends 3 h before the visit").isEqualTo(visit1.minus(Duration.ofHours(3)));

		moveTo(visit1.minus(Duration.ofHours(3)));
		requests.sendDue();
		assertThat(subjects(client)).contains("Reminder: Before your visit: how is your pain today?");
		String reminder = latestToken(client);
		assertThat(requests.open(reminder)).get().extracting(OutcomeRequest::expiresAt)
			.isEqualTo(visit1.plus(Duration.ofMinutes(30)));

		moveTo(visit1.plus(Duration.ofMinutes(30)));
		requests.sendDue();
		assertThat(requests.missed(therapist.id())).anySatisfy(m -> assertThat(m.request().appointmentId()).isEqualTo(first));

		moveTo(visit2.minus(Duration.ofHours(20)));
		requests.sendDue();
		OutcomeRequest secondVisit = requests.forClient(client.id()).stream()
			.filter(r -> r.round() == OutcomeRound.VISIT && r.appointmentId() == second).findFirst().orElseThrow();
		assertThat(secondVisit.instruments()).as("PEG every second visit").containsExactly(Instrument.NPRS, Instrument.PEG);
		assertThat(secondVisit.expiresAt()).isEqualTo(visit2.minus(Duration.ofHours(3)));
	}

	@Test
	void theTherapistRecordsTheNprsAtTheSessionWhenTheClientHasNotAndTheClientsLinkIsThenSpent() {
		TestPeople.Person client = clientWithIntake();
		FasciaUser therapist = people.therapist();
		Instant visit = Instant.now().plus(Duration.ofHours(10)).truncatedTo(ChronoUnit.SECONDS);
		long appointment = people.appointment(therapist, client.id(), visit, "BOOKED", "Massage");
		requests.sendDue();
		String token = latestToken(client);
		assertThat(requests.open(token)).get().extracting(OutcomeRequest::round).isEqualTo(OutcomeRound.VISIT);

		StoredResponse stored = requests.recordAtSession(client.id(), appointment, 5, therapist.id());
		assertThat(stored.source()).isEqualTo(OutcomeSource.SESSION);
		assertThat(responses.visitScore(appointment, Instrument.NPRS)).get().extracting(StoredResponse::value)
			.isEqualTo(BigDecimal.valueOf(5));
		assertThat(requests.open(token)).as("answered at the session").isEmpty();
		assertThatThrownBy(() -> requests.recordAtSession(client.id(), appointment, 6, therapist.id()))
			.isInstanceOf(ApiProblem.class)
			.satisfies(e -> assertThat(((ApiProblem) e).getStatusCode().value()).isEqualTo(409));
		assertThatThrownBy(() -> requests.recordAtSession(client.id(), appointment, 11, therapist.id()))
			.isInstanceOf(ApiProblem.class)
			.satisfies(e -> assertThat(((ApiProblem) e).field()).isEqualTo("NPRS.pain"));
	}

	@Test
	void aCancelledVisitIsNotAsked() {
		TestPeople.Person client = clientWithIntake();
		FasciaUser therapist = people.therapist();
		Instant visit = Instant.now().plus(Duration.ofHours(10));
		people.appointment(therapist, client.id(), visit, "CANCELLED", "Massage");
		requests.sendDue();
		assertThat(requests.forClient(client.id())).noneMatch(r -> r.round() == OutcomeRound.VISIT);
	}

	@Test
	void aPlanAsksTheFullSetAtWeeksFourToSixAndTenAndDischargeCancelsWhatIsNotSent() {
		TestPeople.Person client = clientWithIntake();
		Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		Instant last = start.plus(Duration.ofDays(63));
		requests.schedulePlan(client.id(), 42, start, last);
		requests.schedulePlan(client.id(), 42, start, last);
		assertThat(requests.forClient(client.id()).stream().map(OutcomeRequest::round).toList())
			.containsExactlyInAnyOrder(OutcomeRound.BASELINE, OutcomeRound.REVIEW, OutcomeRound.WEEK_10, OutcomeRound.DISCHARGE);
		assertThat(requests.forClient(client.id())).filteredOn(r -> r.round() == OutcomeRound.DISCHARGE).singleElement()
			.satisfies(r -> assertThat(r.dueAt()).as("after the last session").isEqualTo(last.plus(Duration.ofHours(2))));

		moveTo(start.plus(Duration.ofDays(28)).minusSeconds(1));
		assertThat(requests.openFor(client.id())).extracting(OutcomeRequest::round).containsExactly(OutcomeRound.BASELINE);
		moveTo(start.plus(Duration.ofDays(28)));
		requests.sendDue();
		assertThat(subjects(client)).contains("How is your back? A short progress check");
		OutcomeRequest review = requests.forClient(client.id()).stream().filter(r -> r.round() == OutcomeRound.REVIEW)
			.findFirst().orElseThrow();
		assertThat(review.expiresAt()).as("open until week 6").isCloseTo(start.plus(Duration.ofDays(42)), within(2, ChronoUnit.SECONDS));

		requests.discharge(client.id(), 42);
		assertThat(requests.forClient(client.id())).filteredOn(r -> r.round() == OutcomeRound.WEEK_10)
			.singleElement().satisfies(r -> assertThat(r.cancelledAt()).isNotNull());
		requests.sendDue();
		assertThat(subjects(client)).contains("Your care plan is ending: how is your back now?");
	}

	@Test
	void progressJudgesEachLaterScoreAgainstTheBaselineAndTheResponderStatusNeedsTwoImprovedVisitsInARow() {
		TestPeople.Person client = clientWithIntake();
		FasciaUser therapist = people.therapist();
		requests.sendDue();
		requests.answer(latestToken(client), baselineAnswers(7));
		long[] visits = new long[3];
		int[] pain = { 6, 5, 4 };
		for (int i = 0; i < 3; i++) {
			visits[i] = people.appointment(therapist, client.id(), Instant.now().plus(Duration.ofDays(7L * (i + 1))), "BOOKED", "Massage");
			moveTo(Instant.now().plus(Duration.ofDays(7L * (i + 1))).minus(Duration.ofHours(1)));
			requests.recordAtSession(client.id(), visits[i], pain[i], therapist.id());
			Progress nprs = responses.progress(client.id()).get(0);
			assertThat(nprs.instrument()).isEqualTo(Instrument.NPRS);
			assertThat(nprs.baseline().value()).isEqualByComparingTo("7");
			assertThat(nprs.responder()).isEqualTo(i < 2 ? ResponderStatus.TOO_EARLY : ResponderStatus.IMPROVED);
		}
		Progress nprs = responses.progress(client.id()).get(0);
		assertThat(nprs.later()).extracting(s -> s.change().status())
			.containsExactly(ChangeStatus.NO_CHANGE, ChangeStatus.IMPROVED, ChangeStatus.IMPROVED);
	}

}
