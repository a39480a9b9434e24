package org.fascia.identity;

import org.fascia.platform.Secrets;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.security.SecureRandom;

import org.fascia.audit.AuditLog;
import org.fascia.audit.AuditOutcome;
import org.fascia.platform.ApiProblem;
import org.fascia.platform.Db;
import org.fascia.platform.RateLimits;
import org.fascia.platform.Words;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Optional two-step sign-in (TOTP, RFC 6238) per account: set up (a key shown once as an otpauth URI and
 * QR code), confirmed by a first code, which also issues ten one-time recovery codes (stored as
 * digests); asked for after the password; turned off with the password and a code. Codes are accepted
 * once each and at most {@code two-step-code} times per account in 15 minutes.
 */
@Service
class TwoStep {

	static final int RECOVERY_CODES = 10;

	/** Marks a sign-in whose second step was checked (the details of its authentication). */
	static final Object CHECKED = "two-step checked";

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";

	private final JdbcClient jdbc;

	private final Users users;

	private final SecretBox box;

	private final PasswordEncoder encoder;

	private final AuditLog audit;

	private final Clock clock;

	private final RateLimits.Limit attempts;

	private final Words words;

	TwoStep(JdbcClient jdbc, Users users, SecretBox box, PasswordEncoder encoder, AuditLog audit, Clock clock,
			RateLimits limits, Words words) {
		this.words = words;
		this.jdbc = jdbc;
		this.users = users;
		this.box = box;
		this.encoder = encoder;
		this.audit = audit;
		this.clock = clock;
		this.attempts = limits.define("two-step-code", 5, Duration.ofMinutes(15));
	}

	/** A key being set up: Base32 for typing in, and the otpauth URI for the QR code. */
	record Setup(String base32, String uri) {
	}

	private record Row(String secret, Instant confirmedAt, long lastStep) {
	}

	private Optional<Row> row(long userId) {
		return jdbc.sql("select secret, confirmed_at, last_step from two_step where user_id = :u")
			.param("u", userId)
			.query((rs, i) -> new Row(rs.getString("secret"), Db.instant(rs, "confirmed_at"), rs.getLong("last_step")))
			.optional();
	}

	boolean enabled(long userId) {
		return row(userId).map(r -> r.confirmedAt() != null).orElse(false);
	}

	int recoveryCodesLeft(long userId) {
		return jdbc.sql("select count(*) from two_step_recovery_code where user_id = :u and used_at is null")
			.param("u", userId).query(Integer.class).single();
	}

	/** Starts (or restarts) setting up; an account that already has two-step sign-in must turn it off first. */
	@Transactional
	Setup begin(Account account, String issuer) {
		if (enabled(account.id())) {
			throw ApiProblem.conflict(words.text("identity.twoStep.problem.alreadyOn"));
		}
		byte[] key = Totp.newKey();
		jdbc.sql("delete from two_step where user_id = :u").param("u", account.id()).update();
		jdbc.sql("insert into two_step (user_id, secret, last_step, created_at) values (:u, :s, 0, :now)")
			.param("u", account.id())
			.param("s", box.seal(key))
			.param("now", Db.utc(clock.instant()))
			.update();
		return setupOf(account, issuer, key);
	}

	/** The key being set up, to show again (e.g. after a wrong first code). */
	Optional<Setup> pending(Account account, String issuer) {
		return row(account.id()).filter(r -> r.confirmedAt() == null)
			.map(r -> setupOf(account, issuer, box.open(r.secret())));
	}

	private static Setup setupOf(Account account, String issuer, byte[] key) {
		String secret = Totp.base32(key);
		String label = enc(issuer) + ":" + enc(account.email());
		String uri = "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + enc(issuer)
				+ "&algorithm=SHA1&digits=" + Totp.DIGITS + "&period=" + Totp.STEP_SECONDS;
		return new Setup(secret, uri);
	}

	private static String enc(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
	}

