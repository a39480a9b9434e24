package org.fascia.booking;

import java.time.Instant;
import java.util.Optional;

import org.fascia.platform.Db;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * One appointment as the session pages need it (charting: treatment log, session note): who the client is,
 * which therapist (and their account, for "the appointment's therapist"), the service and the time. No
 * audit event: the caller checks access and audits the clinical read it makes with it.
 */
@Service
public class AppointmentLookup {

	/** An appointment with its client, therapist (and their user account, if any) and service. */
	public record SessionAppointment(long id, long clientId, String clientName, long therapistId,
			Long therapistUserId, String therapistName, String service, Instant start, Instant end,
			AppointmentStatus status) {
	}

	private final JdbcClient jdbc;

	AppointmentLookup(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<SessionAppointment> find(long appointmentId) {
		return jdbc.sql("""
				select a.id, a.client_id, c.first_name, c.last_name, a.therapist_id, t.user_id, t.display_name,
				       s.name as service, a.start_at, a.end_at, a.status
				from appointment a
				join client c on c.id = a.client_id
				join therapist t on t.id = a.therapist_id
				join service s on s.id = a.service_id
				where a.id = :id
				""")
			.param("id", appointmentId)
			.query((rs, i) -> new SessionAppointment(rs.getLong("id"), rs.getLong("client_id"),
					rs.getString("first_name") + " " + rs.getString("last_name"), rs.getLong("therapist_id"),
					rs.getObject("user_id", Long.class), rs.getString("display_name"), rs.getString("service"),
					Db.instant(rs, "start_at"), Db.instant(rs, "end_at"),
					AppointmentStatus.valueOf(rs.getString("status"))))
			.optional();
	}

}
