package org.fascia.care;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.fascia.audit.AuditLog;
import org.fascia.audit.AuditOutcome;
import org.fascia.clients.ClientDirectory;
import org.fascia.clinic.ClinicTime;
import org.fascia.platform.ApiProblem;
import org.fascia.platform.Db;
import org.fascia.platform.Words;
import org.fascia.screening.Caution;
import org.fascia.screening.ScreeningRecords;
import org.fascia.screening.StoredScreening;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Clients' self-care programs: a therapist assigns library items (never one that conflicts with the
 * client's current screening cautions), the client ticks the days they did them, and adherence is
 * worked out from the ticks. Who may do what is the caller's check ({@link CareAccess}); every read
 * and change is audited here.
 */
@Service
public class SelfCarePrograms {

	/** A client can tick today and the 6 days before it. */
	static final int TICK_DAYS = 7;

	private final JdbcClient jdbc;

	private final SelfCareLibrary library;

	private final ScreeningRecords screenings;

	private final ClientDirectory clients;

	private final ClinicTime clinicTime;

	private final AuditLog audit;

	private final Clock clock;

	private final Words words;

	SelfCarePrograms(JdbcClient jdbc, SelfCareLibrary library, ScreeningRecords screenings, ClientDirectory clients,
			ClinicTime clinicTime, AuditLog audit, Clock clock, Words words) {
		this.jdbc = jdbc;
		this.library = library;
		this.screenings = screenings;
		this.clients = clients;
		this.clinicTime = clinicTime;
		this.audit = audit;
		this.clock = clock;
		this.words = words;
	}

	/** The client's program with adherence so far; audited. */
	@Transactional(readOnly = true)
	public SelfCareProgram program(long clientId) {
		requireClient(clientId);
		SelfCareProgram program = load(clientId);
		audit.record("SELF_CARE_READ", "client", clientId, AuditOutcome.SUCCESS,
				program.assignments().size() + " item(s), adherence "
						+ (program.adherence().percent() == null ? "not due yet"
								: program.adherence().percent() + "% (" + program.adherence().doneDays() + " of "
										+ program.adherence().prescribedDays() + " prescribed day"
										+ (program.adherence().prescribedDays() == 1 ? "" : "s") + ")"));
		return program;
	}

	/** The client's current screening cautions (empty without a screening); audited as a screening read. */
	@Transactional(readOnly = true)
	public List<Caution> cautions(long clientId) {
		return screenings.current(clientId).map(StoredScreening::result).map(r -> r.cautions()).orElse(List.of());
	}

