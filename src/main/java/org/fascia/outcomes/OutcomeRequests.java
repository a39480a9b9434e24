package org.fascia.outcomes;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.fascia.audit.AuditLog;
import org.fascia.audit.AuditOutcome;
import org.fascia.intake.IntakeSubmitted;
import org.fascia.platform.ApiProblem;
import org.fascia.platform.Db;
import org.fascia.platform.Words;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outcome schedule (OUTCOMES.md "Schedule", issue 6 requirement 4): the baseline set when the client submits
 * the intake, the NPRS before every treatment visit (and PEG every second visit), the baseline set again at weeks
 * 4-6 and week 10 of a care plan and at discharge (the care module asks for those through
 * {@link #schedulePlan} and {@link #discharge}). Each round is a row written in the transaction that causes it
 * (unique per client, visit or plan round, so exactly once on any number of nodes); a scheduled job mails it
 * through the outbox with a single-use, expiring link that opens only that questionnaire and needs no password.
 * A link that expires unanswered is re-sent once with a new link; when that one expires too the round is marked
 * missed and shown to the therapist.
 */
@Service
public class OutcomeRequests {

	private static final Logger log = LoggerFactory.getLogger(OutcomeRequests.class);

	/** How long a round's link is valid: a week for the baseline, week 10 and discharge. */
	static final int WEEK_HOURS = 7 * 24;

	/** Weeks 4 to 6: the review link, sent at week 4, is valid for two weeks. */
	static final int REVIEW_HOURS = 14 * 24;

	/** The visit's NPRS is asked a day before; the first link ends 3 h before the start, the re-sent one 30 min after. */
	static final Duration VISIT_ASK_BEFORE = Duration.ofHours(24);

	static final Duration VISIT_FIRST_UNTIL = Duration.ofHours(3);

	static final Duration VISIT_LAST_AFTER = Duration.ofMinutes(30);

	private final JdbcClient jdbc;

	private final OutcomeResponses responses;

	private final InstrumentLibrary library;

	private final OutcomeMails mails;

	private final AuditLog audit;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final Words words;

	OutcomeRequests(JdbcClient jdbc, OutcomeResponses responses, InstrumentLibrary library, OutcomeMails mails,
			AuditLog audit, PlatformTransactionManager transactions, Clock clock, Words words) {
		this.jdbc = jdbc;
		this.responses = responses;
		this.library = library;
		this.mails = mails;
		this.audit = audit;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
		this.words = words;
	}

	// ---------------------------------------------------------------- scheduling

	/** The baseline set, asked in the intake's own transaction (so a committed intake always has its request). */
	@EventListener
	void onIntake(IntakeSubmitted event) {
		if (event.kind() != IntakeSubmitted.Kind.INTAKE) {
			return;
		}
		if (responses.hasBaseline(event.clientId(), Instrument.NPRS)) {
			return;
		}
		schedule(event.clientId(), OutcomeRound.BASELINE, "BASELINE:client:" + event.clientId(), null, null,
				now(), WEEK_HOURS);
	}

	/**
	 * The plan's rounds: the baseline set at week 4 after {@code start} (its link valid to week 6), at week 10, and at
	 * discharge, two hours after the start of the plan's last session ({@code lastSession}; null when unknown, then
	 * {@link #discharge} asks it). Called by the care module when a plan is booked; calling it again changes nothing.
	 */
	@Transactional
	public void schedulePlan(long clientId, long planRef, Instant start, Instant lastSession) {
		schedule(clientId, OutcomeRound.REVIEW, "REVIEW:plan:" + planRef, null, planRef, start.plus(Duration.ofDays(28)),
				REVIEW_HOURS);
		schedule(clientId, OutcomeRound.WEEK_10, "WEEK_10:plan:" + planRef, null, planRef,
				start.plus(Duration.ofDays(70)), WEEK_HOURS);
		if (lastSession != null) {
			schedule(clientId, OutcomeRound.DISCHARGE, "DISCHARGE:plan:" + planRef, null, planRef,
					lastSession.plus(Duration.ofHours(2)), WEEK_HOURS);
		}
	}

	/**
	 * Discharge now (the plan ends early): the plan's rounds not yet sent are cancelled and the discharge round is
	 * due at once (moved forward if it was scheduled for later).
	 */
	@Transactional
	public void discharge(long clientId, long planRef) {
		Instant now = now();
		jdbc.sql("""
				update outcome_request set cancelled_at = :now
				where plan_ref = :plan and client_id = :client and sent_at is null and completed_at is null
				  and cancelled_at is null and round in ('REVIEW', 'WEEK_10')
				""").param("now", Db.utc(now)).param("plan", planRef).param("client", clientId).update();
		jdbc.sql("""
				update outcome_request set due_at = :now
				where plan_ref = :plan and client_id = :client and round = 'DISCHARGE' and sent_at is null and due_at > :now
				""").param("now", Db.utc(now)).param("plan", planRef).param("client", clientId).update();
		schedule(clientId, OutcomeRound.DISCHARGE, "DISCHARGE:plan:" + planRef, null, planRef, now, WEEK_HOURS);
	}

	/** Inserts a round unless its key exists; true when it was new. */
	boolean schedule(long clientId, OutcomeRound round, String key, Long appointmentId, Long planRef, Instant due,
			int validHours) {
		List<Instrument> instruments = round == OutcomeRound.VISIT ? visitSet(clientId) : fullSet();
		int inserted = jdbc.sql("""
				insert into outcome_request (client_id, round, dedupe_key, instruments, appointment_id, plan_ref, due_at,
				                             valid_for_hours, created_at)
				select :client, :round, :key, :instruments, cast(:appointment as bigint), cast(:plan as bigint), :due, :valid, :now
				where not exists (select 1 from outcome_request where dedupe_key = :key)
				""")
			.param("client", clientId)
			.param("round", round.name())
			.param("key", key)
			.param("instruments", String.join(",", instruments.stream().map(Instrument::name).toList()))
			.param("appointment", appointmentId)
			.param("plan", planRef)
			.param("due", Db.utc(due))
			.param("valid", validHours)
			.param("now", Db.utc(now()))
			.update();
		if (inserted > 0) {
			audit.record("OUTCOME_REQUEST_SCHEDULED", "client", clientId, AuditOutcome.SUCCESS, round + " " + instruments);
		}
		return inserted > 0;
	}

	/** NPRS, PEG and PSFS, plus each licensed instrument the clinic has imported with its text. */
	List<Instrument> fullSet() {
		List<Instrument> set = new ArrayList<>(List.of(Instrument.NPRS, Instrument.PEG, Instrument.PSFS));
		for (Instrument licensed : List.of(Instrument.RMDQ, Instrument.ODI, Instrument.STARTBACK)) {
			if (library.definition(licensed).withText()) {
				set.add(licensed);
			}
		}
		return set;
	}

	/** NPRS every visit, and PEG every second visit (the 2nd, 4th, ...). */
	private List<Instrument> visitSet(long clientId) {
		int earlier = jdbc.sql("select count(*) from outcome_request where client_id = :c and round = 'VISIT'")
			.param("c", clientId)
			.query(Integer.class)
			.single();
		return (earlier + 1) % 2 == 0 ? List.of(Instrument.NPRS, Instrument.PEG) : List.of(Instrument.NPRS);
	}

	// ---------------------------------------------------------------- the job

	/** What one run of the job did. */
	public record Run(int scheduled, int sent, int resent, int missed) {
	}

	/** Schedules the coming visits' NPRS, sends what is due, re-sends once, marks the rest missed. */
	@Scheduled(fixedDelayString = "${fascia.outcomes.poll:1m}", initialDelayString = "${fascia.outcomes.poll:1m}")
	public Run sendDue() {
		Instant now = now();
		int scheduled = 0;
		for (VisitCandidate visit : jdbc.sql("""
				select a.id, a.client_id, a.start_at from appointment a join service s on s.id = a.service_id
				where a.status = 'BOOKED' and s.kind = 'TREATMENT' and a.start_at > :now and a.start_at <= :until
				  and not exists (select 1 from outcome_request r where r.appointment_id = a.id and r.round = 'VISIT')
				order by a.start_at
				""").param("now", Db.utc(now)).param("until", Db.utc(now.plus(VISIT_ASK_BEFORE)))
			.query((rs, i) -> new VisitCandidate(rs.getLong("id"), rs.getLong("client_id"), Db.instant(rs, "start_at")))
			.list()) {
			scheduled += each("schedule visit " + visit.appointmentId(), () -> schedule(visit.clientId(), OutcomeRound.VISIT,
					"VISIT:appointment:" + visit.appointmentId(), visit.appointmentId(), null, now, 1));
		}
		int sent = 0;
		for (long id : ids("sent_at is null and due_at <= :now", now)) {
			sent += each("send " + id, () -> send(id, now, false));
		}
		int resent = 0;
		for (long id : ids("sent_at is not null and resent_at is null and expires_at <= :now", now)) {
			resent += each("re-send " + id, () -> send(id, now, true));
		}
		int missed = 0;
		for (long id : ids("resent_at is not null and expires_at <= :now", now)) {
			missed += each("miss " + id, () -> markMissed(id, now));
		}
		return new Run(scheduled, sent, resent, missed);
	}

	private record VisitCandidate(long appointmentId, long clientId, Instant start) {
	}

	private List<Long> ids(String condition, Instant now) {
		return jdbc.sql("select id from outcome_request where completed_at is null and cancelled_at is null and missed_at is null and "
				+ condition + " order by due_at, id").param("now", Db.utc(now)).query(Long.class).list();
	}

	private int each(String what, java.util.function.BooleanSupplier step) {
		try {
			Boolean done = transaction.execute(tx -> step.getAsBoolean());
			return Boolean.TRUE.equals(done) ? 1 : 0;
		}
		catch (RuntimeException ex) {
			// one bad row must not stop the others; the next run tries it again
			log.warn("Outcome request: {} failed: {}", what, ex.toString());
			return 0;
		}
	}

	private boolean send(long id, Instant now, boolean again) {
		OutcomeRequest request = find(id).orElseThrow();
		if (request.appointmentId() != null && !visitStillBooked(request.appointmentId())) {
			jdbc.sql("update outcome_request set cancelled_at = :now where id = :id and cancelled_at is null")
				.param("now", Db.utc(now)).param("id", id).update();
			return false;
		}
		Instant expires = expiry(request, now, again);
		if (!expires.isAfter(now)) {
			return again && markMissed(id, now);
		}
		String token = newToken();
		int updated = jdbc.sql(again ? """
				update outcome_request set token_hash = :hash, resent_at = :now, expires_at = :expires
				where id = :id and resent_at is null and completed_at is null
				""" : """
				update outcome_request set token_hash = :hash, sent_at = :now, expires_at = :expires
				where id = :id and sent_at is null and completed_at is null
				""").param("hash", digest(token)).param("now", Db.utc(now)).param("expires", Db.utc(expires)).param("id", id)
			.update();
		if (updated == 0) {
			return false;
		}
		mails.ask(request, token, expires, again);
		audit.record(again ? "OUTCOME_REQUEST_RESENT" : "OUTCOME_REQUEST_SENT", "client", request.clientId(),
				AuditOutcome.SUCCESS, request.round() + " " + request.instruments());
		return true;
	}

	/** When a link sent at {@code now} ends: a visit's first link 3 h before the start (or 30 min after it when the
	 * visit is nearer), its re-sent link 30 min after the start; the other rounds after their validity. */
	private Instant expiry(OutcomeRequest request, Instant now, boolean again) {
		if (request.round() != OutcomeRound.VISIT) {
			int hours = jdbc.sql("select valid_for_hours from outcome_request where id = :id").param("id", request.id())
				.query(Integer.class).single();
			return now.plus(Duration.ofHours(hours));
		}
		Instant start = visitStart(request.appointmentId());
		Instant first = start.minus(VISIT_FIRST_UNTIL);
		Instant last = start.plus(VISIT_LAST_AFTER);
		if (again) {
			return last;
		}
		return first.isAfter(now.plus(Duration.ofHours(1))) ? first : last;
	}

	private boolean markMissed(long id, Instant now) {
		int updated = jdbc.sql("update outcome_request set missed_at = :now where id = :id and completed_at is null and missed_at is null")
			.param("now", Db.utc(now)).param("id", id).update();
		if (updated > 0) {
			OutcomeRequest request = find(id).orElseThrow();
			audit.record("OUTCOME_REQUEST_MISSED", "client", request.clientId(), AuditOutcome.SUCCESS,
					request.round() + " " + request.instruments());
		}
		return updated > 0;
	}

	private boolean visitStillBooked(long appointmentId) {
		return jdbc.sql("select count(*) from appointment where id = :a and status = 'BOOKED'").param("a", appointmentId)
			.query(Integer.class).single() > 0;
	}

	private Instant visitStart(long appointmentId) {
		return jdbc.sql("select start_at from appointment where id = :a").param("a", appointmentId)
			.query((rs, i) -> Db.instant(rs, "start_at")).single();
	}

	// ---------------------------------------------------------------- answering

	/** The request a link opens while it can be answered (unknown, used, expired, cancelled: empty). */
	@Transactional(readOnly = true)
	public Optional<OutcomeRequest> open(String token) {
		if (token == null || token.isBlank() || token.length() > 100) {
			return Optional.empty();
		}
		return jdbc.sql(SELECT + " where token_hash = :h").param("h", digest(token)).query(this::map).optional()
			.filter(r -> r.open(now()));
	}

	/** A client's rounds they can answer now in the portal, oldest first. */
	@Transactional(readOnly = true)
	public List<OutcomeRequest> openFor(long clientId) {
		Instant now = now();
		return jdbc.sql(SELECT + " where client_id = :c and completed_at is null and cancelled_at is null and missed_at is null"
				+ " and due_at <= :now order by due_at, id").param("c", clientId).param("now", Db.utc(now))
			.query(this::map).list().stream().filter(r -> r.open(now)).toList();
	}

	/** One of a client's requests (empty when it is another client's). */
	@Transactional(readOnly = true)
	public Optional<OutcomeRequest> find(long clientId, long requestId) {
		return find(requestId).filter(r -> r.clientId() == clientId);
	}

	Optional<OutcomeRequest> find(long id) {
		return jdbc.sql(SELECT + " where id = :id").param("id", id).query(this::map).optional();
	}

	/** A client's PSFS activities from their baseline, which later rounds rate again. */
	@Transactional(readOnly = true)
	public List<String> baselineActivities(long clientId) {
		return responses.baselineActivities(clientId);
	}

	/** What answering a round stored: each score with its change against baseline where there is one. */
	public record Answered(OutcomeRequest request, List<StoredResponse> scores, List<Progress> progress) {

		/** Whether any measure is now worse than the baseline by its MCID (the client is asked to re-screen). */
		public boolean worse() {
			return progress.stream().anyMatch(Progress::worse);
		}

	}

	/**
	 * Answers a round through its emailed link: every instrument's answers are checked first, then all are stored
	 * and the link is spent, in one transaction.
	 * @throws ApiProblem 410 when the link is used, expired or unknown; 400 naming {@code <instrument>.<linkId>}
	 *         for every invalid answer (nothing is stored then)
	 */
	@Transactional
	public Answered answer(String token, Map<Instrument, Map<String, Object>> answers) {
		OutcomeRequest request = open(token).orElseThrow(() -> {
			audit.record("OUTCOME_LINK_REFUSED", "outcome_request", null, AuditOutcome.DENIED, "used, expired or unknown");
			return ApiProblem.gone(words.text("outcomes.problem.linkGone"));
		});
		return complete(request, answers, OutcomeSource.CLIENT_LINK, null);
	}

	/** Answers one of the client's own open rounds in the portal. @throws ApiProblem 404 when it is not theirs or not open */
	@Transactional
	public Answered answerInPortal(long clientId, long requestId, Map<Instrument, Map<String, Object>> answers) {
		OutcomeRequest request = find(clientId, requestId).filter(r -> r.open(now()))
			.orElseThrow(
					() -> ApiProblem.notFound(words.text("outcomes.problem.noOpenQuestionnaire", String.valueOf(requestId))));
		return complete(request, answers, OutcomeSource.PORTAL, null);
	}

	private Answered complete(OutcomeRequest request, Map<Instrument, Map<String, Object>> answers, OutcomeSource source,
			Long userId) {
		Map<String, String> errors = new LinkedHashMap<>();
		for (Instrument instrument : request.instruments()) {
			try {
				OutcomeResponses.score(instrument, answers.getOrDefault(instrument, Map.of()));
			}
			catch (ApiProblem problem) {
				errors.putAll(problem.errors().isEmpty() ? Map.of(problem.field(), problem.getBody().getDetail())
						: problem.errors());
			}
		}
		if (!errors.isEmpty()) {
			throw ApiProblem.invalid(errors);
		}
		int updated = jdbc.sql("update outcome_request set completed_at = :now where id = :id and completed_at is null")
			.param("now", Db.utc(now())).param("id", request.id()).update();
		if (updated == 0) {
			throw ApiProblem.gone(words.text("outcomes.problem.alreadyAnswered"));
		}
		List<StoredResponse> stored = new ArrayList<>();
		for (Instrument instrument : request.instruments()) {
			if (request.appointmentId() != null && responses.visitScore(request.appointmentId(), instrument).isPresent()) {
				continue; // the therapist recorded it at the session first
			}
			stored.add(responses.record(request.clientId(), new OutcomeResponses.NewResponse(instrument, request.round(),
					request.appointmentId(), request.id(), answers.get(instrument), source, userId)));
		}
		List<StoredResponse> all = responses.load(request.clientId());
		List<Progress> progress = new ArrayList<>();
		for (StoredResponse s : stored) {
			Progress.of(s.instrument(), all).ifPresent(progress::add);
		}
		return new Answered(request, stored, progress);
	}

	/**
	 * The NPRS before treatment recorded by the therapist on the session page (when the client has not given it
	 * on their phone); it answers the visit's request, if there is one.
	 */
	@Transactional
	public StoredResponse recordAtSession(long clientId, long appointmentId, Object pain, long userId) {
		StoredResponse stored = responses.record(clientId, new OutcomeResponses.NewResponse(Instrument.NPRS,
				OutcomeRound.VISIT, appointmentId, null, Map.of("pain", pain), OutcomeSource.SESSION, userId));
		jdbc.sql("update outcome_request set completed_at = :now where appointment_id = :a and round = 'VISIT' and completed_at is null")
			.param("now", Db.utc(now())).param("a", appointmentId).update();
		return stored;
	}

	// ---------------------------------------------------------------- missed, for the therapist

	/** A round the client did not answer after the re-sent link, for the therapist's to-do list. */
	public record Missed(OutcomeRequest request, String clientName) {
	}

	/**
	 * The rounds missed in the last 30 days: of the clients a therapist has appointments with, or everyone's for
	 * the owner ({@code therapistUserId} null); audited.
	 */
	@Transactional(readOnly = true)
	public List<Missed> missed(Long therapistUserId) {
		Instant since = now().minus(Duration.ofDays(30));
		List<Missed> list = jdbc.sql(SELECT.replace("from outcome_request r", """
				, c.first_name || ' ' || c.last_name as client_name from outcome_request r join client c on c.id = r.client_id""")
				+ """
						 where r.missed_at >= :since and (cast(:therapist as bigint) is null or exists (
						   select 1 from appointment a join therapist t on t.id = a.therapist_id
						   where a.client_id = r.client_id and t.user_id = :therapist))
						order by r.missed_at desc
						""")
			.param("since", Db.utc(since))
			.param("therapist", therapistUserId)
			.query((rs, i) -> new Missed(map(rs, i), rs.getString("client_name")))
			.list();
		audit.record("OUTCOME_REQUEST_READ", "user", therapistUserId, AuditOutcome.SUCCESS, list.size() + " missed");
		return list;
	}

	/** A client's rounds, newest first (staff, for the record); audited. */
	@Transactional(readOnly = true)
	public List<OutcomeRequest> forClient(long clientId) {
		audit.record("OUTCOME_REQUEST_READ", "client", clientId, AuditOutcome.SUCCESS, null);
		return jdbc.sql(SELECT + " where client_id = :c order by due_at desc, id desc").param("c", clientId)
			.query(this::map).list();
	}

	private static final String SELECT = "select r.* from outcome_request r";

	private OutcomeRequest map(ResultSet rs, int row) throws SQLException {
		long appointment = rs.getLong("appointment_id");
		Long appointmentId = rs.wasNull() ? null : appointment;
		long plan = rs.getLong("plan_ref");
		Long planRef = rs.wasNull() ? null : plan;
		return new OutcomeRequest(rs.getLong("id"), rs.getLong("client_id"), OutcomeRound.valueOf(rs.getString("round")),
				Arrays.stream(rs.getString("instruments").split(",")).map(Instrument::valueOf).toList(), appointmentId,
				planRef, Db.instant(rs, "due_at"), Db.instant(rs, "sent_at"), Db.instant(rs, "expires_at"),
				Db.instant(rs, "resent_at"), Db.instant(rs, "completed_at"), Db.instant(rs, "missed_at"),
				Db.instant(rs, "cancelled_at"));
	}

	/** The clock's instant to the microsecond, as the databases store it (so "due at now" is never rounded past now). */
	private Instant now() {
		return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
	}

	static String newToken() {
		return org.fascia.platform.Secrets.newSecret("");
	}

	static String digest(String token) {
		return org.fascia.platform.Secrets.digest(token);
	}

}
