package org.fascia.intake;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Informed consent, the intake module's API for it: where a client stands with each kind of consent,
 * the signed snapshots, and signing. A signature is written once and never changed: there is no update
 * path here, and the database refuses UPDATE and DELETE on {@code consent_signature} (V8_1 triggers).
 * Every signing and every read of a signed consent is audited.
 */
@Service
public class Consents {

	private static final String COLUMNS = """
			id, client_id, kind, text_version, text_sha256, text_body, typed_name, typed_name_is_signature,
			signature_png is not null as drawn, signed_at, ip_address, user_agent, user_id, witnessed_by, signer_capacity""";

	private static final RowMapper<SignedConsent> SIGNED = (rs, i) -> new SignedConsent(rs.getLong("id"),
			rs.getLong("client_id"), ConsentKind.valueOf(rs.getString("kind")), rs.getInt("text_version"),
			rs.getString("text_sha256"), rs.getString("text_body"), rs.getString("typed_name"),
			rs.getBoolean("typed_name_is_signature"), rs.getBoolean("drawn"), Db.instant(rs, "signed_at"),
			rs.getString("ip_address"), rs.getString("user_agent"), rs.getObject("user_id", Long.class),
			rs.getObject("witnessed_by", Long.class), "GUARDIAN".equals(rs.getString("signer_capacity")));

	/** The typed name's length in characters (code points). */
	static final int MIN_NAME = 2;

	static final int MAX_NAME = 200;

	private final JdbcClient jdbc;

	private final ConsentTexts texts;

	private final AuditLog audit;

	private final Clock clock;

	private final Words words;

	Consents(JdbcClient jdbc, ConsentTexts texts, AuditLog audit, Clock clock, Words words) {
		this.jdbc = jdbc;
		this.texts = texts;
		this.audit = audit;
		this.clock = clock;
		this.words = words;
	}

	/** Each kind of consent for this client: the current version, what they signed, and whether to sign again. */
	@Transactional(readOnly = true)
	public List<ConsentStatus> current(long clientId) {
		List<ConsentStatus> statuses = statuses(clientId);
		audit.record("CONSENT_READ", "client", clientId, AuditOutcome.SUCCESS, "consent status");
		return statuses;
	}

	/**
	 * Whether the client has signed every kind of consent at its current version: what treatment needs.
	 * A yes/no about consent, not a read of clinical content, so not audited (the booking gate asks often).
	 */
	@Transactional(readOnly = true)
	public boolean hasCurrentConsent(long clientId) {
		return statuses(clientId).stream().allMatch(ConsentStatus::signedCurrent);
	}

	/** Every signature of the client, newest first. */
	@Transactional(readOnly = true)
	public List<SignedConsent> history(long clientId) {
		List<SignedConsent> history = jdbc.sql("select " + COLUMNS
				+ " from consent_signature where client_id = :client order by signed_at desc, id desc")
			.param("client", clientId)
			.query(SIGNED)
			.list();
		audit.record("CONSENT_READ", "client", clientId, AuditOutcome.SUCCESS, "consent history, " + history.size() + " signed");
		return history;
	}

	/** One signed snapshot of this client (another client's id finds nothing). */
	@Transactional(readOnly = true)
	public Optional<SignedConsent> find(long clientId, long signatureId) {
		Optional<SignedConsent> found = jdbc.sql("select " + COLUMNS
				+ " from consent_signature where id = :id and client_id = :client")
			.param("id", signatureId)
			.param("client", clientId)
			.query(SIGNED)
			.optional();
		audit.record("CONSENT_READ", "client", clientId, found.isPresent() ? AuditOutcome.SUCCESS : AuditOutcome.FAILURE,
				"signed consent " + signatureId);
		return found;
	}

	/** The drawn signature (PNG) of one signed snapshot of this client; empty if none was drawn. */
	@Transactional(readOnly = true)
	public Optional<byte[]> signatureImage(long clientId, long signatureId) {
		Optional<byte[]> png = jdbc.sql("""
				select signature_png from consent_signature
				where id = :id and client_id = :client and signature_png is not null
				""")
			.param("id", signatureId)
			.param("client", clientId)
			.query((rs, i) -> rs.getBytes(1))
			.optional();
		audit.record("CONSENT_READ", "client", clientId, png.isPresent() ? AuditOutcome.SUCCESS : AuditOutcome.FAILURE,
				"signature image of signed consent " + signatureId);
		return png;
	}

	/** The current texts this client still has to sign (never signed, or signed an older version). */
	@Transactional(readOnly = true)
	List<ConsentText> toSign(long clientId) {
		List<ConsentText> pending = new ArrayList<>();
		for (ConsentStatus status : statuses(clientId)) {
			if (!status.signedCurrent()) {
				pending.add(texts.current(status.kind()));
			}
		}
		return pending;
	}

