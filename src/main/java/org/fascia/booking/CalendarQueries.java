package org.fascia.booking;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.fascia.booking.AvailabilityRequest.TherapistSchedule;
import org.fascia.platform.Db;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The staff calendar's read model. Each entry carries a small readiness badge for a booked treatment
 * ({@code NOT_READY}: no intake, unsigned consent, or an urgent or emergency screening; {@code RESCREEN}:
 * the health-change question is unanswered for a second or later visit), computed in the same statement as a
 * code that {@link CalendarWords} words; the appointment panel shows the exact list ({@code TreatmentReadiness}).
 * A day or a week loads in exactly four statements, whatever the
 * number of therapists and appointments: the clinic's zone, the active therapists, their schedules
 * (weekly hours and the range's exceptions, see {@link BookingData}), and the range's appointments.
 * <p>
 * Like {@link BookingMails#details}, these are read-model joins across the clinic's tables
 * (therapist, service, room) and the client's name; nothing here writes outside the booking module.
 */
@Component
class CalendarQueries {

	/** An active therapist, and the account they sign in with (null when they have none). */
	record Therapist(long id, String name, Long userId) {
	}

	/** A service staff can book. */
	record ServiceOption(long id, String name, int minutes) {
	}

	/** What a day or a week of the calendar shows. */
	record Snapshot(ZoneId zone, List<Therapist> therapists, List<TherapistSchedule> schedules,
			List<CalendarEntry> entries) {
	}

	private static final String ENTRY_SELECT = """
			select a.id, a.therapist_id, t.display_name as therapist, a.client_id, c.first_name, c.last_name,
			       a.service_id, s.name as service, r.name as room, a.status, a.start_at, a.end_at, a.version,
			       case when s.kind <> 'TREATMENT' or a.status <> 'BOOKED' then null
			            when not exists (select 1 from intake_response i where i.client_id = a.client_id
			                             and i.kind = 'INTAKE' and i.status = 'SUBMITTED')
			              or (select count(distinct cs.kind) from consent_signature cs where cs.client_id = a.client_id) < 2
			              or (select sc.decision from screening sc where sc.client_id = a.client_id
			                  order by sc.created_at desc, sc.id desc fetch first 1 rows only)
			                 in ('EMERGENCY_REFERRAL', 'URGENT_REFERRAL') then 'NOT_READY'
			            when not exists (select 1 from intake_health_check h where h.appointment_id = a.id)
			              and exists (select 1 from appointment p join service ps on ps.id = p.service_id
			                          where p.client_id = a.client_id and p.id <> a.id and p.start_at < a.start_at
			                            and p.status in ('BOOKED', 'COMPLETED') and ps.kind = 'TREATMENT'
			                            and p.start_at > (select max(i2.submitted_at) from intake_response i2
			                                              where i2.client_id = a.client_id and i2.kind = 'INTAKE'
			                                                and i2.status = 'SUBMITTED')) then 'RESCREEN'
			            else null end as readiness
			from appointment a
			join therapist t on t.id = a.therapist_id
			join client c on c.id = a.client_id
			join service s on s.id = a.service_id
			join room r on r.id = a.room_id
			""";

	private final JdbcClient jdbc;

	private final BookingData data;

	CalendarQueries(JdbcClient jdbc, BookingData data) {
		this.jdbc = jdbc;
		this.data = data;
	}

	/** The clinic's zone: the first of the four statements of a calendar page. */
	ZoneId zone() {
		return data.zone();
	}

	/** The days from {@code from} to {@code to} (inclusive), every appointment status included. */
	@Transactional(readOnly = true)
	Snapshot load(ZoneId zone, LocalDate from, LocalDate to) {
		Instant start = from.atStartOfDay(zone).toInstant();
		Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
		List<CalendarEntry> entries = jdbc.sql(ENTRY_SELECT + """
				where a.start_at < :end and a.end_at > :start
				order by a.start_at, a.therapist_id, a.id
				""").param("start", Db.utc(start)).param("end", Db.utc(end)).query(entry(zone)).list();
		return new Snapshot(zone, therapists(), data.schedules(from, to), entries);
	}

	@Transactional(readOnly = true)
	Optional<CalendarEntry> entry(long id) {
		ZoneId zone = data.zone();
		return jdbc.sql(ENTRY_SELECT + " where a.id = :id").param("id", id).query(entry(zone)).optional();
	}

	/** One therapist's appointments that occupy time, starting in [from, to): their private feed. */
	List<CalendarEntry> occupying(long therapistId, Instant from, Instant to, ZoneId zone) {
		return jdbc.sql(ENTRY_SELECT + """
				where a.therapist_id = :therapist and a.status in %s and a.start_at >= :from and a.start_at < :to
				order by a.start_at
				""".formatted(AppointmentStatus.OCCUPYING_SQL))
			.param("therapist", therapistId)
			.param("from", Db.utc(from))
			.param("to", Db.utc(to))
			.query(entry(zone))
			.list();
	}

	List<Therapist> therapists() {
		return jdbc.sql("select id, display_name, user_id from therapist where active = true order by display_name, id")
			.query((rs, i) -> new Therapist(rs.getLong("id"), rs.getString("display_name"),
					rs.getObject("user_id", Long.class)))
			.list();
	}

	Map<Long, String> therapistNames() {
		Map<Long, String> names = new LinkedHashMap<>();
		therapists().forEach(t -> names.put(t.id(), t.name()));
		return names;
	}

	List<ServiceOption> services() {
		return jdbc.sql("select id, name, duration_minutes from service where active = true order by name, id")
			.query((rs, i) -> new ServiceOption(rs.getLong("id"), rs.getString("name"), rs.getInt("duration_minutes")))
			.list();
	}

	private static RowMapper<CalendarEntry> entry(ZoneId zone) {
		return (rs, i) -> {
			Instant start = Db.instant(rs, "start_at");
			Instant end = Db.instant(rs, "end_at");
			return new CalendarEntry(rs.getLong("id"), rs.getLong("therapist_id"), rs.getString("therapist"),
					rs.getLong("client_id"), rs.getString("first_name"), rs.getString("last_name"),
					rs.getLong("service_id"), rs.getString("service"), rs.getString("room"),
					AppointmentStatus.valueOf(rs.getString("status")), start, end,
					LocalDateTime.ofInstant(start, zone), LocalDateTime.ofInstant(end, zone), rs.getInt("version"),
					rs.getString("readiness"));
		};
	}

}
