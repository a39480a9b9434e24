package org.fascia.outcomes;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.fascia.audit.AuditLog;
import org.fascia.audit.AuditOutcome;
import org.fascia.platform.ApiProblem;
import org.fascia.platform.Db;
import org.fascia.platform.Words;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.core.type.TypeReference;

/**
 * The stored outcome measures (table {@code outcome_response}, V21): each answer set scored by {@link Scoring}
 * and kept with its answers and the instrument version, so the score can be re-derived and exported. A client's
 * progress on a measure is the baseline (the BASELINE round, else the first score) followed by every later score,
 * judged by {@link Change}. Every read and write of a client's scores is audited.
 */
@Service
public class OutcomeResponses implements org.fascia.screening.ReScreenSignals {

	private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final InstrumentLibrary library;

	private final AuditLog audit;

	private final Clock clock;

	private final Words words;

	OutcomeResponses(JdbcClient jdbc, InstrumentLibrary library, AuditLog audit, Clock clock, Words words) {
		this.jdbc = jdbc;
		this.library = library;
		this.audit = audit;
		this.clock = clock;
		this.words = words;
	}

	/** What to store: the answers of one instrument for one round, who gave them and where. */
	public record NewResponse(Instrument instrument, OutcomeRound round, Long appointmentId, Long requestId,
			Map<String, Object> answers, OutcomeSource source, Long enteredBy) {
	}

