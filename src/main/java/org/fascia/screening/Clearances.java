package org.fascia.screening;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.fascia.audit.AuditLog;
import org.fascia.audit.AuditOutcome;
import org.fascia.clients.ClientDirectory;
import org.fascia.clinic.ClinicSettings;
import org.fascia.platform.ApiProblem;
import org.fascia.platform.Db;
import org.fascia.platform.Words;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Physicians' clearances: staff record one received (with the scanned reply), list them, download the
 * reply, and withdraw a wrong one with a reason. A clearance covers the NEEDS_CLEARANCE rules of the
 * client's current screening at the moment it is recorded. Every read and change is audited.
 */
@Service
public class Clearances {

	static final int MAX_NAME = 200;

	static final int MAX_RESTRICTIONS = 2000;

	static final int MAX_REASON = 1000;

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

	private final JdbcClient jdbc;

	private final ScreeningRecords screenings;

	private final ClientDirectory clients;

	private final ClinicSettings settings;

	private final AuditLog audit;

	private final Clock clock;

	private final Words words;

	Clearances(JdbcClient jdbc, ScreeningRecords screenings, ClientDirectory clients, ClinicSettings settings,
			AuditLog audit, Clock clock, Words words) {
		this.jdbc = jdbc;
		this.screenings = screenings;
		this.clients = clients;
		this.settings = settings;
		this.audit = audit;
		this.clock = clock;
		this.words = words;
	}

	/** The scanned reply as stored. */
	public record StoredDocument(String fileName, String contentType, byte[] content) {
	}

