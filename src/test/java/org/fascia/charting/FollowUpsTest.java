package org.fascia.charting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;

import org.fascia.platform.ApiProblem;
import org.fascia.screening.Caution;
import org.fascia.screening.Decision;
import org.fascia.screening.ScreeningRecords;
import org.fascia.screening.StoredScreening;
import org.fascia.support.FasciaIntegrationTest;
import org.fascia.support.MutableClock;
import org.fascia.support.TestMail;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.convention.TestBean;

/**
 * The follow-up after a session on a real database and a real SMTP server: who gets one and when, exactly
 * once however often the job runs, the single-use link, soreness beyond 36 h giving the next session the
 * REDUCE_INTENSITY caution, new red-flag answers screening the client again, and nothing half-written.
 */
@FasciaIntegrationTest
@Import(FollowUpFixture.class)
class FollowUpsTest {

	static final MutableClock CLOCK = new MutableClock();

	@TestBean
	Clock clock;

	static Clock clock() {
		return CLOCK;
	}

	@Autowired
	FollowUpFixture fixture;

	@Autowired
	FollowUps followUps;

	@Autowired
	ScreeningRecords screenings;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void resetClock() {
		CLOCK.reset();
	}

	static void moveTo(Instant target) {
		CLOCK.reset();
		CLOCK.advance(Duration.between(Instant.now(), target));
	}