	/**
	 * Confirms the set-up with a first code and answers the ten recovery codes, shown once.
	 * @throws ApiProblem 400 when the code is wrong; 429 (TooManyRequests) after too many tries
	 */
	@Transactional
	List<String> confirm(Account account, String code) {
		Row row = row(account.id()).filter(r -> r.confirmedAt() == null)
			.orElseThrow(() -> ApiProblem.badRequest("code", words.text("identity.twoStep.problem.notStarted")));
		attempts.consume(String.valueOf(account.id()));
		OptionalLong step = Totp.matchingStep(box.open(row.secret()), code, clock.instant(), row.lastStep());
		if (step.isEmpty()) {
			audit.record("TWO_STEP_CONFIRM_FAILED", "user", account.id(), AuditOutcome.FAILURE, "wrong code");
			throw ApiProblem.badRequest("code", words.text("identity.twoStep.problem.wrongFirstCode"));
		}
		jdbc.sql("update two_step set confirmed_at = :now, last_step = :step where user_id = :u")
			.param("now", Db.utc(clock.instant()))
			.param("step", step.getAsLong())
			.param("u", account.id())
			.update();
		List<String> codes = newRecoveryCodes(account.id());
		audit.record("TWO_STEP_ENABLED", "user", account.id(), AuditOutcome.SUCCESS,
				box.encrypts() ? "key encrypted at rest" : "key stored unencrypted (no fascia.secrets.key)");
		return codes;
	}

	private List<String> newRecoveryCodes(long userId) {
		jdbc.sql("delete from two_step_recovery_code where user_id = :u").param("u", userId).update();
		List<String> codes = new ArrayList<>();
		for (int i = 0; i < RECOVERY_CODES; i++) {
			StringBuilder code = new StringBuilder();
			for (int c = 0; c < 10; c++) {
				if (c == 5) {
					code.append('-');
				}
				code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
			}
			codes.add(code.toString());
			jdbc.sql("insert into two_step_recovery_code (user_id, code_hash) values (:u, :h)")
				.param("u", userId)
				.param("h", Secrets.digest(code.toString()))
				.update();
		}
		return codes;
	}

	/**
	 * Checks the second step of a sign-in: a current code from the app (each accepted once), or an unused
	 * recovery code (spent). Counted against the account's limit.
	 * @throws RateLimits.TooManyRequests after too many tries
	 */
	@Transactional
	boolean check(long userId, String code) {
		Row row = row(userId).filter(r -> r.confirmedAt() != null).orElse(null);
		if (row == null) {
			return false;
		}
		attempts.consume(String.valueOf(userId));
		String given = code == null ? "" : code.strip().toLowerCase(java.util.Locale.ROOT);
		OptionalLong step = Totp.matchingStep(box.open(row.secret()), given, clock.instant(), row.lastStep());
		if (step.isPresent()) {
			int claimed = jdbc.sql("update two_step set last_step = :step where user_id = :u and last_step < :step")
				.param("step", step.getAsLong())
				.param("u", userId)
				.update();
			return claimed == 1;
		}
		if (given.matches("[a-z0-9]{5}-?[a-z0-9]{5}")) {
			String normal = given.contains("-") ? given : given.substring(0, 5) + "-" + given.substring(5);
			int spent = jdbc.sql("""
					update two_step_recovery_code set used_at = :now
					where user_id = :u and code_hash = :h and used_at is null
					""")
				.param("now", Db.utc(clock.instant()))
				.param("u", userId)
				.param("h", Secrets.digest(normal))
				.update();
			if (spent == 1) {
				audit.record("TWO_STEP_RECOVERY_CODE_USED", "user", userId, AuditOutcome.SUCCESS,
						recoveryCodesLeft(userId) + " left");
				return true;
			}
		}
		return false;
	}

	/**
	 * Turns two-step sign-in off, with the account's password and a current code (or a recovery code).
	 * @throws ApiProblem 400 naming the wrong field
	 */
	@Transactional
	void disable(long userId, String password, String code) {
		Users.Row user = users.byId(userId).orElseThrow();
		if (password == null || !encoder.matches(password, user.passwordHash())) {
			audit.record("TWO_STEP_DISABLE_FAILED", "user", userId, AuditOutcome.FAILURE, "wrong password");
			throw ApiProblem.badRequest("password", words.text("identity.twoStep.problem.wrongPassword"));
		}
		if (!check(userId, code)) {
			audit.record("TWO_STEP_DISABLE_FAILED", "user", userId, AuditOutcome.FAILURE, "wrong code");
			throw ApiProblem.badRequest("code", words.text("identity.twoStep.problem.wrongCode"));
		}
		jdbc.sql("delete from two_step_recovery_code where user_id = :u").param("u", userId).update();
		jdbc.sql("delete from two_step where user_id = :u").param("u", userId).update();
		audit.record("TWO_STEP_DISABLED", "user", userId, AuditOutcome.SUCCESS, null);
	}

}
