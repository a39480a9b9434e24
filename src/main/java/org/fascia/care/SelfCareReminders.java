package org.fascia.care;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

import org.fascia.audit.AuditLog;
import org.fascia.audit.AuditOutcome;
import org.fascia.clients.ClientDirectory;
import org.fascia.clinic.Clinic;
import org.fascia.clinic.ClinicSettings;
import org.fascia.messaging.MailOutbox;
import org.fascia.messaging.OutgoingMail;
import org.fascia.platform.Db;
import org.fascia.platform.Words;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The weekly self-care reminder: once a week (weeks start on Monday in the clinic's zone, mails go out
 * from 08:00 to 20:00 clinic time) every client who opted in and has a running program gets one email.
 * The row in {@code self_care_reminder_sent} and the mail in the outbox are written in one
 * transaction, and the row's primary key (client, week) makes a second mail for the same week
 * impossible, whether the job runs twice, on two nodes at once, or again after a crash.
 */
@Component
class SelfCareReminders {

	private static final Logger log = LoggerFactory.getLogger(SelfCareReminders.class);

	static final int FIRST_HOUR = 8;

	static final int LAST_HOUR = 20;

	private final JdbcClient jdbc;

	private final SelfCarePrograms programs;

	private final ClientDirectory clients;

	private final ClinicSettings settings;

	private final MailOutbox outbox;

	private final AuditLog audit;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final String baseUrl;

	private final Words words;

	SelfCareReminders(JdbcClient jdbc, SelfCarePrograms programs, ClientDirectory clients, ClinicSettings settings,
			MailOutbox outbox, AuditLog audit, PlatformTransactionManager transactions, Clock clock,
			@Value("${fascia.base-url}") String baseUrl, Words words) {
		this.jdbc = jdbc;
		this.programs = programs;
		this.clients = clients;
		this.settings = settings;
		this.outbox = outbox;
		this.audit = audit;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
		this.baseUrl = baseUrl;
		this.words = words;
	}

	@Scheduled(fixedDelayString = "${fascia.care.self-care-reminder-poll:15m}",
			initialDelayString = "${fascia.care.self-care-reminder-poll:15m}")
	void scheduled() {
		sendDue();
	}

	/** The Monday that starts the clinic-zone week of an instant. */
	static LocalDate weekStart(Instant instant, ZoneId zone) {
		return instant.atZone(zone).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
	}

	/** Queues this week's reminders that are due; returns how many were queued. */
	int sendDue() {
		Clinic clinic = settings.current().orElse(null);
		if (clinic == null) {
			return 0;
		}
		ZoneId zone = settings.zone();
		Instant now = clock.instant();
		ZonedDateTime local = now.atZone(zone);
		if (local.getHour() < FIRST_HOUR || local.getHour() >= LAST_HOUR) {
			return 0;
		}
		LocalDate today = local.toLocalDate();
		LocalDate week = weekStart(now, zone);
		List<Long> due = jdbc.sql("""
				select p.client_id from self_care_reminder_preference p
				where p.weekly = true
				  and exists (select 1 from self_care_assignment a
				              where a.client_id = p.client_id and a.removed_at is null
				                and a.start_date <= :today and (a.end_date is null or a.end_date >= :today))
				  and not exists (select 1 from self_care_reminder_sent s
				                  where s.client_id = p.client_id and s.week_start = :week)
				order by p.client_id
				""").param("today", today).param("week", week).query(Long.class).list();
		int queued = 0;
		for (long clientId : due) {
			try {
				Long mailId = transaction.execute(tx -> remind(clientId, week, today, clinic.name(), now));
				if (mailId != null) {
					queued++;
					audit.recordAs(null, null, "SELF_CARE_REMINDER_QUEUED", "client", clientId, AuditOutcome.SUCCESS,
							"week of " + week + ", mail " + mailId);
				}
			}
			catch (DuplicateKeyException alreadyQueued) {
				// Another node queued this week's reminder a moment ago: nothing more to do.
			}
			catch (RuntimeException ex) {
				log.warn("Self-care reminder for client {} not queued; the next run tries again", clientId, ex);
			}
		}
		return queued;
	}

	/** Claims the week for the client and queues the mail, in the caller's transaction; null when skipped. */
	private Long remind(long clientId, LocalDate week, LocalDate today, String clinicName, Instant now) {
		ClientDirectory.Contact contact = clients.contact(clientId).orElse(null);
		if (contact == null || contact.email() == null || contact.email().isBlank()) {
			return null;
		}
		jdbc.sql("insert into self_care_reminder_sent (client_id, week_start, queued_at) values (:client, :week, :now)")
			.param("client", clientId)
			.param("week", week)
			.param("now", Db.utc(now.truncatedTo(ChronoUnit.MICROS)))
			.update();
		List<SelfCareAssignment> running = programs.assignmentsForReminder(clientId, today);
		if (running.isEmpty()) {
			return null;
		}
		long mailId = outbox.enqueue(OutgoingMail.text(contact.email(), words.text("mail.care.reminder.subject"),
				text(contact.firstName(), running, clinicName)));
		jdbc.sql("update self_care_reminder_sent set mail_id = :mail where client_id = :client and week_start = :week")
			.param("mail", mailId)
			.param("client", clientId)
			.param("week", week)
			.update();
		return mailId;
	}

	private String text(String firstName, List<SelfCareAssignment> running, String clinicName) {
		StringBuilder items = new StringBuilder();
		for (SelfCareAssignment a : running) {
			items.append(words.text("mail.care.reminder.item", a.item().name(), a.dose())).append('\n');
		}
		return words.text("mail.care.reminder.body", firstName, items.toString(), baseUrl + "/portal/self-care",
				clinicName);
	}

}
