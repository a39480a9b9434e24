package org.fascia.charting;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fascia.audit.AuditLog;
import org.fascia.audit.AuditOutcome;
import org.fascia.identity.FasciaUser;
import org.fascia.platform.ApiProblem;
import org.fascia.platform.Db;
import org.fascia.platform.Words;
import org.fascia.screening.Caution;
import org.fascia.screening.ScreeningRecords;
import org.fascia.screening.StoredScreening;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The treatment and comfort log of a session (issue 5, requirement 5): per region worked, the technique,
 * pressure 1–5 and the client's comfort. Every entry is checked against the client's current screening
 * cautions ({@link CautionCheck}); one that breaks a caution is refused naming it, nothing of the request
 * is written, and the refusal is audited. Access is checked here for every call ({@link NoteAccess}).
 */
@Service
public class TreatmentLog {

	private static final RowMapper<LoggedEntry> ROW = (rs, i) -> new LoggedEntry(rs.getLong("id"),
			rs.getLong("appointment_id"), BodyRegion.valueOf(rs.getString("region")),
			Technique.valueOf(rs.getString("technique")), rs.getInt("pressure"), Comfort.valueOf(rs.getString("comfort")),
			rs.getObject("reduced_pressure", Integer.class), rs.getLong("recorded_by"), rs.getString("recorded_by_name"),
			Db.instant(rs, "recorded_at"));

	private static final String SELECT = """
			select e.*, u.display_name as recorded_by_name from treatment_log_entry e
			join app_user u on u.id = e.recorded_by
			""";

	private final JdbcClient jdbc;

	private final NoteAccess access;

	private final ScreeningRecords screenings;

	private final LogLock lock;

	private final AuditLog audit;

	private final Clock clock;

	private final Words words;

	TreatmentLog(JdbcClient jdbc, NoteAccess access, ScreeningRecords screenings, LogLock lock, AuditLog audit,
			Clock clock, Words words) {
		this.jdbc = jdbc;
		this.access = access;
		this.screenings = screenings;
		this.lock = lock;
		this.audit = audit;
		this.clock = clock;
		this.words = words;
	}

	/**
	 * Logs one entry per region of the form, all or nothing.
	 * @return the entries written, in the order of the regions
	 * @throws ApiProblem 404 unknown appointment; 403 not the owner or the client's therapist; 400 naming each
	 *         invalid field; 409 when the log is locked (the note is signed); 422 when an entry breaks a
	 *         caution, with the member {@code cautions: [{code, text}]} (and {@code refusals}, one per entry)
	 */
	@Transactional
	public List<LoggedEntry> record(long appointmentId, NewEntry entry, FasciaUser user) {
		SessionAppointment appointment = access.check(user, appointmentId, NoteAccess.Area.TREATMENT_LOG);
		if (lock.lockedFor(appointmentId)) {
			throw ApiProblem.conflict(words.text("charting.problem.log.locked"));
		}
		Map<String, String> errors = new LinkedHashMap<>();
		List<TreatmentEntry> entries = entry.entries(words, errors);
		if (!errors.isEmpty()) {
			throw ApiProblem.invalid(errors);
		}
		List<Caution> cautions = currentCautions(appointment.clientId());
		List<CautionCheck.Refusal> refusals = new ArrayList<>();
		Integer lastMax = lastSessionMax(appointment.clientId(), appointment.start());
		for (TreatmentEntry e : entries) {
			refusals.addAll(CautionCheck.check(e, cautions, lastMax, words));
		}
		if (!refusals.isEmpty()) {
			List<Map<String, String>> broken = refusals.stream()
				.map(r -> Map.of("code", r.code(), "text", r.text()))
				.distinct()
				.toList();
			audit.record("TREATMENT_LOG_REFUSED", "appointment", appointmentId, AuditOutcome.DENIED,
					"client " + appointment.clientId() + ": " + String.join("; ",
							refusals.stream().map(CautionCheck.Refusal::message).distinct().toList()));
			throw ApiProblem.unprocessable(words.text("charting.problem.log.notLogged", String.join(" ",
					refusals.stream().map(CautionCheck.Refusal::message).distinct().toList())))
				.with("cautions", broken)
				.with("refusals", refusals.stream().map(CautionCheck.Refusal::message).distinct().toList());
		}
		Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
		for (TreatmentEntry e : entries) {
			jdbc.sql("""
					insert into treatment_log_entry (appointment_id, client_id, region, technique, pressure, comfort,
					                                 reduced_pressure, recorded_by, recorded_at)
					values (:appointment, :client, :region, :technique, :pressure, :comfort, :reduced, :user, :now)
					""")
				.param("appointment", appointmentId)
				.param("client", appointment.clientId())
				.param("region", e.region().code())
				.param("technique", e.technique().name())
				.param("pressure", e.pressure())
				.param("comfort", e.comfort().name())
				.param("reduced", e.reducedPressure())
				.param("user", user.id())
				.param("now", Db.utc(now))
				.update();
		}
		audit.record("TREATMENT_LOGGED", "appointment", appointmentId, AuditOutcome.SUCCESS,
				"client " + appointment.clientId() + ": " + entries.size() + " entr" + (entries.size() == 1 ? "y" : "ies")
						+ " " + entries.stream().map(e -> e.region().code()).toList() + ", " + entries.get(0).technique()
						+ " pressure " + entries.get(0).pressure() + ", " + entries.get(0).comfort());
		List<LoggedEntry> all = load(appointmentId);
		return all.subList(all.size() - entries.size(), all.size());
	}

