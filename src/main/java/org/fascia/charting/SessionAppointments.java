package org.fascia.charting;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.fascia.booking.AppointmentStatus;
import org.fascia.platform.Db;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A read model of appointments for the note pages (like the calendar's, it joins the names in SQL
 * rather than asking module by module): one appointment with its client, therapist and service, the
 * client's earlier treatment visit, and the overdue-note to-do list. It never writes.
 */
@Repository
class SessionAppointments {

	private static final String SELECT = """
			select a.id, a.client_id, c.first_name, c.last_name, a.therapist_id, t.user_id as therapist_user,
			       t.display_name as therapist, a.service_id, s.name as service, s.kind, a.start_at, a.end_at, a.status
			from appointment a
			join client c on c.id = a.client_id
			join therapist t on t.id = a.therapist_id
			join service s on s.id = a.service_id
			""";

	private static final RowMapper<SessionAppointment> ROW = (rs, i) -> new SessionAppointment(rs.getLong("id"),
			rs.getLong("client_id"), rs.getString("first_name") + " " + rs.getString("last_name"),
			rs.getLong("therapist_id"), rs.getObject("therapist_user", Long.class), rs.getString("therapist"),
			rs.getLong("service_id"), rs.getString("service"), "TREATMENT".equals(rs.getString("kind")),
			Db.instant(rs, "start_at"), Db.instant(rs, "end_at"), AppointmentStatus.valueOf(rs.getString("status")));

	private final JdbcClient jdbc;

	SessionAppointments(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<SessionAppointment> find(long appointmentId) {
		return jdbc.sql(SELECT + "where a.id = :id").param("id", appointmentId).query(ROW).optional();
	}

	/** The start of the client's latest treatment visit before this one (booked or completed), if any. */
	/** All of a client's appointments, by id (one statement, for lists). */
	java.util.Map<Long, SessionAppointment> ofClient(long clientId) {
		return jdbc.sql(SELECT + "where a.client_id = :client").param("client", clientId).query(ROW).list().stream()
			.collect(java.util.stream.Collectors.toMap(SessionAppointment::id, a -> a));
	}

	Optional<Instant> previousTreatmentStart(SessionAppointment appointment) {
		return jdbc.sql("""
				select max(a.start_at) as start_at from appointment a join service s on s.id = a.service_id
				where a.client_id = :client and a.start_at < :before and a.id <> :id
				  and a.status in ('BOOKED', 'COMPLETED') and s.kind = 'TREATMENT'
				""")
			.param("client", appointment.clientId())
			.param("before", Db.utc(appointment.start()))
			.param("id", appointment.id())
			.query((rs, i) -> Optional.ofNullable(Db.instant(rs, "start_at")))
			.single();
	}

	/** An appointment whose note is overdue, for the to-do list. */
	record Overdue(SessionAppointment appointment, boolean draftStarted) {
	}

	/**
	 * Appointments that started by {@code startedBy} (see {@link UnsignedNotes}) with no note or a draft,
	 * not cancelled or missed, oldest first; only the therapist's when a therapist user is given.
	 */
	List<Overdue> overdue(Instant startedBy, Long therapistUserId) {
		return jdbc.sql(SELECT.replace("from appointment a", ", n.status as note_status from appointment a") + """
				left join session_note n on n.appointment_id = a.id
				where a.start_at <= :by and a.status in ('BOOKED', 'COMPLETED')
				  and (n.id is null or n.status = 'DRAFT')
				""" + (therapistUserId == null ? "" : " and t.user_id = :user") + " order by a.start_at, a.id")
			.param("by", Db.utc(startedBy))
			.param("user", therapistUserId == null ? -1L : therapistUserId)
			.query((rs, i) -> new Overdue(ROW.mapRow(rs, i), rs.getString("note_status") != null))
			.list();
	}

}
