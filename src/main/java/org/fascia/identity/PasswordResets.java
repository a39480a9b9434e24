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
import org.fascia.platform.ApiProblem;
import org.fascia.platform.Db;
import org.fascia.platform.Words;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Password links sent by email: a reset link (valid {@link #VALID_FOR}) asked for on the sign-in page,
 * and a new account's invitation (valid {@link #INVITATION_VALID_FOR}). Both are single use and
 * stored only as a digest. A reset request answers the same whether or not the address has an account.
 */
@Service
class PasswordResets {

	static final Duration VALID_FOR = Duration.ofMinutes(60);

	static final Duration INVITATION_VALID_FOR = Duration.ofDays(7);

	static final int MAX_PER_HOUR = 3;

	/** What a link was sent for: the page and the audit log word it accordingly. */
	enum Purpose {

		RESET, INVITATION

	}

	private final JdbcClient jdbc;

	private final Users users;

	private final MailOutbox mail;

	private final PasswordEncoder encoder;

	private final AuditLog audit;

	private final Clock clock;

	private final String baseUrl;

	private final PasswordRules passwords;

	private final Words words;

	PasswordResets(JdbcClient jdbc, Users users, MailOutbox mail, PasswordEncoder encoder, AuditLog audit, Clock clock,
			@Value("${fascia.base-url}") String baseUrl, PasswordRules passwords, Words words) {
		this.passwords = passwords;
		this.words = words;
		this.jdbc = jdbc;
		this.users = users;
		this.mail = mail;
		this.encoder = encoder;
		this.audit = audit;
		this.clock = clock;
		this.baseUrl = baseUrl;
	}

	/** Sends a reset link if the address has an account and has not asked too often; says nothing either way. */
	@Transactional
	void request(String email) {
		Optional<Users.Row> user = users.byEmail(email);
		if (user.isEmpty()) {
			audit.recordAs(Users.normalise(email), null, "PASSWORD_RESET_REQUESTED", "user", null,
					AuditOutcome.FAILURE, "unknown account");
			return;
		}
		Users.Row row = user.get();
		Instant now = clock.instant();
		int recent = jdbc.sql("select count(*) from password_reset_token where user_id = :user and created_at > :since")
			.param("user", row.id())
			.param("since", Db.utc(now.minus(Duration.ofHours(1))))
			.query(Integer.class)
			.single();
		if (recent >= MAX_PER_HOUR) {
			audit.recordAs(row.email(), row.role().name(), "PASSWORD_RESET_REQUESTED", "user", row.id(),
					AuditOutcome.DENIED, "more than " + MAX_PER_HOUR + " requests in an hour");
			return;
		}
		String link = issue(row.id(), Purpose.RESET, now, VALID_FOR);
		mail.enqueue(OutgoingMail.text(row.email(), words.text("mail.identity.reset.subject"),
				words.text("mail.identity.reset.body", row.displayName(), String.valueOf(VALID_FOR.toMinutes()), link)));
		audit.recordAs(row.email(), row.role().name(), "PASSWORD_RESET_REQUESTED", "user", row.id(),
				AuditOutcome.SUCCESS, null);
	}

	/**
	 * Mails a new account its welcome with a link to choose a password, in the caller's transaction:
	 * if the account is not created after all, no mail leaves.
	 */
	@Transactional
	void invite(Account account, String clinicName) {
		String link = issue(account.id(), Purpose.INVITATION, clock.instant(), INVITATION_VALID_FOR);
		mail.enqueue(OutgoingMail.text(account.email(), words.text("mail.identity.invitation.subject", clinicName),
				words.text("mail.identity.invitation.body", account.displayName(), clinicName,
						String.valueOf(INVITATION_VALID_FOR.toDays()), link, baseUrl)));
		audit.record("INVITATION_SENT", "user", account.id(), AuditOutcome.SUCCESS,
				"valid " + INVITATION_VALID_FOR.toDays() + " days");
	}

	/** What a still usable link was sent for; empty when it has expired, was used, or never existed. */
	Optional<Purpose> purpose(String token) {
		return token == null ? Optional.empty() : find(token).map(Found::purpose);
	}

	/** Whether a link's token can still be used (to show the form or an explanation). */
	boolean usable(String token) {
		return purpose(token).isPresent();
	}

	/** Sets the new password and spends the token, or changes nothing; answers what the link was for. */
	@Transactional
	Purpose reset(String token, String newPassword) {
		Found found = find(token == null ? "" : token)
			.orElseThrow(() -> ApiProblem.badRequest("token", words.text("identity.reset.problem.unusable")));
		Users.Row row = users.byId(found.userId()).orElseThrow();
		passwords.check(newPassword, row.email());
		Instant now = clock.instant();
		int spent = jdbc.sql("update password_reset_token set used_at = :now where id = :id and used_at is null")
			.param("now", Db.utc(now))
			.param("id", found.id())
			.update();
		if (spent != 1) {
			throw ApiProblem.badRequest("token", words.text("identity.reset.problem.used"));
		}
		jdbc.sql("update password_reset_token set used_at = :now where user_id = :user and used_at is null")
			.param("now", Db.utc(now))
			.param("user", row.id())
			.update();
		users.setPassword(row.id(), encoder.encode(newPassword));
		String action = found.purpose() == Purpose.INVITATION ? "INVITATION_ACCEPTED" : "PASSWORD_RESET";
		audit.recordAs(row.email(), row.role().name(), action, "user", row.id(), AuditOutcome.SUCCESS, null);
		return found.purpose();
	}

	/** Stores a new link's digest and answers the link to mail. */
	private String issue(long userId, Purpose purpose, Instant now, Duration validFor) {
		String token = Secrets.newSecret("");
		jdbc.sql("""
				insert into password_reset_token (user_id, token_hash, purpose, expires_at, created_at)
				values (:user, :hash, :purpose, :expires, :now)
				""")
			.param("user", userId)
			.param("hash", Secrets.digest(token))
			.param("purpose", purpose.name())
			.param("expires", Db.utc(now.plus(validFor)))
			.param("now", Db.utc(now))
			.update();
		return baseUrl + "/password/reset?token=" + token;
	}

	private Optional<Found> find(String token) {
		return jdbc.sql("""
				select id, user_id, purpose from password_reset_token
				where token_hash = :hash and used_at is null and expires_at > :now
				""")
			.param("hash", Secrets.digest(token))
			.param("now", Db.utc(clock.instant()))
			.query((rs, i) -> new Found(rs.getLong("id"), rs.getLong("user_id"), Purpose.valueOf(rs.getString("purpose"))))
			.optional();
	}

	private record Found(long id, long userId, Purpose purpose) {
	}

}