	/** The appointment's log, in the order written; access checked and audited. */
	@Transactional(readOnly = true)
	public List<LoggedEntry> entries(long appointmentId, FasciaUser user) {
		access.check(user, appointmentId, NoteAccess.Area.TREATMENT_LOG);
		List<LoggedEntry> entries = load(appointmentId);
		audit.record("TREATMENT_LOG_READ", "appointment", appointmentId, AuditOutcome.SUCCESS,
				entries.size() + " entries");
		return entries;
	}

	/**
	 * The client's entries from sessions that started before this appointment, newest session first (and,
	 * within a session, the latest entry first): what {@link ComfortHistory} shows at the top of the next
	 * session. Access checked on the appointment; audited.
	 */
	@Transactional(readOnly = true)
	public List<LoggedEntry> earlierEntries(long clientId, long beforeAppointmentId, FasciaUser user) {
		SessionAppointment appointment = access.check(user, beforeAppointmentId, NoteAccess.Area.TREATMENT_LOG);
		if (appointment.clientId() != clientId) {
			throw ApiProblem.notFound(
					words.text("charting.problem.log.otherClient", String.valueOf(beforeAppointmentId)));
		}
		List<LoggedEntry> entries = jdbc.sql(SELECT + """
				join appointment a on a.id = e.appointment_id
				where e.client_id = :client and e.appointment_id <> :before and a.start_at < :start
				order by a.start_at desc, e.id desc
				""")
			.param("client", clientId)
			.param("before", beforeAppointmentId)
			.param("start", Db.utc(appointment.start()))
			.query(ROW)
			.list();
		audit.record("TREATMENT_LOG_READ", "client", clientId, AuditOutcome.SUCCESS,
				entries.size() + " entries before appointment " + beforeAppointmentId);
		return entries;
	}

	/**
	 * The regions worked in each of the client's sessions, in body-map order, for the client's own summaries
	 * (one statement): the caller has checked that the client is the signed-in one, and audits the read.
	 */
	java.util.Map<Long, List<BodyRegion>> regionsWorked(long clientId) {
		java.util.Map<Long, java.util.Set<BodyRegion>> worked = new java.util.HashMap<>();
		jdbc.sql("select appointment_id, region from treatment_log_entry where client_id = :client")
			.param("client", clientId)
			.query((rs, i) -> java.util.Map.entry(rs.getLong("appointment_id"), BodyRegion.valueOf(rs.getString("region"))))
			.list()
			.forEach(e -> worked.computeIfAbsent(e.getKey(), k -> java.util.EnumSet.noneOf(BodyRegion.class)).add(e.getValue()));
		java.util.Map<Long, List<BodyRegion>> lists = new java.util.HashMap<>();
		worked.forEach((appointment, regions) -> lists.put(appointment, List.copyOf(regions)));
		return lists;
	}

	/** Whether the appointment's log takes no more entries (see {@link LogLock}). */
	public boolean lockedFor(long appointmentId) {
		return lock.lockedFor(appointmentId);
	}

	/**
	 * The highest pressure of the client's latest session before {@code start} that has a log, or null: what
	 * {@code REDUCE_INTENSITY} ("less pressure than last time") compares with.
	 */
	Integer lastSessionMax(long clientId, Instant start) {
		return jdbc.sql("""
				select max(e.pressure) from treatment_log_entry e
				where e.appointment_id = (select a.id from appointment a
				                          where a.client_id = :client and a.start_at < :start
				                            and exists (select 1 from treatment_log_entry x where x.appointment_id = a.id)
				                          order by a.start_at desc limit 1)
				""").param("client", clientId).param("start", Db.utc(start)).query(Integer.class).optional().orElse(null);
	}

	/** The client's current screening cautions (none without a screening); the read is audited. */
	List<Caution> currentCautions(long clientId) {
		return screenings.current(clientId).map(StoredScreening::result).map(r -> r.cautions()).orElse(List.of());
	}

	private List<LoggedEntry> load(long appointmentId) {
		return jdbc.sql(SELECT + "where e.appointment_id = :appointment order by e.id")
			.param("appointment", appointmentId)
			.query(ROW)
			.list();
	}

}
