package org.fascia.booking;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.fascia.booking.AvailabilityRequest.Busy;
import org.fascia.booking.AvailabilityRequest.DatedException;
import org.fascia.booking.AvailabilityRequest.ServiceSpec;
import org.fascia.booking.AvailabilityRequest.TherapistSchedule;
import org.fascia.booking.AvailabilityRequest.WeeklyHours;
import org.fascia.platform.Db;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Loads what availability needs in exactly four statements, whatever the number of therapists and
 * days: the service with the clinic's policy, the rooms, the schedules (weekly hours and dated
 * exceptions together), and the busy appointments of the range. The staff calendar reads the
 * schedules of every active therapist the same way.
 */
@Component
class BookingData {

	/** The service and the clinic's zone and policy. */
	record ServiceAndPolicy(long serviceId, String name, Duration duration, Duration buffer, String kind,
			boolean active, boolean bookableOnline, int priceCents, ZoneId zone, BookingPolicy policy) {

		ServiceSpec spec() {
			return new ServiceSpec(serviceId, duration, buffer);
		}

	}

	private final JdbcClient jdbc;

	BookingData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<ServiceAndPolicy> service(long serviceId) {
		return jdbc.sql("""
				select s.id, s.name, s.duration_minutes, s.buffer_minutes, s.kind, s.active, s.bookable_online,
				       s.price_cents, c.time_zone, c.slot_step_minutes, c.minimum_notice_hours, c.booking_horizon_days,
				       c.cancellation_window_hours, c.reminder_hours
				from service s cross join clinic c
				where s.id = :service and c.id = 1
				""").param("service", serviceId).query((rs, i) -> new ServiceAndPolicy(rs.getLong("id"),
				rs.getString("name"), Duration.ofMinutes(rs.getInt("duration_minutes")),
				Duration.ofMinutes(rs.getInt("buffer_minutes")), rs.getString("kind"), rs.getBoolean("active"),
				rs.getBoolean("bookable_online"), rs.getInt("price_cents"), ZoneId.of(rs.getString("time_zone")),
				new BookingPolicy(rs.getInt("slot_step_minutes"), rs.getInt("minimum_notice_hours"),
						rs.getInt("booking_horizon_days"), rs.getInt("cancellation_window_hours"),
						rs.getInt("reminder_hours")))).optional();
	}

	boolean therapistExists(long therapistId) {
		return jdbc.sql("select count(*) from therapist where id = :id").param("id", therapistId).query(Integer.class)
			.single() > 0;
	}

	ZoneId zone() {
		return jdbc.sql("select time_zone from clinic where id = 1").query(String.class).optional().map(ZoneId::of)
			.orElse(ZoneId.of("UTC"));
	}

	List<Long> rooms() {
		return jdbc.sql("select id from room where active = true order by id").query(Long.class).list();
	}

	/** Weekly hours and the range's exceptions of the active therapists offering the service. */
	List<TherapistSchedule> schedules(long serviceId, Long therapistId, LocalDate from, LocalDate to) {
		String offering = "join therapist_service ts on ts.therapist_id = t.id and ts.service_id = :service"
				+ (therapistId == null ? "" : " and ts.therapist_id = :therapist");
		var query = schedulesQuery(offering, from, to).param("service", serviceId);
		if (therapistId != null) {
			query = query.param("therapist", therapistId);
		}
		return schedules(query);
	}

	/** Weekly hours and the range's exceptions of every active therapist (the staff calendar). */
	List<TherapistSchedule> schedules(LocalDate from, LocalDate to) {
		return schedules(schedulesQuery("", from, to));
	}

	private JdbcClient.StatementSpec schedulesQuery(String join, LocalDate from, LocalDate to) {
		return jdbc.sql("""
				select t.id as therapist_id, 'W' as src, wh.day_of_week, cast(null as date) as on_date,
				       wh.start_time, wh.end_time, cast(null as varchar(20)) as kind
				from therapist t %1$s
				join working_hours wh on wh.therapist_id = t.id
				where t.active = true
				union all
				select t.id as therapist_id, 'X' as src, cast(null as varchar(9)) as day_of_week, e.on_date,
				       e.start_time, e.end_time, e.kind
				from therapist t %1$s
				join therapist_exception e on e.therapist_id = t.id
				where t.active = true and e.on_date between :from and :to
				""".formatted(join)).param("from", from).param("to", to);
	}

	private static List<TherapistSchedule> schedules(JdbcClient.StatementSpec query) {
		Map<Long, List<WeeklyHours>> weekly = new LinkedHashMap<>();
		Map<Long, List<DatedException>> exceptions = new LinkedHashMap<>();
		query.query(rs -> {
			long id = rs.getLong("therapist_id");
			weekly.computeIfAbsent(id, k -> new ArrayList<>());
			exceptions.computeIfAbsent(id, k -> new ArrayList<>());
			LocalTime start = rs.getObject("start_time", LocalTime.class);
			LocalTime end = rs.getObject("end_time", LocalTime.class);
			if ("W".equals(rs.getString("src"))) {
				weekly.get(id).add(new WeeklyHours(DayOfWeek.valueOf(rs.getString("day_of_week")), start, end));
			}
			else {
				exceptions.get(id).add(new DatedException(rs.getObject("on_date", LocalDate.class), start, end,
						DatedException.Kind.valueOf(rs.getString("kind"))));
			}
		});
		List<TherapistSchedule> schedules = new ArrayList<>();
		weekly.keySet().stream().sorted().forEach(id -> schedules.add(new TherapistSchedule(id, weekly.get(id), exceptions.get(id))));
		return schedules;
	}

	/** Every occupying appointment overlapping [from, to), of any therapist and room. */
	List<Busy> busy(Instant from, Instant to) {
		return jdbc.sql("""
				select therapist_id, room_id, start_at, occupied_until from appointment
				where status in %s and start_at < :to and occupied_until > :from and start_at > :earliest
				""".formatted(AppointmentStatus.OCCUPYING_SQL))
			.param("from", Db.utc(from))
			.param("earliest", Db.utc(from.minus(Appointments.LONGEST)))
			.param("to", Db.utc(to))
			.query((rs, i) -> new Busy(rs.getLong("therapist_id"), rs.getLong("room_id"), Db.instant(rs, "start_at"),
					Db.instant(rs, "occupied_until")))
			.list();
	}

}