	/**
	 * Records a clearance received; checks every field first and writes nothing unless all are valid.
	 * @throws ApiProblem 400 naming every invalid field ({@code form} when the current screening asks
	 * for no clearance), 404 for an unknown client
	 */
	@Transactional
	public Clearance record(NewClearance clearance, long userId) {
		if (!clients.exists(clearance.clientId())) {
			throw ApiProblem.notFound(words.text("screening.problem.noClient", String.valueOf(clearance.clientId())));
		}
		Map<String, String> problems = new LinkedHashMap<>();
		String physician = strip(clearance.physicianName());
		if (physician == null) {
			problems.put("physicianName", words.text("screening.clearance.problem.physicianMissing"));
		}
		else if (physician.length() > MAX_NAME) {
			problems.put("physicianName",
					words.text("screening.clearance.problem.physicianTooLong", String.valueOf(MAX_NAME)));
		}
		String practice = strip(clearance.practice());
		if (practice != null && practice.length() > MAX_NAME) {
			problems.put("practice", words.text("screening.clearance.problem.practiceTooLong", String.valueOf(MAX_NAME)));
		}
		LocalDate today = clock.instant().atZone(zone()).toLocalDate();
		if (clearance.clearedOn() == null) {
			problems.put("clearedOn", words.text("screening.clearance.problem.clearedOnMissing"));
		}
		else if (clearance.clearedOn().isAfter(today)) {
			problems.put("clearedOn", words.text("screening.clearance.problem.clearedOnFuture"));
		}
		if (clearance.expiresOn() != null && clearance.clearedOn() != null
				&& !clearance.expiresOn().isAfter(clearance.clearedOn())) {
			problems.put("expiresOn",
					words.text("screening.clearance.problem.expiresOnEarly", DATE.format(clearance.clearedOn())));
		}
		String restrictions = strip(clearance.restrictions());
		if (restrictions != null && restrictions.length() > MAX_RESTRICTIONS) {
			problems.put("restrictions", words.text("screening.clearance.problem.restrictionsTooLong",
					String.valueOf(MAX_RESTRICTIONS), String.valueOf(restrictions.length())));
		}
		NewClearance.Upload upload = clearance.document();
		String contentType = null;
		if (upload == null || upload.size() == 0 && (upload.bytes() == null || upload.bytes().length == 0)) {
			problems.put("document", upload == null || upload.fileName() == null || upload.fileName().isBlank()
					? words.text("screening.clearance.problem.documentMissing")
					: words.text("screening.clearance.problem.documentEmpty"));
		}
		else if (upload.size() > DocumentSniffer.MAX_BYTES || upload.bytes() == null
				|| upload.bytes().length > DocumentSniffer.MAX_BYTES) {
			problems.put("document",
					words.text("screening.clearance.problem.documentTooLarge", DocumentSniffer.size(upload.size())));
		}
		else {
			contentType = DocumentSniffer.sniff(upload.bytes()).orElse(null);
			if (contentType == null) {
				problems.put("document", words.text("screening.clearance.problem.documentType"));
			}
		}
		Optional<StoredScreening> current = screenings.latest(clearance.clientId());
		List<String> rules = current.map(StoredScreening::rulesNeedingClearance).orElse(List.of());
		if (rules.isEmpty()) {
			problems.put("form", current.isEmpty() ? words.text("screening.clearance.problem.noScreening")
					: words.text("screening.clearance.problem.noClearanceAsked"));
		}
		if (!problems.isEmpty()) {
			audit.record("CLEARANCE_RECORDED", "client", clearance.clientId(), AuditOutcome.FAILURE,
					"refused: " + String.join(", ", problems.keySet()));
			throw ApiProblem.invalid(problems);
		}
		Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into clearance (client_id, screening_id, physician_name, practice, cleared_on, restrictions,
				                       expires_on, recorded_by, recorded_at)
				values (:client, :screening, :physician, :practice, :cleared, :restrictions, :expires, :user, :now)
				""")
			.param("client", clearance.clientId())
			.param("screening", current.get().id())
			.param("physician", physician)
			.param("practice", practice)
			.param("cleared", clearance.clearedOn())
			.param("restrictions", restrictions)
			.param("expires", clearance.expiresOn())
			.param("user", userId)
			.param("now", Db.utc(now))
			.update(keys, "id");
		long id = keys.getKey().longValue();
		for (String rule : rules) {
			jdbc.sql("insert into clearance_rule (clearance_id, rule_id) values (:id, :rule)")
				.param("id", id)
				.param("rule", rule)
				.update();
		}
		String fileName = fileName(upload.fileName(), contentType);
		jdbc.sql("""
				insert into clearance_document (clearance_id, file_name, content_type, size_bytes, content)
				values (:id, :name, :type, :size, :content)
				""")
			.param("id", id)
			.param("name", fileName)
			.param("type", contentType)
			.param("size", upload.bytes().length)
			.param("content", upload.bytes())
			.update();
		audit.record("CLEARANCE_RECORDED", "client", clearance.clientId(), AuditOutcome.SUCCESS,
				"clearance " + id + " covering " + String.join(", ", rules) + ", cleared " + clearance.clearedOn()
						+ (clearance.expiresOn() == null ? "" : ", expires " + clearance.expiresOn()));
		return find(id).orElseThrow();
	}

	/** Every clearance of the client, newest first (withdrawn and expired ones too); audited. */
	@Transactional(readOnly = true)
	public List<Clearance> forClient(long clientId) {
		List<Clearance> found = list(clientId);
		audit.record("CLEARANCES_READ", "client", clientId, AuditOutcome.SUCCESS, found.size() + " clearance(s)");
		return found;
	}

	/** The client's clearances without an audit event, for callers in this module that audit their own read. */
	List<Clearance> list(long clientId) {
		return load(jdbc.sql("select * from clearance where client_id = :client order by recorded_at desc, id desc")
			.param("client", clientId));
	}

	Optional<Clearance> find(long id) {
		return load(jdbc.sql("select * from clearance where id = :id").param("id", id)).stream().findFirst();
	}

	/**
	 * Withdraws a clearance recorded in error; it then covers nothing. Audited with the reason.
	 * @throws ApiProblem 404 unknown (or another client's), 400 without a reason, 409 already withdrawn
	 */
	@Transactional
	public Clearance withdraw(long clientId, long clearanceId, String reason, long userId) {
		Clearance clearance = find(clearanceId).filter(c -> c.clientId() == clientId)
			.orElseThrow(() -> ApiProblem
				.notFound(words.text("screening.clearance.problem.notFound", String.valueOf(clearanceId))));
		String why = strip(reason);
		if (why == null) {
			throw ApiProblem.badRequest("reason", words.text("screening.clearance.problem.reasonMissing"));
		}
		if (why.length() > MAX_REASON) {
			throw ApiProblem.badRequest("reason",
					words.text("screening.clearance.problem.reasonTooLong", String.valueOf(MAX_REASON)));
		}
		int changed = jdbc.sql("""
				update clearance set withdrawn_at = :now, withdrawn_by = :user, withdrawn_reason = :reason
				where id = :id and withdrawn_at is null
				""")
			.param("now", Db.utc(clock.instant().truncatedTo(ChronoUnit.MICROS)))
			.param("user", userId)
			.param("reason", why)
			.param("id", clearanceId)
			.update();
		if (changed == 0) {
			throw ApiProblem.conflict(words.text("screening.clearance.problem.alreadyWithdrawn"));
		}
		audit.record("CLEARANCE_WITHDRAWN", "client", clientId, AuditOutcome.SUCCESS,
				"clearance " + clearanceId + ": " + why);
		return find(clearanceId).orElseThrow();
	}

	/** The scanned reply of one of the client's clearances; audited. */
	@Transactional(readOnly = true)
	public Optional<StoredDocument> document(long clientId, long clearanceId) {
		Optional<StoredDocument> document = jdbc.sql("""
				select d.file_name, d.content_type, d.content from clearance_document d
				join clearance c on c.id = d.clearance_id
				where d.clearance_id = :id and c.client_id = :client
				""")
			.param("id", clearanceId)
			.param("client", clientId)
			.query((rs, i) -> new StoredDocument(rs.getString("file_name"), rs.getString("content_type"),
					rs.getBytes("content")))
			.optional();
		audit.record("CLEARANCE_DOCUMENT_READ", "client", clientId,
				document.isPresent() ? AuditOutcome.SUCCESS : AuditOutcome.FAILURE, "clearance " + clearanceId);
		return document;
	}

	private List<Clearance> load(JdbcClient.StatementSpec query) {
		record Row(long id, long clientId, Long screeningId, String physician, String practice, LocalDate clearedOn,
				String restrictions, LocalDate expiresOn, long recordedBy, Instant recordedAt, Instant withdrawnAt,
				Long withdrawnBy, String withdrawnReason) {
		}
		List<Row> rows = query.query((rs, i) -> new Row(rs.getLong("id"), rs.getLong("client_id"),
				rs.getObject("screening_id", Long.class), rs.getString("physician_name"), rs.getString("practice"),
				rs.getObject("cleared_on", LocalDate.class), rs.getString("restrictions"),
				rs.getObject("expires_on", LocalDate.class), rs.getLong("recorded_by"), Db.instant(rs, "recorded_at"),
				Db.instant(rs, "withdrawn_at"), rs.getObject("withdrawn_by", Long.class),
				rs.getString("withdrawn_reason")))
			.list();
		if (rows.isEmpty()) {
			return List.of();
		}
		List<Long> ids = rows.stream().map(Row::id).toList();
		Map<Long, Set<String>> rules = new HashMap<>();
		jdbc.sql("select clearance_id, rule_id from clearance_rule where clearance_id in (:ids)")
			.param("ids", ids)
			.query(rs -> {
				rules.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(rs.getString(2));
			});
		Map<Long, Clearance.DocumentInfo> documents = new HashMap<>();
		jdbc.sql("select clearance_id, file_name, content_type, size_bytes from clearance_document where clearance_id in (:ids)")
			.param("ids", ids)
			.query(rs -> {
				documents.put(rs.getLong(1), new Clearance.DocumentInfo(rs.getString(2), rs.getString(3), rs.getInt(4)));
			});
		List<Clearance> clearances = new ArrayList<>();
		for (Row r : rows) {
			clearances.add(new Clearance(r.id(), r.clientId(), r.screeningId(), r.physician(), r.practice(),
					r.clearedOn(), r.restrictions(), r.expiresOn(), rules.getOrDefault(r.id(), Set.of()),
					documents.get(r.id()), r.recordedBy(), r.recordedAt(), r.withdrawnAt(), r.withdrawnBy(),
					r.withdrawnReason()));
		}
		return clearances;
	}

	private ZoneId zone() {
		return settings.zone();
	}

	private static String strip(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	/** A safe file name for the download: letters, digits, dot, dash and underscore, with the right extension. */
	static String fileName(String uploaded, String contentType) {
		String extension = switch (contentType) {
			case "application/pdf" -> ".pdf";
			case "image/jpeg" -> ".jpg";
			default -> ".png";
		};
		String base = uploaded == null ? "" : uploaded.replace('\\', '/');
		base = base.substring(base.lastIndexOf('/') + 1);
		int dot = base.lastIndexOf('.');
		if (dot > 0) {
			base = base.substring(0, dot);
		}
		base = base.replaceAll("[^A-Za-z0-9._-]", "_");
		if (base.isBlank() || base.chars().allMatch(c -> c == '_' || c == '.')) {
			base = "clearance";
		}
		if (base.length() > 100) {
			base = base.substring(0, 100);
		}
		return base + extension;
	}

}