	/**
	 * Records a signature of every current text the client has not signed yet, all or nothing: one row per
	 * text with the exact text, its SHA-256, the typed name, the drawn PNG, the time, IP address, user agent
	 * and who submitted and witnessed it.
	 *
	 * @return the ids of the signed snapshots
	 * @throws ApiProblem 400 naming each field to correct; 409 when there is nothing left to sign
	 */
	@Transactional
	List<Long> sign(ConsentSigning signing) {
		List<ConsentText> pending = toSign(signing.clientId());
		if (pending.isEmpty()) {
			audit.record("CONSENT_SIGNED", "client", signing.clientId(), AuditOutcome.FAILURE, "nothing to sign");
			throw ApiProblem.conflict(words.text("intake.consent.problem.nothingToSign"));
		}
		Map<String, String> errors = new LinkedHashMap<>();
		for (ConsentText text : pending) {
			Integer shown = signing.shownVersions().get(text.kind().slug());
			if (shown == null || shown != text.version()) {
				errors.putIfAbsent("consent", words.text("intake.consent.problem.updated", text.heading()));
			}
		}
		for (ConsentText text : pending) {
			if (!signing.agreed().contains(text.kind().slug())) {
				errors.put(ConsentSigning.agreeField(text.kind()),
						words.text("intake.consent.problem.notAgreed", text.heading()));
			}
		}
		String name = signing.cleanName();
		int nameLength = name.codePointCount(0, name.length());
		if (name.isEmpty()) {
			errors.put("fullName", words.text("intake.consent.problem.nameMissing"));
		}
		else if (nameLength < MIN_NAME) {
			errors.put("fullName", words.text("intake.consent.problem.nameTooShort", String.valueOf(MIN_NAME)));
		}
		else if (nameLength > MAX_NAME) {
			errors.put("fullName", words.text("intake.consent.problem.nameTooLong", String.valueOf(MAX_NAME)));
		}
		byte[] png = null;
		boolean drawn = signing.signatureDataUrl() != null && !signing.signatureDataUrl().isBlank();
		if (!signing.typedNameIsSignature()) {
			if (!drawn) {
				errors.put("signature", words.text("intake.consent.problem.signatureMissing"));
			}
			else {
				SignatureImage.Result image = SignatureImage.read(signing.signatureDataUrl());
				if (image.ok()) {
					png = image.png();
				}
				else {
					errors.put("signature", problem(image.problem()));
				}
			}
		}
		if (!errors.isEmpty()) {
			audit.record("CONSENT_SIGNED", "client", signing.clientId(), AuditOutcome.FAILURE,
					"refused: " + String.join(", ", errors.keySet()));
			throw ApiProblem.invalid(errors);
		}
		Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
		List<Long> ids = new ArrayList<>();
		for (ConsentText text : pending) {
			KeyHolder keys = new GeneratedKeyHolder();
			jdbc.sql("""
					insert into consent_signature (client_id, kind, text_version, text_sha256, text_body, typed_name,
					    typed_name_is_signature, signature_png, signed_at, ip_address, user_agent, user_id, witnessed_by,
					    signer_capacity)
					values (:client, :kind, :version, :sha, :text, :name, :typed, :png, :at, :ip, :agent, :user, :witness,
					    :capacity)
					""")
				.param("client", signing.clientId())
				.param("kind", text.kind().name())
				.param("version", text.version())
				.param("sha", text.sha256())
				.param("text", text.source())
				.param("name", name)
				.param("typed", signing.typedNameIsSignature())
				.param("png", png)
				.param("at", Db.utc(now))
				.param("ip", cut(signing.ipAddress(), 64))
				.param("agent", cut(signing.userAgent(), 500))
				.param("user", signing.userId())
				.param("witness", signing.witnessedBy())
				.param("capacity", signing.byGuardian() ? "GUARDIAN" : null)
				.update(keys, "id");
			long id = keys.getKey().longValue();
			ids.add(id);
			audit.record("CONSENT_SIGNED", "client", signing.clientId(), AuditOutcome.SUCCESS,
					text.kind() + " version " + text.version() + ", signed consent " + id
							+ (signing.typedNameIsSignature() ? ", typed name as signature" : ", drawn signature")
							+ (signing.witnessedBy() == null ? "" : ", witnessed by user " + signing.witnessedBy())
							+ (signing.byGuardian() ? ", signed by a parent or guardian (user " + signing.userId() + ")" : ""));
		}
		return ids;
	}

	private List<ConsentStatus> statuses(long clientId) {
		record Latest(ConsentKind kind, int version, Instant signedAt, long id) {
		}
		List<Latest> signed = jdbc.sql("""
				select kind, text_version, signed_at, id from consent_signature
				where client_id = :client order by text_version desc, signed_at desc, id desc
				""")
			.param("client", clientId)
			.query((rs, i) -> new Latest(ConsentKind.valueOf(rs.getString("kind")), rs.getInt("text_version"),
					Db.instant(rs, "signed_at"), rs.getLong("id")))
			.list();
		List<ConsentStatus> statuses = new ArrayList<>();
		for (ConsentText text : texts.current()) {
			Latest latest = signed.stream().filter(s -> s.kind() == text.kind()).findFirst().orElse(null);
			statuses.add(new ConsentStatus(text.kind(), text.heading(), text.version(),
					latest == null ? null : latest.version(), latest == null ? null : latest.signedAt(),
					latest == null ? null : latest.id()));
		}
		return statuses;
	}

	private String problem(SignatureImage.Problem problem) {
		return switch (problem) {
			case NOT_PNG -> words.text("intake.consent.problem.signatureNotPng");
			case TOO_LARGE -> words.text("intake.consent.problem.signatureTooLarge");
			case BLANK -> words.text("intake.consent.problem.signatureBlank");
		};
	}

	private static String cut(String value, int max) {
		return value == null || value.length() <= max ? value : value.substring(0, max);
	}

}
