package org.fascia.clinic;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.fascia.audit.AuditLog;
import org.fascia.audit.AuditOutcome;
import org.fascia.platform.ApiProblem;
import org.fascia.platform.CommandValidator;
import org.fascia.platform.Words;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A therapist's weekly hours and the dated exceptions to them. Changes lock the therapist's row, so
 * two owners saving at once cannot interleave a replacement of the week.
 */
@Service
class TherapistSchedules {

	private static final String HOURS_ORDER = " order by case day_of_week when 'MONDAY' then 1 when 'TUESDAY' then 2"
			+ " when 'WEDNESDAY' then 3 when 'THURSDAY' then 4 when 'FRIDAY' then 5 when 'SATURDAY' then 6 else 7 end,"
			+ " start_time";

	private static final RowMapper<ScheduleChange> CHANGE = (rs, i) -> new ScheduleChange(rs.getLong("id"),
			rs.getObject("on_date", LocalDate.class), ScheduleChange.Kind.valueOf(rs.getString("kind")),
			rs.getObject("start_time", LocalTime.class), rs.getObject("end_time", LocalTime.class), rs.getString("note"));

	private final JdbcClient jdbc;

	private final CommandValidator validator;

	private final AuditLog audit;

	private final ClinicProblems clinicProblems;

	private final Words words;

	TherapistSchedules(JdbcClient jdbc, CommandValidator validator, AuditLog audit, ClinicProblems clinicProblems,
			Words words) {
		this.jdbc = jdbc;
		this.validator = validator;
		this.audit = audit;
		this.clinicProblems = clinicProblems;
		this.words = words;
	}

	/** Monday first, then by start time. */
	List<WorkingInterval> hours(long therapistId) {
		return jdbc.sql("select * from working_hours where therapist_id = :id" + HOURS_ORDER)
			.param("id", therapistId)
			.query((rs, i) -> interval(rs))
			.list();
	}

	/** Every therapist's weekly hours, by therapist id. */
	Map<Long, List<WorkingInterval>> allHours() {
		Map<Long, List<WorkingInterval>> hours = new HashMap<>();
		jdbc.sql("select * from working_hours" + HOURS_ORDER)
			.query(rs -> {
				hours.computeIfAbsent(rs.getLong("therapist_id"), id -> new ArrayList<>()).add(interval(rs));
			});
		return hours;
	}

	/**
	 * Replaces the week, or changes nothing.
	 * @throws ApiProblem 404 for an unknown therapist, 400 naming each refused item, e.g. {@code [2].start}
	 */
	@Transactional
	List<WorkingInterval> replaceHours(long therapistId, List<WorkingHoursItem> items) {
		Therapists.lock(jdbc, therapistId, clinicProblems);
		Map<String, String> problems = new LinkedHashMap<>();
		for (int i = 0; i < items.size(); i++) {
			if (items.get(i) == null) {
				problems.put("[" + i + "]", words.text("clinic.problem.hoursItem"));
			}
			else {
				problems.putAll(validator.problems(items.get(i), "[" + i + "]."));
			}
		}
		ScheduleRules.weekly(items)
			.forEach((field, refusal) -> problems.putIfAbsent(field, clinicProblems.refusal(refusal)));
		if (!problems.isEmpty()) {
			throw ApiProblem.invalid(problems);
		}
		jdbc.sql("delete from working_hours where therapist_id = :id").param("id", therapistId).update();
		for (WorkingHoursItem item : items) {
			jdbc.sql("""
					insert into working_hours (therapist_id, day_of_week, start_time, end_time)
					values (:id, :day, :start, :end)
					""")
				.param("id", therapistId)
				.param("day", item.dayOfWeek().name())
				.param("start", item.start())
				.param("end", item.end())
				.update();
		}
		audit.record("WORKING_HOURS_CHANGED", "therapist", therapistId, AuditOutcome.SUCCESS,
				items.size() + " intervals");
		return hours(therapistId);
	}

	/** Every exception of the therapist on or after {@code from} (all when null), by date and time. */
	List<ScheduleChange> changes(long therapistId, LocalDate from) {
		return jdbc.sql("select * from therapist_exception where therapist_id = :id and on_date >= :from"
				+ " order by on_date, start_time nulls first, id")
			.param("id", therapistId)
			.param("from", from == null ? LocalDate.of(1, 1, 1) : from)
			.query(CHANGE)
			.list();
	}

	Optional<ScheduleChange> change(long therapistId, long changeId) {
		return jdbc.sql("select * from therapist_exception where id = :id and therapist_id = :therapist")
			.param("id", changeId)
			.param("therapist", therapistId)
			.query(CHANGE)
			.optional();
	}

	/** @throws ApiProblem 404 for an unknown therapist, 400 naming each refused field */
	@Transactional
	ScheduleChange addChange(long therapistId, NewScheduleChange change) {
		Therapists.lock(jdbc, therapistId, clinicProblems);
		Map<String, String> problems = validator.problems(change);
		if (problems.isEmpty()) {
			ScheduleRules.dated(change).forEach((field, refusal) -> problems.put(field, clinicProblems.refusal(refusal)));
		}
		if (!problems.isEmpty()) {
			throw ApiProblem.invalid(problems);
		}
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into therapist_exception (therapist_id, on_date, start_time, end_time, kind, note)
				values (:therapist, :date, :start, :end, :kind, :note)
				""")
			.param("therapist", therapistId)
			.param("date", change.date())
			.param("start", change.start())
			.param("end", change.end())
			.param("kind", change.kind().name())
			.param("note", Text.orNull(change.note()))
			.update(keys, "id");
		long id = keys.getKey().longValue();
		audit.record("THERAPIST_EXCEPTION_ADDED", "therapist", therapistId, AuditOutcome.SUCCESS,
				change.kind() + " on " + change.date());
		return change(therapistId, id).orElseThrow();
	}

	/** @throws ApiProblem 404 when the therapist has no exception with this id */
	@Transactional
	void removeChange(long therapistId, long changeId) {
		int removed = jdbc.sql("delete from therapist_exception where id = :id and therapist_id = :therapist")
			.param("id", changeId)
			.param("therapist", therapistId)
			.update();
		if (removed == 0) {
			throw changeNotFound(therapistId, changeId);
		}
		audit.record("THERAPIST_EXCEPTION_REMOVED", "therapist", therapistId, AuditOutcome.SUCCESS,
				"exception " + changeId);
	}

	/** 404 when the therapist has no exception with this id. */
	ApiProblem changeNotFound(long therapistId, long changeId) {
		return clinicProblems.noException(therapistId, changeId);
	}

	private static WorkingInterval interval(ResultSet rs) throws SQLException {
		return new WorkingInterval(DayOfWeek.valueOf(rs.getString("day_of_week")),
				rs.getObject("start_time", LocalTime.class), rs.getObject("end_time", LocalTime.class));
	}

}
