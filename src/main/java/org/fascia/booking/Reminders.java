package org.fascia.booking;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.fascia.platform.Db;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends each appointment's reminder once, {@code reminder_hours} before its start. The reminder is
 * tied to the start time it was sent for: a moved appointment gets a reminder for its new time. A
 * conditional update claims the reminder and the mail is written to the outbox in the same
 * transaction, so any number of nodes send it exactly once.
 */
@Component
class Reminders {

	private final JdbcClient jdbc;

	private final Appointments appointments;

	private final BookingMails mails;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final org.fascia.clients.CommunicationPreferences preferences;

	Reminders(JdbcClient jdbc, Appointments appointments, BookingMails mails, PlatformTransactionManager transactions,
			Clock clock, org.fascia.clients.CommunicationPreferences preferences) {
		this.preferences = preferences;
		this.jdbc = jdbc;
		this.appointments = appointments;
		this.mails = mails;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${fascia.booking.reminder-poll:60s}", initialDelayString = "${fascia.booking.reminder-poll:60s}")
	void sendDue() {
		Integer hours = jdbc.sql("select reminder_hours from clinic where id = 1").query(Integer.class).optional().orElse(null);
		if (hours == null) {
			return;
		}
		Instant now = clock.instant();
		Duration ahead = Duration.ofHours(hours);
		List<Long> due = jdbc.sql("""
				select id from appointment
				where status = 'BOOKED' and start_at > :now and start_at <= :until
				  and (reminder_sent_for is null or reminder_sent_for <> start_at)
				order by start_at
				""").param("now", Db.utc(now)).param("until", Db.utc(now.plus(ahead))).query(Long.class).list();
		for (long id : due) {
			transaction.executeWithoutResult(tx -> remind(id, ahead));
		}
	}

	private void remind(long id, Duration ahead) {
		Appointment a = appointments.find(id).orElse(null);
		if (a == null) {
			return;
		}
		Instant changedAt = jdbc.sql("select changed_at from appointment where id = :id").param("id", id)
			.query((rs, i) -> Db.instant(rs, "changed_at")).single();
		int claimed = jdbc.sql("""
				update appointment set reminder_sent_for = start_at
				where id = :id and status = 'BOOKED' and (reminder_sent_for is null or reminder_sent_for <> start_at)
				""").param("id", id).update();
		if (claimed != 1) {
			return;
		}
		// Booked or moved inside the reminder window: the confirmation just sent is reminder enough.
		if (changedAt.isAfter(a.start().minus(ahead))) {
			return;
		}
		// branch client-accounts: the client turned appointment reminders off (claimed above, so not retried).
		if (!preferences.appointmentReminders(a.clientId())) {
			return;
		}
		String token = ManageLinks.newToken();
		appointments.setManageToken(id, ManageLinks.digest(token));
		mails.reminder(a, token);
	}

}
