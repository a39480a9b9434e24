package org.fascia.booking;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.fascia.audit.AuditLog;
import org.fascia.audit.AuditOutcome;
import org.fascia.platform.ApiProblem;
import org.fascia.platform.Db;
import org.fascia.platform.Words;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A client's own appointments, for the portal and the email link. Reads are audited. */
@Service
public class ClientAppointments {

	private static final String SELECT = """
			select a.id, a.client_id, a.start_at, a.end_at, a.status, a.service_id, s.name as service, a.therapist_id,
			       t.display_name as therapist, r.name as room, c.cancellation_window_hours
			from appointment a
			join service s on s.id = a.service_id
			join therapist t on t.id = a.therapist_id
			join room r on r.id = a.room_id
			cross join clinic c
			where c.id = 1 and\s""";

	private final JdbcClient jdbc;

	private final BookingData data;

	private final AuditLog audit;

	private final Clock clock;

	private final Words words;

	ClientAppointments(JdbcClient jdbc, BookingData data, AuditLog audit, Clock clock, Words words) {
		this.words = words;
		this.jdbc = jdbc;
		this.data = data;
		this.audit = audit;
		this.clock = clock;
	}

	private RowMapper<AppointmentView> mapper() {
		Instant now = clock.instant();
		return (rs, i) -> {
			Instant start = Db.instant(rs, "start_at");
			AppointmentStatus status = AppointmentStatus.valueOf(rs.getString("status"));
			boolean changeable = status == AppointmentStatus.BOOKED
					&& start.isAfter(now.plusSeconds(3600L * rs.getInt("cancellation_window_hours")));
			return new AppointmentView(rs.getLong("id"), rs.getLong("client_id"), start, Db.instant(rs, "end_at"),
					status, rs.getLong("service_id"), rs.getString("service"), rs.getLong("therapist_id"),
					rs.getString("therapist"), rs.getString("room"), changeable, statusLabel(status));
		};
	}

	/** The status as the client reads it, e.g. "Missed" for a no-show. */
	private String statusLabel(AppointmentStatus status) {
		return switch (status) {
			case BOOKED -> words.text("booking.visit.status.BOOKED");
			case CANCELLED -> words.text("booking.visit.status.CANCELLED");
			case LATE_CANCELLED -> words.text("booking.visit.status.LATE_CANCELLED");
			case NO_SHOW -> words.text("booking.visit.status.NO_SHOW");
			case COMPLETED -> words.text("booking.visit.status.COMPLETED");
		};
	}

	@Transactional(readOnly = true)
	public List<AppointmentView> of(long clientId) {
		List<AppointmentView> list = jdbc.sql(SELECT + "a.client_id = :client order by a.start_at desc")
			.param("client", clientId)
			.query(mapper())
			.list();
		audit.record("APPOINTMENTS_READ", "client", clientId, AuditOutcome.SUCCESS, list.size() + " appointments");
		return list;
	}

	/** One appointment, only if it belongs to this client. */
	@Transactional(readOnly = true)
	public Optional<AppointmentView> one(long appointmentId, long clientId) {
		return jdbc.sql(SELECT + "a.id = :id and a.client_id = :client")
			.param("id", appointmentId)
			.param("client", clientId)
			.query(mapper())
			.optional();
	}

	/** The appointment behind an emailed link's token. */
	@Transactional(readOnly = true)
	public Optional<AppointmentView> byManageToken(String token) {
		if (token == null || token.isBlank()) {
			return Optional.empty();
		}
		Optional<AppointmentView> found = jdbc.sql(SELECT + "a.manage_token_hash = :hash")
			.param("hash", ManageLinks.digest(token))
			.query(mapper())
			.optional();
		found.ifPresent(a -> audit.recordAs(null, "CLIENT", "APPOINTMENT_READ", "appointment", a.id(),
				AuditOutcome.SUCCESS, "by emailed link"));
		return found;
	}

	/** An RFC 5545 file of one of the client's appointments ("add to calendar"). */
	@Transactional(readOnly = true)
	public byte[] calendarFile(long appointmentId, long clientId) {
		AppointmentView a = one(appointmentId, clientId)
			.orElseThrow(() -> ApiProblem.notFound(
					words.text("booking.problem.noAppointment", String.valueOf(appointmentId))));
		boolean cancelled = a.status() != AppointmentStatus.BOOKED && a.status() != AppointmentStatus.COMPLETED;
		String ics = IcsCalendar.download(data.zone(), List.of(new IcsCalendar.Event(a.id(), a.start(), a.end(),
				words.text("booking.ics.summary", a.service(), a.therapist()), null, a.room(), 0, cancelled)));
		return ics.getBytes(StandardCharsets.UTF_8);
	}

}
