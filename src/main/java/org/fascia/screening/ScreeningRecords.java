package org.fascia.screening;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.fascia.audit.AuditLog;
import org.fascia.audit.AuditOutcome;
import org.fascia.clients.ClientDirectory;
import org.fascia.platform.ApiProblem;
import org.fascia.platform.Words;
import org.fascia.platform.Db;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The screening history of each client. A screening is stored once and never changed; the latest one
 * is the client's current screening. Every store and read is audited.
 */
@Service
public class ScreeningRecords {

	private final JdbcClient jdbc;

	private final ClientDirectory clients;

	private final AuditLog audit;

	private final Clock clock;

	private final Words words;

	ScreeningRecords(JdbcClient jdbc, ClientDirectory clients, AuditLog audit, Clock clock, Words words) {
		this.jdbc = jdbc;
		this.clients = clients;
		this.audit = audit;
		this.clock = clock;
		this.words = words;
	}

	/**
	 * Stores a screening as the client's current one, with its cautions and findings, in one transaction.
	 * @param responseId the intake response it was evaluated from, or null
	 * @param userId who submitted it, or null (a single-use link)
	 * @return the new screening's id
	 * @throws ApiProblem 404 when the client does not exist
	 */
	@Transactional
	public long store(long clientId, Long responseId, ScreeningKind kind, ScreeningResult result, String rulesVersion,
			boolean staffEntered, Long userId) {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(result, "result");
		Objects.requireNonNull(rulesVersion, "rulesVersion");
		if (!clients.exists(clientId)) {
			throw ApiProblem.notFound(words.text("screening.problem.noClient", String.valueOf(clientId)));
		}
		Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into screening (client_id, response_id, kind, decision, referral_advice, rules_version,
				                       staff_entered, created_by, created_at)
				values (:client, :response, :kind, :decision, :advice, :version, :staff, :user, :now)
				""")
			.param("client", clientId)
			.param("response", responseId)
			.param("kind", kind.name())
			.param("decision", result.decision().name())
			.param("advice", result.referralAdvice().name())
			.param("version", rulesVersion)
			.param("staff", staffEntered)
			.param("user", userId)
			.param("now", Db.utc(now))
			.update(keys, "id");
		long id = keys.getKey().longValue();
		int ordinal = 0;
		for (Caution caution : result.cautions()) {
			jdbc.sql("insert into screening_caution (screening_id, ordinal, code, caution_text) values (:id, :n, :code, :text)")
				.param("id", id)
				.param("n", ordinal++)
				.param("code", caution.code())
				.param("text", caution.text())
				.update();
		}
		ordinal = 0;
		for (Finding finding : result.findings()) {
			jdbc.sql("""
					insert into screening_finding (screening_id, ordinal, rule_id, title, decision, source, plain,
					                               clinical_review)
					values (:id, :n, :rule, :title, :decision, :source, :plain, :review)
					""")
				.param("id", id)
				.param("n", ordinal++)
				.param("rule", finding.rule())
				.param("title", finding.title())
				.param("decision", finding.decision().name())
				.param("source", finding.source())
				.param("plain", finding.plain())
				.param("review", finding.clinicalReview())
				.update();
		}
		audit.record("SCREENING_RECORDED", "client", clientId, AuditOutcome.SUCCESS,
				"screening " + id + " (" + kind + ", rules " + rulesVersion + "): " + result.decision()
						+ (staffEntered ? ", staff-entered" : ""));
		return id;
	}

	/** The client's latest screening, if any; audited. */
	@Transactional(readOnly = true)
	public Optional<StoredScreening> current(long clientId) {
		Optional<StoredScreening> current = latest(clientId);
		audit.record("SCREENING_READ", "client", clientId, AuditOutcome.SUCCESS,
				current.map(s -> "current screening " + s.id()).orElse("no screening yet"));
		return current;
	}

	/** Every screening of the client, newest first; audited. */
	@Transactional(readOnly = true)
	public List<StoredScreening> history(long clientId) {
		List<StoredScreening> history = load(jdbc.sql("""
				select * from screening where client_id = :client order by created_at desc, id desc
				""").param("client", clientId).query((rs, i) -> row(rs)).list());
		audit.record("SCREENING_READ", "client", clientId, AuditOutcome.SUCCESS,
				"screening history, " + history.size() + " screening(s)");
		return history;
	}

	/** The screening evaluated from one intake response, without an audit event (the caller stored or audits it). */
	Optional<StoredScreening> forResponse(long responseId) {
		return load(jdbc.sql("""
				select * from screening where response_id = :response order by created_at desc, id desc limit 1
				""").param("response", responseId).query((rs, i) -> row(rs)).list()).stream().findFirst();
	}

	/** The latest screening without an audit event, for callers in this module that audit their own read. */
	Optional<StoredScreening> latest(long clientId) {
		return load(jdbc.sql("""
				select * from screening where client_id = :client order by created_at desc, id desc limit 1
				""").param("client", clientId).query((rs, i) -> row(rs)).list()).stream().findFirst();
	}

	private record Row(long id, long clientId, Long responseId, ScreeningKind kind, Decision decision,
			ReferralAdvice advice, String rulesVersion, boolean staffEntered, Long createdBy, Instant createdAt) {
	}

	private static Row row(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new Row(rs.getLong("id"), rs.getLong("client_id"), rs.getObject("response_id", Long.class),
				ScreeningKind.valueOf(rs.getString("kind")), Decision.valueOf(rs.getString("decision")),
				ReferralAdvice.valueOf(rs.getString("referral_advice")), rs.getString("rules_version"),
				rs.getBoolean("staff_entered"), rs.getObject("created_by", Long.class), Db.instant(rs, "created_at"));
	}

	/** Adds the cautions and findings of the rows, two queries for all of them. */
	private List<StoredScreening> load(List<Row> rows) {
		if (rows.isEmpty()) {
			return List.of();
		}
		List<Long> ids = rows.stream().map(Row::id).toList();
		Map<Long, List<Caution>> cautions = new LinkedHashMap<>();
		jdbc.sql("select * from screening_caution where screening_id in (:ids) order by screening_id, ordinal")
			.param("ids", ids)
			.query(rs -> {
				cautions.computeIfAbsent(rs.getLong("screening_id"), k -> new ArrayList<>())
					.add(new Caution(rs.getString("code"), rs.getString("caution_text")));
			});
		Map<Long, List<Finding>> findings = new LinkedHashMap<>();
		jdbc.sql("select * from screening_finding where screening_id in (:ids) order by screening_id, ordinal")
			.param("ids", ids)
			.query(rs -> {
				findings.computeIfAbsent(rs.getLong("screening_id"), k -> new ArrayList<>())
					.add(new Finding(rs.getString("rule_id"), rs.getString("title"),
							Decision.valueOf(rs.getString("decision")), rs.getString("source"), rs.getString("plain"),
							rs.getBoolean("clinical_review")));
			});
		return rows.stream()
			.map(r -> new StoredScreening(r.id(), r.clientId(), r.responseId(), r.kind(),
					new ScreeningResult(r.decision(), r.advice(), cautions.getOrDefault(r.id(), List.of()),
							findings.getOrDefault(r.id(), List.of())),
					r.rulesVersion(), r.staffEntered(), r.createdBy(), r.createdAt()))
			.collect(Collectors.toList());
	}

}