	/**
	 * Adds an item to the client's program.
	 * @throws ApiProblem 404 for an unknown client; 400 naming each invalid field; 409 when the item is
	 *         already running in the program; 422 naming the caution when the item conflicts with the
	 *         client's current screening (members {@code cautions} and {@code itemId})
	 */
	@Transactional
	public SelfCareAssignment assign(long clientId, SelfCareAssignmentForm form, long userId) {
		requireClient(clientId);
		LocalDate today = clinicTime.today();
		Map<String, String> errors = new LinkedHashMap<>();
		SelfCareItem item = null;
		Long itemId = parseLong(form.itemId());
		if (itemId == null) {
			errors.put("itemId", words.text("care.problem.assign.chooseItem"));
		}
		else {
			item = library.find(itemId).orElse(null);
			if (item == null) {
				errors.put("itemId", words.text("care.problem.assign.noItem", String.valueOf(itemId)));
			}
			else if (!item.active()) {
				errors.put("itemId", words.text("care.problem.assign.inactive", item.name()));
			}
		}
		String dose = form.dose() == null ? "" : form.dose().strip();
		if (dose.length() > 200) {
			errors.put("dose", words.text("care.problem.assign.dose"));
		}
		Integer days = null;
		if (form.daysPerWeek() != null && !form.daysPerWeek().isBlank()) {
			days = SelfCareLibrary.daysPerWeek(form.daysPerWeek());
			if (days == null) {
				errors.put("daysPerWeek", words.text("care.problem.assign.daysPerWeek"));
			}
		}
		LocalDate start = date(form.startDate(), "startDate", errors);
		LocalDate end = date(form.endDate(), "endDate", errors);
		if (start == null && !errors.containsKey("startDate")) {
			start = today;
		}
		if (start != null && start.isBefore(today.minusDays(TICK_DAYS - 1))) {
			errors.put("startDate", words.text("care.problem.assign.start"));
		}
		if (start != null && end != null && end.isBefore(start)) {
			errors.put("endDate", words.text("care.problem.assign.endBeforeStart"));
		}
		if (!errors.isEmpty()) {
			throw ApiProblem.invalid(errors);
		}
		List<Caution> conflicts = SelfCareConflicts.of(item.conflicts(), cautions(clientId));
		if (!conflicts.isEmpty()) {
			String reason = SelfCareConflicts.reason(item.name(), conflicts, item.conflictNote(), words);
			audit.record("SELF_CARE_ASSIGNMENT_REFUSED", "client", clientId, AuditOutcome.DENIED,
					item.name() + " conflicts with " + conflicts.stream().map(Caution::code).toList());
			throw ApiProblem.unprocessable(reason)
				.with("cautions", conflicts.stream().map(Caution::code).toList())
				.with("itemId", item.id());
		}
		int running = jdbc.sql("""
				select count(*) from self_care_assignment
				where client_id = :client and item_id = :item and removed_at is null
				  and (end_date is null or end_date >= :start)
				""").param("client", clientId).param("item", item.id()).param("start", start).query(Integer.class).single();
		if (running > 0) {
			throw ApiProblem.conflict(words.text("care.problem.assign.already", item.name()));
		}
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into self_care_assignment (client_id, item_id, dose, days_per_week, start_date, end_date,
				                                  assigned_by, assigned_at)
				values (:client, :item, :dose, :days, :start, :end, :user, :now)
				""")
			.param("client", clientId)
			.param("item", item.id())
			.param("dose", dose.isEmpty() ? item.dose() : dose)
			.param("days", days == null ? item.daysPerWeek() : days)
			.param("start", start)
			.param("end", end)
			.param("user", userId)
			.param("now", Db.utc(now()))
			.update(keys, "id");
		long id = keys.getKey().longValue();
		audit.record("SELF_CARE_ASSIGNED", "client", clientId, AuditOutcome.SUCCESS,
				"assignment " + id + ": " + item.name() + " from " + start + (end == null ? "" : " to " + end));
		return find(clientId, id).orElseThrow();
	}

	/**
	 * Takes an item out of the client's program; its ticks stay on record.
	 * @throws ApiProblem 404 when the client has no such assignment
	 */
	@Transactional
	public void remove(long clientId, long assignmentId, long userId) {
		int removed = jdbc.sql("""
				update self_care_assignment set removed_at = :now, removed_by = :user
				where id = :id and client_id = :client and removed_at is null
				""")
			.param("now", Db.utc(now()))
			.param("user", userId)
			.param("id", assignmentId)
			.param("client", clientId)
			.update();
		if (removed != 1) {
			throw ApiProblem.notFound(words.text("care.problem.program.noItem", String.valueOf(assignmentId)));
		}
		audit.record("SELF_CARE_REMOVED", "client", clientId, AuditOutcome.SUCCESS, "assignment " + assignmentId);
	}

	/**
	 * The client records that they did (or, {@code done} false, did not do) an item on a day. Ticking a
	 * day twice changes nothing. Not one transaction on purpose: the tick is a single statement, and a
	 * second tick racing the first meets the primary key and is simply already there.
	 * @param clientId the signed-in client's own record
	 * @param day the day, or null for today (the clinic's)
	 * @throws ApiProblem 404 when the assignment is not in this client's program; 400 (field
	 *         {@code date}) for a future day, a day more than 6 days back, or outside the item's dates
	 */
	public SelfCareAssignment tick(long clientId, long assignmentId, LocalDate day, boolean done) {
		SelfCareAssignment assignment = ownAssignment(clientId, assignmentId);
		LocalDate today = clinicTime.today();
		LocalDate date = day == null ? today : day;
		if (date.isAfter(today)) {
			throw ApiProblem.badRequest("date", words.text("care.problem.tick.future", today.toString()));
		}
		if (date.isBefore(today.minusDays(TICK_DAYS - 1))) {
			throw ApiProblem.badRequest("date",
					words.text("care.problem.tick.tooLongAgo", today.minusDays(TICK_DAYS - 1).toString(), date.toString()));
		}
		if (date.isBefore(assignment.startDate())) {
			throw ApiProblem.badRequest("date", words.text("care.problem.tick.beforeStart", assignment.item().name(),
					assignment.startDate().toString()));
		}
		if (assignment.endDate() != null && date.isAfter(assignment.endDate())) {
			throw ApiProblem.badRequest("date",
					words.text("care.problem.tick.afterEnd", assignment.item().name(), assignment.endDate().toString()));
		}
		if (done) {
			try {
				jdbc.sql("""
						insert into self_care_tick (assignment_id, done_on, recorded_at)
						select :id, :day, :now where not exists
						  (select 1 from self_care_tick where assignment_id = :id and done_on = :day)
						""").param("id", assignmentId).param("day", date).param("now", Db.utc(now())).update();
			}
			catch (DuplicateKeyException alreadyTicked) {
				// A second tick of the same day raced this one: the day is ticked, which is what was asked.
			}
		}
		else {
			jdbc.sql("delete from self_care_tick where assignment_id = :id and done_on = :day")
				.param("id", assignmentId)
				.param("day", date)
				.update();
		}
		audit.record(done ? "SELF_CARE_TICKED" : "SELF_CARE_UNTICKED", "client", clientId, AuditOutcome.SUCCESS,
				"assignment " + assignmentId + " on " + date);
		return find(clientId, assignmentId).orElseThrow();
	}

	/**
	 * One assignment of the client's own program; an assignment of another client is refused exactly as
	 * one that does not exist (and audited as denied).
	 */
	/** Whose program an item is in (no audit: the caller checks who may act for that client). */
	Optional<Long> clientOf(long assignmentId) {
		return jdbc.sql("select client_id from self_care_assignment where id = :id")
			.param("id", assignmentId)
			.query(Long.class)
			.optional();
	}

	SelfCareAssignment ownAssignment(long clientId, long assignmentId) {
		Optional<SelfCareAssignment> own = find(clientId, assignmentId);
		if (own.isPresent()) {
			return own.get();
		}
		Long owner = clientOf(assignmentId).orElse(null);
		if (owner != null && owner != clientId) {
			audit.record("SELF_CARE_TICK_DENIED", "client", owner, AuditOutcome.DENIED,
					"assignment " + assignmentId + " of another client, asked for by client " + clientId);
		}
		throw ApiProblem.notFound(words.text("care.problem.program.notYours", String.valueOf(assignmentId)));
	}

	/** Whether the client asked for the weekly reminder email. */
	public boolean weeklyReminder(long clientId) {
		return jdbc.sql("select weekly from self_care_reminder_preference where client_id = :client")
			.param("client", clientId)
			.query(Boolean.class)
			.optional()
			.orElse(false);
	}

	/** The client opts in to (or out of) the weekly reminder email; audited. */
	@Transactional
	public void setWeeklyReminder(long clientId, boolean weekly) {
		requireClient(clientId);
		int changed = jdbc.sql("update self_care_reminder_preference set weekly = :weekly, changed_at = :now where client_id = :client")
			.param("weekly", weekly)
			.param("now", Db.utc(now()))
			.param("client", clientId)
			.update();
		if (changed == 0) {
			jdbc.sql("insert into self_care_reminder_preference (client_id, weekly, changed_at) values (:client, :weekly, :now)")
				.param("client", clientId)
				.param("weekly", weekly)
				.param("now", Db.utc(now()))
				.update();
		}
		audit.record("SELF_CARE_REMINDER_PREFERENCE", "client", clientId, AuditOutcome.SUCCESS,
				weekly ? "weekly reminder on" : "weekly reminder off");
	}

	/** The items running today, for the weekly reminder (the reminder job audits what it sends). */
	List<SelfCareAssignment> assignmentsForReminder(long clientId, LocalDate today) {
		return assignments(clientId, null).stream().filter(a -> a.current(today)).toList();
	}

	private Optional<SelfCareAssignment> find(long clientId, long assignmentId) {
		return assignments(clientId, assignmentId).stream().findFirst();
	}

	private SelfCareProgram load(long clientId) {
		LocalDate today = clinicTime.today();
		List<SelfCareAssignment> list = assignments(clientId, null);
		SelfCareAdherence.Result overall = SelfCareAdherence
			.combined(list.stream().map(SelfCareAssignment::adherence).toList());
		return new SelfCareProgram(clientId, today, list, overall, weeklyReminder(clientId));
	}

	private record Row(long id, long clientId, long itemId, String dose, int daysPerWeek, LocalDate start,
			LocalDate end, Instant assignedAt) {
	}

	/** The client's assignments that were not removed (one of them when an id is given), in start order. */
	private List<SelfCareAssignment> assignments(long clientId, Long assignmentId) {
		List<Row> rows = jdbc.sql("select * from self_care_assignment where client_id = :client and removed_at is null"
				+ (assignmentId == null ? "" : " and id = :id") + " order by start_date, id")
			.param("client", clientId)
			.param("id", assignmentId == null ? -1L : assignmentId)
			.query((rs, i) -> new Row(rs.getLong("id"), rs.getLong("client_id"), rs.getLong("item_id"),
					rs.getString("dose"), rs.getInt("days_per_week"), rs.getObject("start_date", LocalDate.class),
					rs.getObject("end_date", LocalDate.class), Db.instant(rs, "assigned_at")))
			.list();
		if (rows.isEmpty()) {
			return List.of();
		}
		Map<Long, Set<LocalDate>> ticks = new HashMap<>();
		jdbc.sql("select assignment_id, done_on from self_care_tick where assignment_id in (:ids)")
			.param("ids", rows.stream().map(Row::id).toList())
			.query(rs -> {
				ticks.computeIfAbsent(rs.getLong("assignment_id"), k -> new HashSet<>())
					.add(rs.getObject("done_on", LocalDate.class));
			});
		Map<Long, SelfCareItem> items = new HashMap<>();
		LocalDate today = clinicTime.today();
		List<SelfCareAssignment> list = new ArrayList<>();
		for (Row r : rows) {
			SelfCareItem item = items.computeIfAbsent(r.itemId(), id -> library.find(id).orElseThrow());
			Set<LocalDate> done = ticks.getOrDefault(r.id(), Set.of());
			list.add(new SelfCareAssignment(r.id(), r.clientId(), item, r.dose(), r.daysPerWeek(), r.start(), r.end(),
					r.assignedAt(), done, SelfCareAdherence.of(r.start(), r.end(), r.daysPerWeek(), done, today)));
		}
		return list;
	}

	private void requireClient(long clientId) {
		if (!clients.exists(clientId)) {
			throw ApiProblem.notFound(words.text("care.problem.noClient", String.valueOf(clientId)));
		}
	}

	private LocalDate date(String text, String field, Map<String, String> errors) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			errors.put(field, words.text("care.problem.dateExample", LocalDate.of(2026, 12, 1).toString()));
			return null;
		}
	}

	private static Long parseLong(String text) {
		try {
			return text == null || text.isBlank() ? null : Long.parseLong(text.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

}
