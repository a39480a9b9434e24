package org.fascia.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.mail.internet.MimeMessage;

import org.fascia.identity.FasciaUser;
import org.fascia.support.FasciaIntegrationTest;
import org.fascia.support.MutableClock;
import org.fascia.support.TestMail;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.convention.TestBean;

/**
 * The weekly reminder: one mail per opted-in client and clinic week, however often the job runs (twice,
 * on two nodes at once), none for a client who opted out or has nothing running, and none at night.
 * The test clinic's zone is Europe/London.
 */
@FasciaIntegrationTest
@Import(SelfCareFixture.class)
class SelfCareRemindersTest {

	static final ZoneId ZONE = ZoneId.of("Europe/London");

	static final MutableClock CLOCK = new MutableClock();

	@TestBean
	Clock clock;

	static Clock clock() {
		return CLOCK;
	}

	@Autowired
	SelfCareFixture fixture;

	@Autowired
	SelfCarePrograms programs;

	@Autowired
	SelfCareReminders reminders;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void resetClock() {
		CLOCK.reset();
	}

	/** Moves the clock to a wall-clock time on the next Monday (at least a day ahead) in the clinic's zone. */
	static void nextMondayAt(int hour) {
		LocalDate monday = LocalDate.now(ZONE).plusDays(1).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
		moveTo(monday.atTime(hour, 0).atZone(ZONE).toInstant());
	}

	static void moveTo(Instant target) {
		CLOCK.reset();
		CLOCK.advance(Duration.between(Instant.now(), target));
	}

	int remindersTo(FasciaUser user) {
		return jdbc.sql("select count(*) from mail_outbox where recipient = :to and subject = 'Your self-care this week'")
			.param("to", user.getUsername())
			.query(Integer.class)
			.single();
	}

	SelfCareFixture.Client optedInWithWalking() {
		SelfCareFixture.Client client = fixture.client();
		FasciaUser therapist = fixture.therapist();
		programs.assign(client.id(), new SelfCareAssignmentForm(String.valueOf(fixture.item("WALKING").id()), "", "", "",
				""), therapist.id());
		programs.setWeeklyReminder(client.id(), true);
		return client;
	}

	@Test
	void runningTwiceInAWeekSendsOneMail() {
		nextMondayAt(10);
		SelfCareFixture.Client client = optedInWithWalking();

		reminders.sendDue();
		reminders.sendDue();
		assertThat(remindersTo(client.user())).isEqualTo(1);

		CLOCK.advance(Duration.ofDays(3));
		reminders.sendDue();
		assertThat(remindersTo(client.user())).as("Thursday of the same week").isEqualTo(1);

		MimeMessage mail = TestMail.awaitMessageTo(client.user().getUsername(), Duration.ofSeconds(20));
		String body = TestMail.body(mail);
		assertThat(body).contains("Hello Robin").contains("Walking: 10–30 minutes, 5 days a week")
			.contains("/portal/self-care").contains("To stop it");

		CLOCK.advance(Duration.ofDays(4));
		reminders.sendDue();
		reminders.sendDue();
		assertThat(remindersTo(client.user())).as("the next Monday, a new week").isEqualTo(2);
		assertThat(jdbc.sql("select count(*) from self_care_reminder_sent where client_id = :c").param("c", client.id())
			.query(Integer.class).single()).isEqualTo(2);
	}

	@Test
	void noMailForAClientWhoOptedOutOrHasNothingRunning() {
		nextMondayAt(11);
		SelfCareFixture.Client optedOut = optedInWithWalking();
		programs.setWeeklyReminder(optedOut.id(), false);
		SelfCareFixture.Client neverAsked = fixture.client();
		programs.assign(neverAsked.id(), new SelfCareAssignmentForm(String.valueOf(fixture.item("WALKING").id()), "", "",
				"", ""), fixture.therapist().id());
		SelfCareFixture.Client nothingAssigned = fixture.client();
		programs.setWeeklyReminder(nothingAssigned.id(), true);

		reminders.sendDue();
		assertThat(remindersTo(optedOut.user())).isZero();
		assertThat(remindersTo(neverAsked.user())).isZero();
		assertThat(remindersTo(nothingAssigned.user())).isZero();
	}

	@Test
	void notAtNight() {
		nextMondayAt(6);
		SelfCareFixture.Client client = optedInWithWalking();
		assertThat(reminders.sendDue()).isZero();
		assertThat(remindersTo(client.user())).isZero();
		CLOCK.advance(Duration.ofHours(2));
		reminders.sendDue();
		assertThat(remindersTo(client.user())).isEqualTo(1);
	}

	@Test
	void twoNodesAtOnceStillSendOneMail() throws Exception {
		nextMondayAt(12);
		List<SelfCareFixture.Client> clients = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			clients.add(optedInWithWalking());
		}
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Callable<Integer>> runs = new ArrayList<>();
			for (int i = 0; i < 4; i++) {
				runs.add(reminders::sendDue);
			}
			int queued = 0;
			for (Future<Integer> run : pool.invokeAll(runs)) {
				queued += run.get();
			}
			assertThat(queued).isEqualTo(5);
		}
		finally {
			pool.shutdownNow();
		}
		for (SelfCareFixture.Client client : clients) {
			assertThat(remindersTo(client.user())).isEqualTo(1);
		}
	}

	@Test
	void theDatabaseRefusesASecondReminderForTheSameWeek() {
		SelfCareFixture.Client client = fixture.client();
		LocalDate week = SelfCareReminders.weekStart(Instant.now(), ZONE);
		String insert = "insert into self_care_reminder_sent (client_id, week_start, queued_at) values (:c, :w, current_timestamp)";
		jdbc.sql(insert).param("c", client.id()).param("w", week).update();
		assertThatThrownBy(() -> jdbc.sql(insert).param("c", client.id()).param("w", week).update())
			.isInstanceOf(DuplicateKeyException.class);
	}

	@Test
	void theWeekStartsOnMondayInTheClinicsZone() {
		// Sunday 23:30 in London is already Monday in Tokyo.
		Instant sundayNight = LocalDate.of(2026, 11, 29).atTime(23, 30).atZone(ZONE).toInstant();
		assertThat(SelfCareReminders.weekStart(sundayNight, ZONE)).isEqualTo(LocalDate.of(2026, 11, 23));
		assertThat(SelfCareReminders.weekStart(sundayNight, ZoneId.of("Asia/Tokyo"))).isEqualTo(LocalDate.of(2026, 11, 30));
	}

}
