package org.fascia.identity;

import org.fascia.platform.Secrets;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.fascia.audit.AuditLog;
import org.fascia.audit.AuditOutcome;
import org.fascia.messaging.MailOutbox;
import org.fascia.messaging.OutgoingMail;
import org.fascia.platform.Db;
import org.fascia.platform.Words;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Links confirming a self-signed-up account's email address: single use, valid {@link #VALID_FOR},
 * stored only as a digest, mailed through the outbox in the caller's transaction. Asking for a new link
 * spends the older ones.
 */
@Service
class EmailVerifications {

	static final Duration VALID_FOR = Duration.ofHours(24);

	private final JdbcClient jdbc;

	private final Users users;

	private final MailOutbox mail;

	private final AuditLog audit;

	private final Clock clock;

	private final String baseUrl;

	private final Words words;

	EmailVerifications(JdbcClient jdbc, Users users, MailOutbox mail, AuditLog audit, Clock clock,
			@Value("${fascia.base-url}") String baseUrl, Words words) {
		this.words = words;
		this.jdbc = jdbc;
		this.users = users;
		this.mail = mail;
		this.audit = audit;
		this.clock = clock;
		this.baseUrl = baseUrl;
	}

	/** A confirmed link: whose account, and where to go next (a local path, or null). */
	record Verified(Account account, String nextPath) {
	}

	/** Mails a new confirmation link (older unused ones stop working). */
	@Transactional
	void send(Users.Row row, String clinicName, String nextPath) {
		Instant now = clock.instant();
		jdbc.sql("update email_verification_token set used_at = :now where user_id = :user and used_at is null")
			.param("now", Db.utc(now))
			.param("user", row.id())
			.update();
		String token = Secrets.newSecret("");
		jdbc.sql("""
				insert into email_verification_token (user_id, token_hash, next_path, expires_at, created_at)
				values (:user, :hash, :next, :expires, :now)
				""")
			.param("user", row.id())
			.param("hash", Secrets.digest(token))
			.param("next", safePath(nextPath))
			.param("expires", Db.utc(now.plus(VALID_FOR)))
			.param("now", Db.utc(now))
			.update();
		String link = baseUrl + "/signup/verify?token=" + token;
		mail.enqueue(OutgoingMail.text(row.email(), words.text("mail.identity.verify.subject", clinicName),
				words.text("mail.identity.verify.body", row.displayName(), clinicName,
						String.valueOf(VALID_FOR.toHours()), link)));
		audit.recordAs(row.email(), row.role().name(), "EMAIL_VERIFICATION_SENT", "user", row.id(),
				AuditOutcome.SUCCESS, "valid " + VALID_FOR.toHours() + " hours");
	}

	/** Someone signed up with an address that already has an account: tell its owner, and nothing else. */
	@Transactional
	void warnOwner(Users.Row row, String clinicName) {
		mail.enqueue(OutgoingMail.text(row.email(), words.text("mail.identity.existing.subject"),
				words.text("mail.identity.existing.body", row.displayName(), clinicName, baseUrl)));
		audit.recordAs(row.email(), row.role().name(), "SIGN_UP_EXISTING_ADDRESS", "user", row.id(),
				AuditOutcome.DENIED, "owner told by email");
	}

	/** Spends the link and confirms the address; empty when the link expired, was used or never existed. */
	@Transactional
	Optional<Verified> verify(String token) {
		if (token == null || token.isBlank()) {
			return Optional.empty();
		}
		Instant now = clock.instant();
		Optional<Found> found = jdbc.sql("""
				select id, user_id, next_path from email_verification_token
				where token_hash = :hash and used_at is null and expires_at > :now
				""")
			.param("hash", Secrets.digest(token))
			.param("now", Db.utc(now))
			.query((rs, i) -> new Found(rs.getLong("id"), rs.getLong("user_id"), rs.getString("next_path")))
			.optional();
		if (found.isEmpty()) {
			audit.recordAs(null, null, "EMAIL_VERIFIED", "user", null, AuditOutcome.FAILURE,
					"link expired, used or unknown");
			return Optional.empty();
		}
		int spent = jdbc.sql("update email_verification_token set used_at = :now where id = :id and used_at is null")
			.param("now", Db.utc(now))
			.param("id", found.get().id())
			.update();
		if (spent != 1) {
			return Optional.empty();
		}
		Users.Row row = users.byId(found.get().userId()).orElseThrow();
		users.markVerified(row.id(), now);
		audit.recordAs(row.email(), row.role().name(), "EMAIL_VERIFIED", "user", row.id(), AuditOutcome.SUCCESS, null);
		return Optional.of(new Verified(row.account(), found.get().nextPath()));
	}

	/** Whether a link is still usable (to show the confirm button or an explanation). */
	boolean usable(String token) {
		return token != null && !token.isBlank() && jdbc.sql("""
				select count(*) from email_verification_token
				where token_hash = :hash and used_at is null and expires_at > :now
				""")
			.param("hash", Secrets.digest(token))
			.param("now", Db.utc(clock.instant()))
			.query(Integer.class)
			.single() > 0;
	}

	/** Only a path on this site ("/book/..."), never another host ("//evil", "https://..."). */
	static String safePath(String path) {
		if (path == null || path.isBlank() || path.length() > 500) {
			return null;
		}
		String p = path.strip();
		return p.startsWith("/") && !p.startsWith("//") && !p.contains("\\") && !p.contains("\n") && !p.contains("\r")
				? p : null;
	}

	private record Found(long id, long userId, String nextPath) {
	}

}
