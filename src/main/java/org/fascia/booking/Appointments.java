package org.fascia.booking;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.fascia.platform.Db;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Persistence of appointments, and the row locks that serialise bookings per therapist and room. */
@Repository
class Appointments {

	static final RowMapper<Appointment> ROW = (rs, i) -> new Appointment(rs.getLong("id"), rs.getLong("client_id"),
			rs.getLong("therapist_id"), rs.getLong("room_id"), rs.getLong("service_id"), Db.instant(rs, "start_at"),
			Db.instant(rs, "end_at"), Db.instant(rs, "occupied_until"), AppointmentStatus.valueOf(rs.getString("status")),
			rs.getObject("series_id", Long.class), rs.getString("status_reason"), rs.getInt("version"));

	/**
	 * No appointment occupies more than this (a service of at most 8 hours plus a buffer of at most
	 * 4, as the schema's checks allow): overlap queries bound start_at with it, so they read only
	 * nearby rows however long the history grows.
	 */
	static final java.time.Duration LONGEST = java.time.Duration.ofHours(12);

	private final JdbcClient jdbc;

	Appointments(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Waits for, then holds until commit, the lock on one therapist: bookings for them run one at a time. */
	boolean lockTherapist(long therapistId) {
		return jdbc.sql("select id from therapist where id = :id for update").param("id", therapistId)
			.query(Long.class).optional().isPresent();
	}

	boolean lockRoom(long roomId) {
		return jdbc.sql("select id from room where id = :id for update").param("id", roomId).query(Long.class)
			.optional().isPresent();
	}

	/** Whether an occupying appointment (other than {@code except}) overlaps [start, until) for the therapist. */
	boolean therapistBusy(long therapistId, Instant start, Instant until, Long except) {
		return overlapping("therapist_id", therapistId, start, until, except);
	}

	boolean roomBusy(long roomId, Instant start, Instant until, Long except) {
		return overlapping("room_id", roomId, start, until, except);
	}

	private boolean overlapping(String column, long id, Instant start, Instant until, Long except) {
		return jdbc.sql("""
				select count(*) from appointment
				where %s = :id and status in %s and start_at < :until and occupied_until > :start and id <> :except
				  and start_at > :earliest
				""".formatted(column, AppointmentStatus.OCCUPYING_SQL))
			.param("id", id)
			.param("earliest", Db.utc(start.minus(LONGEST)))
			.param("until", Db.utc(until))
			.param("start", Db.utc(start))
			.param("except", except == null ? -1L : except)
			.query(Integer.class)
			.single() > 0;
	}

	long insert(long clientId, long therapistId, long roomId, long serviceId, Instant start, Instant end,
			Instant occupiedUntil, Long seriesId, Long bookedBy, String manageTokenHash, Instant now) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into appointment (client_id, therapist_id, room_id, service_id, start_at, end_at, occupied_until,
				                         status, series_id, booked_by, created_at, changed_at, manage_token_hash)
				values (:client, :therapist, :room, :service, :start, :end, :until, 'BOOKED', :series, :bookedBy,
				        :now, :now, :token)
				""")
			.param("client", clientId)
			.param("therapist", therapistId)
			.param("room", roomId)
			.param("service", serviceId)
			.param("start", Db.utc(start))
			.param("end", Db.utc(end))
			.param("until", Db.utc(occupiedUntil))
			.param("series", seriesId)
			.param("bookedBy", bookedBy)
			.param("now", Db.utc(now))
			.param("token", manageTokenHash)
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	/** Keeps the owner's reason for booking despite the client's screening on the appointment. */
	void setScreeningOverride(long id, String reason, Long byUserId) {
		jdbc.sql("update appointment set screening_override = :reason, screening_override_by = :by where id = :id")
			.param("reason", reason)
			.param("by", byUserId)
			.param("id", id)
			.update();
	}

	/** The override on an appointment: the reason and who gave it (their display name), if any. */
	Optional<ScreeningOverride> screeningOverride(long id) {
		return jdbc.sql("""
				select a.screening_override, u.display_name from appointment a
				left join app_user u on u.id = a.screening_override_by
				where a.id = :id and a.screening_override is not null
				""").param("id", id)
			.query((rs, i) -> new ScreeningOverride(rs.getString(1), rs.getString(2)))
			.optional();
	}

	record ScreeningOverride(String reason, String by) {
	}

	/**
	 * The start of the client's latest treatment visit (booked or completed) before {@code before},
	 * other than {@code except}; empty when this is their first.
	 */
	Optional<Instant> previousTreatmentStart(long clientId, Instant before, long except) {
		return jdbc.sql("""
				select max(a.start_at) as previous_start from appointment a join service s on s.id = a.service_id
				where a.client_id = :client and a.id <> :except and a.start_at < :before
				  and a.status in ('BOOKED', 'COMPLETED') and s.kind = 'TREATMENT'
				""")
			.param("client", clientId)
			.param("except", except)
			.param("before", Db.utc(before))
			.query((rs, i) -> Optional.ofNullable(Db.instant(rs, "previous_start")))
			.single();
	}

	Optional<Appointment> find(long id) {
		return jdbc.sql("select * from appointment where id = :id").param("id", id).query(ROW).optional();
	}

	Optional<Appointment> findForUpdate(long id) {
		return jdbc.sql("select * from appointment where id = :id for update").param("id", id).query(ROW).optional();
	}

	Optional<Appointment> findByManageToken(String tokenHash) {
		return jdbc.sql("select * from appointment where manage_token_hash = :hash").param("hash", tokenHash)
			.query(ROW).optional();
	}

	List<Appointment> between(Instant from, Instant to, Long clientId, Long therapistId) {
		StringBuilder sql = new StringBuilder("select * from appointment where start_at >= :from and start_at < :to");
		if (clientId != null) {
			sql.append(" and client_id = :client");
		}
		if (therapistId != null) {
			sql.append(" and therapist_id = :therapist");
		}
		sql.append(" order by start_at, therapist_id");
		var query = jdbc.sql(sql.toString()).param("from", Db.utc(from)).param("to", Db.utc(to));
		if (clientId != null) {
			query = query.param("client", clientId);
		}
		if (therapistId != null) {
			query = query.param("therapist", therapistId);
		}
		return query.query(ROW).list();
	}

	void setStatus(long id, AppointmentStatus status, String reason, Instant now) {
		jdbc.sql("""
				update appointment set status = :status, status_reason = :reason, changed_at = :now,
				       cancelled_at = case when :cancel then :now else cancelled_at end, version = version + 1
				where id = :id
				""")
			.param("status", status.name())
			.param("reason", reason)
			.param("now", Db.utc(now))
			.param("cancel", status == AppointmentStatus.CANCELLED || status == AppointmentStatus.LATE_CANCELLED)
			.param("id", id)
			.update();
	}

	void move(long id, long therapistId, long roomId, Instant start, Instant end, Instant occupiedUntil, Instant now) {
		jdbc.sql("""
				update appointment set therapist_id = :therapist, room_id = :room, start_at = :start, end_at = :end,
				       occupied_until = :until, changed_at = :now, version = version + 1
				where id = :id
				""")
			.param("therapist", therapistId)
			.param("room", roomId)
			.param("start", Db.utc(start))
			.param("end", Db.utc(end))
			.param("until", Db.utc(occupiedUntil))
			.param("now", Db.utc(now))
			.param("id", id)
			.update();
	}

	void setManageToken(long id, String digest) {
		jdbc.sql("update appointment set manage_token_hash = :hash where id = :id").param("hash", digest)
			.param("id", id).update();
	}

	long newSeries(long clientId, String note, Instant now) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("insert into appointment_series (client_id, created_at, note) values (:client, :now, :note)")
			.param("client", clientId)
			.param("now", Db.utc(now))
			.param("note", note)
			.update(keys, "id");
		return keys.getKey().longValue();
	}

}
