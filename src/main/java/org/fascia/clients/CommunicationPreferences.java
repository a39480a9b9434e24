package org.fascia.clients;

import java.time.Clock;

import org.fascia.audit.AuditLog;
import org.fascia.audit.AuditOutcome;
import org.fascia.platform.Db;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a client wants emailed (issue 7, branch client-accounts): appointment reminders and the check-in
 * after a session, both on unless turned off. Confirmations of what the client or the clinic just did
 * (booked, moved, cancelled), links the client asked for, and safety messages are always sent; Fascia
 * sends no newsletters or marketing at all.
 */
@Service
public class CommunicationPreferences {

	public record Preferences(boolean appointmentReminders, boolean followUps) {

		public static final Preferences DEFAULT = new Preferences(true, true);

	}

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final Clock clock;

	CommunicationPreferences(JdbcClient jdbc, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	public Preferences of(long clientId) {
		return jdbc.sql("select appointment_reminders, follow_ups from communication_preference where client_id = :c")
			.param("c", clientId)
			.query((rs, i) -> new Preferences(rs.getBoolean("appointment_reminders"), rs.getBoolean("follow_ups")))
			.optional()
			.orElse(Preferences.DEFAULT);
	}

	public boolean appointmentReminders(long clientId) {
		return of(clientId).appointmentReminders();
	}

	public boolean followUps(long clientId) {
		return of(clientId).followUps();
	}

	/** The client's own choice; audited. */
	@Transactional
	public void set(long clientId, Preferences preferences) {
		int changed = jdbc.sql("""
				update communication_preference set appointment_reminders = :r, follow_ups = :f, changed_at = :now
				where client_id = :c
				""")
			.param("r", preferences.appointmentReminders())
			.param("f", preferences.followUps())
			.param("now", Db.utc(clock.instant()))
			.param("c", clientId)
			.update();
		if (changed == 0) {
			jdbc.sql("""
					insert into communication_preference (client_id, appointment_reminders, follow_ups, changed_at)
					values (:c, :r, :f, :now)
					""")
				.param("c", clientId)
				.param("r", preferences.appointmentReminders())
				.param("f", preferences.followUps())
				.param("now", Db.utc(clock.instant()))
				.update();
		}
		audit.record("COMMUNICATION_PREFERENCES", "client", clientId, AuditOutcome.SUCCESS,
				"reminders " + (preferences.appointmentReminders() ? "on" : "off") + ", follow-ups "
						+ (preferences.followUps() ? "on" : "off"));
	}

}