	/**
	 * Scores and stores one response in the caller's transaction.
	 * @throws ApiProblem 400 naming {@code <instrument>.<linkId>} when an answer is missing, unknown or out of range;
	 *         409 when this visit already has a score of this instrument (nothing is stored then)
	 */
	@Transactional
	public StoredResponse record(long clientId, NewResponse response) {
		Score score = score(response.instrument(), response.answers());
		if (response.appointmentId() != null && visitScore(response.appointmentId(), response.instrument()).isPresent()) {
			throw ApiProblem.conflict(words.text("outcomes.problem.visitScored", response.instrument().name()));
		}
		Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
		Map<String, Object> answers = new LinkedHashMap<>();
		response.answers().forEach((k, v) -> {
			if (v != null) {
				answers.put(k, v instanceof String s ? s.strip() : v);
			}
		});
		Integer activities = response.instrument() == Instrument.PSFS
				? (int) answers.keySet().stream().filter(k -> k.matches("activity[1-3]")).count() : null;
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into outcome_response (client_id, instrument, instrument_version, round, appointment_id, request_id,
				                              answers, score, band, subscale, risk_group, activities, source, entered_by, taken_at)
				values (:client, :instrument, :version, :round, :appointment, :request, :answers, :score, :band, :subscale,
				        :risk, :activities, :source, :by, :at)
				""")
			.param("client", clientId)
			.param("instrument", response.instrument().name())
			.param("version", library.definition(response.instrument()).version())
			.param("round", response.round().name())
			.param("appointment", response.appointmentId())
			.param("request", response.requestId())
			.param("answers", InstrumentRegistry.JSON.writeValueAsString(answers))
			.param("score", score.score())
			.param("band", score.band())
			.param("subscale", score.subscale())
			.param("risk", score.riskGroup())
			.param("activities", activities)
			.param("source", response.source().name())
			.param("by", response.enteredBy())
			.param("at", Db.utc(now))
			.update(keys, "id");
		long id = keys.getKey().longValue();
		audit.record("OUTCOME_RECORDED", "client", clientId, AuditOutcome.SUCCESS,
				response.instrument() + " " + score.score() + " (" + response.round() + ", " + response.source() + ")");
		return new StoredResponse(id, clientId, response.instrument(), library.definition(response.instrument()).version(),
				response.round(), response.appointmentId(), response.requestId(), answers, score, activities,
				response.source(), response.enteredBy(), now);
	}

	/** Scores answers without storing them; a {@link ScoringError} becomes a 400 naming the instrument's item. */
	static Score score(Instrument instrument, Map<String, Object> answers) {
		try {
			return Scoring.score(instrument, answers);
		}
		catch (ScoringError ex) {
			String field = instrument.name() + (ex.item() == null ? "" : "." + ex.item());
			throw ApiProblem.badRequest(field, ex.getMessage());
		}
	}

	/** Every score of a client, oldest first; audited as a read of clinical data. */
	@Transactional(readOnly = true)
	public List<StoredResponse> forClient(long clientId) {
		audit.record("OUTCOME_READ", "client", clientId, AuditOutcome.SUCCESS, null);
		return load(clientId);
	}

	/** A client's progress on each measure they have scores of (NPRS first), read once and audited. */
	@Transactional(readOnly = true)
	public List<Progress> progress(long clientId) {
		List<StoredResponse> all = forClient(clientId);
		List<Progress> list = new ArrayList<>();
		for (Instrument instrument : Instrument.values()) {
			Progress.of(instrument, all).ifPresent(list::add);
		}
		return list;
	}

	/**
	 * When a measure's latest score became worse than its baseline by the MCID, if one is worse now (the latest such
	 * time over the measures). Not audited and no score leaves: it tells the treatment readiness to re-screen.
	 */
	@Override
	@Transactional(readOnly = true)
	public Optional<Instant> worseAt(long clientId) {
		List<StoredResponse> all = load(clientId);
		Instant at = null;
		for (Instrument instrument : Instrument.values()) {
			Optional<Progress> progress = Progress.of(instrument, all);
			if (progress.isPresent() && progress.get().worse()) {
				Instant when = progress.get().latest().takenAt();
				at = at == null || when.isAfter(at) ? when : at;
			}
		}
		return Optional.ofNullable(at);
	}

	/** The score of one instrument given for one visit, if any (not audited: used to decide what to ask). */
	@Transactional(readOnly = true)
	public Optional<StoredResponse> visitScore(long appointmentId, Instrument instrument) {
		return jdbc.sql("select * from outcome_response where appointment_id = :a and instrument = :i")
			.param("a", appointmentId)
			.param("i", instrument.name())
			.query(this::map)
			.optional();
	}

	/** Whether the client has a baseline score of an instrument (not audited: used by the schedule). */
	boolean hasBaseline(long clientId, Instrument instrument) {
		return jdbc.sql("select count(*) from outcome_response where client_id = :c and instrument = :i and round = 'BASELINE'")
			.param("c", clientId)
			.param("i", instrument.name())
			.query(Integer.class)
			.single() > 0;
	}

	/** The client's baseline PSFS activity names, to be rated again in later rounds (empty when none). */
	List<String> baselineActivities(long clientId) {
		return load(clientId).stream()
			.filter(r -> r.instrument() == Instrument.PSFS)
			.findFirst()
			.map(StoredResponse::activityNames)
			.orElse(List.of());
	}

	List<StoredResponse> load(long clientId) {
		return jdbc.sql("select * from outcome_response where client_id = :c order by taken_at, id")
			.param("c", clientId)
			.query(this::map)
			.list();
	}

	/** Every score of several clients, oldest first (for the clinic's dashboard and exports; the caller audits). */
	public List<StoredResponse> forClients(java.util.Collection<Long> clientIds) {
		if (clientIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select * from outcome_response where client_id in (:c) order by client_id, taken_at, id")
			.param("c", clientIds)
			.query(this::map)
			.list();
	}

	private StoredResponse map(ResultSet rs, int row) throws SQLException {
		Instrument instrument = Instrument.valueOf(rs.getString("instrument"));
		Integer subscale = (Integer) rs.getObject("subscale", Integer.class);
		Integer activities = (Integer) rs.getObject("activities", Integer.class);
		BigDecimal score = rs.getBigDecimal("score");
		if (instrument == Instrument.NPRS || instrument == Instrument.RMDQ || instrument == Instrument.STARTBACK) {
			score = score.setScale(0, java.math.RoundingMode.UNNECESSARY);
		}
		long appointment = rs.getLong("appointment_id");
		Long appointmentId = rs.wasNull() ? null : appointment;
		long request = rs.getLong("request_id");
		Long requestId = rs.wasNull() ? null : request;
		long by = rs.getLong("entered_by");
		Long enteredBy = rs.wasNull() ? null : by;
		return new StoredResponse(rs.getLong("id"), rs.getLong("client_id"), instrument, rs.getString("instrument_version"),
				OutcomeRound.valueOf(rs.getString("round")), appointmentId, requestId,
				InstrumentRegistry.JSON.readValue(rs.getString("answers"), MAP),
				new Score(score, rs.getString("band"), subscale, rs.getString("risk_group")), activities,
				OutcomeSource.valueOf(rs.getString("source")), enteredBy, Db.instant(rs, "taken_at"));
	}

}