	/** A session that ended an hour ago: the job finds it once the clock is moved on. */
	static Instant endedAnHourAgo() {
		return Instant.now().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);
	}

	int followUpMailsTo(String email) {
		return jdbc.sql("select count(*) from mail_outbox where recipient = :to and subject = 'How is your back after your massage?'")
			.param("to", email).query(Integer.class).single();
	}

	String tokenMailedTo(String email) {
		String body = jdbc.sql("select body_text from mail_outbox where recipient = :to and subject = 'How is your back after your massage?'")
			.param("to", email).query(String.class).single();
		Matcher m = Pattern.compile("/follow-up\\?token=([A-Za-z0-9_-]+)").matcher(body);
		assertThat(m.find()).as("the mail carries the link").isTrue();
		return m.group(1);
	}

	List<String> cautions(long clientId) {
		return screenings.current(clientId).map(StoredScreening::result).map(r -> r.cautions().stream().map(Caution::code).toList())
			.orElse(List.of());
	}

	@Test
	void theFirstDeepTissueSessionIsAskedAboutOnceADayLaterAndTheMailArrives() {
		FollowUpFixture.Client client = fixture.client();
		long[] deep = fixture.service("Deep tissue massage");
		Instant end = endedAnHourAgo();
		long session = fixture.session(client, deep, end, "COMPLETED");

		moveTo(end.plus(Duration.ofHours(23)).plus(Duration.ofMinutes(59)));
		followUps.sendDue();
		assertThat(followUpMailsTo(client.email())).as("not before 24 h").isZero();

		moveTo(end.plus(Duration.ofHours(24)));
		followUps.sendDue();
		followUps.sendDue();
		assertThat(followUpMailsTo(client.email())).as("once, however often the job runs").isEqualTo(1);
		assertThat(jdbc.sql("select reason from session_follow_up where appointment_id = :a").param("a", session)
			.query(String.class).single()).isEqualTo("FIRST_DEEP_TISSUE");
		assertThat(jdbc.sql("select token_hash from session_follow_up where appointment_id = :a").param("a", session)
			.query(String.class).single()).as("only the digest is stored").isEqualTo(FollowUps.digest(tokenMailedTo(client.email())));

		MimeMessage mail = TestMail.awaitMessageTo(client.email(), Duration.ofSeconds(30));
		assertThat(TestMail.body(mail)).contains("how is your back after your massage", "/follow-up?token=",
				"works once, for 7 days");
	}

	@Test
	void noFollowUpAfter48HoursForALaterDeepTissueSessionOrForACancelledOne() {
		FollowUpFixture.Client late = fixture.client();
		long[] deep = fixture.service("Deep tissue massage");
		Instant end = endedAnHourAgo();
		fixture.session(late, deep, end, "COMPLETED");
		// each client with a therapist of their own: one therapist cannot see two clients at the same time
		FollowUpFixture.Client second = fixture.client();
		long[] secondsTherapist = fixture.service("Deep tissue massage");
		fixture.session(second, secondsTherapist, end.minus(Duration.ofDays(14)), "COMPLETED");
		fixture.session(second, secondsTherapist, end, "COMPLETED");
		FollowUpFixture.Client cancelled = fixture.client();
		fixture.session(cancelled, fixture.service("Deep tissue massage"), end, "CANCELLED");

		moveTo(end.plus(Duration.ofHours(30)));
		followUps.sendDue();
		assertThat(followUpMailsTo(late.email())).isEqualTo(1);
		assertThat(followUpMailsTo(second.email())).as("the first deep tissue session was two weeks ago").isZero();
		assertThat(followUpMailsTo(cancelled.email())).isZero();

		FollowUpFixture.Client missed = fixture.client();
		fixture.session(missed, deep, end.minus(Duration.ofHours(19)), "COMPLETED");
		followUps.sendDue();
		assertThat(followUpMailsTo(missed.email())).as("49 h after the end it is too late").isZero();
	}

	@Test
	void aSwedishSessionIsFollowedUpOnlyWithAHistoryOfLongSoreness() {
		long[] swedish = fixture.service("Swedish massage");
		Instant end = endedAnHourAgo();
		FollowUpFixture.Client plain = fixture.client();
		fixture.session(plain, swedish, end, "BOOKED");
		FollowUpFixture.Client sore = fixture.client();
		fixture.session(sore, fixture.service("Swedish massage"), end, "BOOKED");
		// the intake said the last massage left them sore for two days: the screening gives REDUCE_INTENSITY
		screeningsWithSoreness(sore.id(), 48);
		assertThat(cautions(sore.id())).contains("REDUCE_INTENSITY");

		moveTo(end.plus(Duration.ofHours(25)));
		followUps.sendDue();
		assertThat(followUpMailsTo(plain.email())).isZero();
		assertThat(followUpMailsTo(sore.email())).isEqualTo(1);
		assertThat(jdbc.sql("select reason from session_follow_up where client_id = :c").param("c", sore.id())
			.query(String.class).single()).isEqualTo("REDUCE_INTENSITY");
	}

	@Test
	void aDeepTissueEntryInTheLogMakesAnyServiceTheFirstDeepTissueSession() {
		long[] swedish = fixture.service("Swedish massage");
		Instant end = endedAnHourAgo();
		FollowUpFixture.Client client = fixture.client();
		long session = fixture.session(client, swedish, end, "COMPLETED");
		fixture.loggedDeepTissue(session, client);
		FollowUpFixture.Client other = fixture.client();
		fixture.session(other, fixture.service("Swedish massage"), end, "COMPLETED");

		moveTo(end.plus(Duration.ofHours(24)));
		followUps.sendDue();
		assertThat(followUpMailsTo(client.email())).isEqualTo(1);
		assertThat(followUpMailsTo(other.email())).as("Swedish only: no follow-up").isZero();
	}

	@Autowired
	org.fascia.intake.IntakeResponses responses;

	void screeningsWithSoreness(long clientId, int hours) {
		responses.store(clientId, Map.of("age", 41, "pain_duration_days", 200, "pain_trend", "improving"),
				Map.of(FollowUps.SORENESS_CODE, hours), org.fascia.intake.IntakeResponses.Source.API,
				org.fascia.intake.IntakeSubmitted.Kind.INTAKE, null, null);
	}

	FollowUpFixture.Client askedAfterDeepTissue() {
		FollowUpFixture.Client client = fixture.client();
		Instant end = endedAnHourAgo();
		fixture.session(client, fixture.service("Deep tissue massage"), end, "COMPLETED");
		moveTo(end.plus(Duration.ofHours(26)));
		followUps.sendDue();
		return client;
	}

	@Test
	void sorenessBeyond36HoursGivesTheNextSessionReduceIntensityAndTheLinkWorksOnce() {
		FollowUpFixture.Client client = askedAfterDeepTissue();
		String token = tokenMailedTo(client.email());
		assertThat(followUps.open(token)).isPresent();
		assertThat(cautions(client.id())).doesNotContain("REDUCE_INTENSITY");

		FollowUp answered = followUps.answer(token, new FollowUps.Answer(FollowUp.Relief.BETTER, 40, false, Map.of()));
		assertThat(answered.sorenessTooLong()).isTrue();
		assertThat(answered.needsAttention()).isTrue();
		assertThat(cautions(client.id())).contains("REDUCE_INTENSITY");
		assertThat(screenings.current(client.id()).orElseThrow().kind().name()).isEqualTo("FOLLOW_UP");
		assertThat(screenings.current(client.id()).orElseThrow().decision()).isEqualTo(Decision.PROCEED_WITH_CAUTIONS);

		assertThat(followUps.open(token)).as("single use").isEmpty();
		assertThatThrownBy(() -> followUps.answer(token, new FollowUps.Answer(FollowUp.Relief.SAME, 0, false, Map.of())))
			.isInstanceOfSatisfying(ApiProblem.class, p -> assertThat(p.getStatusCode().value()).isEqualTo(410));
		assertThat(followUps.latestAnswered(client.id()).orElseThrow().sorenessHours()).isEqualTo(40);
	}

	@Test
	void answersThatNeedALookAreOnTheirTherapistsToDo() {
		FollowUpFixture.Client worse = fixture.client();
		Instant end = endedAnHourAgo();
		long[] deep = fixture.service("Deep tissue massage");
		fixture.session(worse, deep, end, "COMPLETED");
		FollowUpFixture.Client fine = fixture.client();
		fixture.session(fine, fixture.service("Deep tissue massage"), end, "COMPLETED");
		moveTo(end.plus(Duration.ofHours(26)));
		followUps.sendDue();
		followUps.answer(tokenMailedTo(worse.email()), new FollowUps.Answer(FollowUp.Relief.WORSE, 12, false, Map.of()));
		followUps.answer(tokenMailedTo(fine.email()), new FollowUps.Answer(FollowUp.Relief.BETTER, 12, false, Map.of()));
		long therapistUser = jdbc.sql("select user_id from therapist where id = :t").param("t", deep[0]).query(Long.class)
			.single();

		assertThat(followUps.needingAttention(therapistUser)).extracting(a -> a.followUp().clientId())
			.containsExactly(worse.id());
		assertThat(followUps.needingAttention(null)).extracting(a -> a.followUp().clientId())
			.contains(worse.id()).doesNotContain(fine.id());
		long otherTherapist = jdbc.sql("select min(user_id) from therapist where id <> :t").param("t", deep[0])
			.query(Long.class).single();
		assertThat(followUps.needingAttention(otherTherapist)).extracting(a -> a.followUp().clientId())
			.doesNotContain(worse.id());
		CLOCK.advance(Duration.ofDays(15));
		assertThat(followUps.needingAttention(therapistUser)).as("older than 14 days").isEmpty();
	}

	@Test
	void soreness36HoursOrLessAddsNoCaution() {
		FollowUpFixture.Client client = askedAfterDeepTissue();
		followUps.answer(tokenMailedTo(client.email()), new FollowUps.Answer(FollowUp.Relief.MUCH_BETTER, 36, false, Map.of()));
		assertThat(cautions(client.id())).doesNotContain("REDUCE_INTENSITY");
		assertThat(screenings.current(client.id()).orElseThrow().decision()).isEqualTo(Decision.PROCEED);
	}

	@Test
	void aNewRedFlagScreensTheClientAgainAndAlertsTheClinic() {
		FollowUpFixture.Client client = askedAfterDeepTissue();
		followUps.answer(tokenMailedTo(client.email()),
				new FollowUps.Answer(FollowUp.Relief.WORSE, 10, true, Map.of("fever", true)));
		StoredScreening current = screenings.current(client.id()).orElseThrow();
		assertThat(current.decision()).isEqualTo(Decision.URGENT_REFERRAL);
		assertThat(jdbc.sql("select count(*) from mail_outbox where body_text like :c and recipient <> :client")
			.param("c", "%/clients/" + client.id() + "/screening%").param("client", client.email())
			.query(Integer.class).single()).as("owner and front desk are alerted").isPositive();
	}

	@Test
	void invalidScreeningAnswersWriteNothingAndTheLinkStaysOpen() {
		FollowUpFixture.Client client = askedAfterDeepTissue();
		String token = tokenMailedTo(client.email());
		int responsesBefore = jdbc.sql("select count(*) from intake_response where client_id = :c").param("c", client.id())
			.query(Integer.class).single();
		assertThatThrownBy(() -> followUps.answer(token,
				new FollowUps.Answer(FollowUp.Relief.SAME, 5, true, Map.of("age", 300))))
			.isInstanceOfSatisfying(ApiProblem.class, p -> assertThat(p.errors()).containsKey("age"));
		assertThat(jdbc.sql("select count(*) from intake_response where client_id = :c").param("c", client.id())
			.query(Integer.class).single()).isEqualTo(responsesBefore);
		assertThat(followUps.open(token)).as("still open after a refused answer").isPresent();
	}

	@Test
	void anExpiredOrUnknownLinkOpensNothing() {
		FollowUpFixture.Client client = askedAfterDeepTissue();
		String token = tokenMailedTo(client.email());
		assertThat(followUps.open("not-a-token")).isEmpty();
		assertThat(followUps.open(null)).isEmpty();
		CLOCK.advance(FollowUpPolicy.LINK_VALID_FOR);
		assertThat(followUps.open(token)).isEmpty();
		assertThatThrownBy(() -> followUps.answer(token, new FollowUps.Answer(FollowUp.Relief.SAME, 0, false, Map.of())))
			.isInstanceOfSatisfying(ApiProblem.class, p -> assertThat(p.getStatusCode().value()).isEqualTo(410));
	}

}
