package org.fascia.identity;

import org.fascia.platform.Secrets;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.fascia.audit.AuditLog;
import org.fascia.audit.AuditOutcome;
import org.fascia.platform.Db;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Bearer tokens for the API: shown once, stored as a SHA-256 digest, valid 30 days, revocable. */
@Service
class ApiTokens {

	static final Duration LIFETIME = Duration.ofDays(30);

	private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

	record Issued(long id, String token, Instant expiresAt) {
	}

	record TokenInfo(long id, String name, Instant createdAt, Instant expiresAt, Instant revokedAt,
			Instant lastUsedAt) {

		boolean activeAt(Instant now) {
			return revokedAt == null && expiresAt.isAfter(now);
		}

	}

	private final JdbcClient jdbc;

	private final LoginUsers loginUsers;

	private final Users users;

	private final AuditLog audit;

	private final Clock clock;

	ApiTokens(JdbcClient jdbc, LoginUsers loginUsers, Users users, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.loginUsers = loginUsers;
		this.users = users;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	Issued issue(FasciaUser user, String name) {
		String token = Secrets.newSecret("fsc_");
		Instant now = clock.instant();
		Instant expires = now.plus(LIFETIME);
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into api_token (user_id, name, token_hash, created_at, expires_at)
				values (:user, :name, :hash, :now, :expires)
				""")
			.param("user", user.id())
			.param("name", name)
			.param("hash", Secrets.digest(token))
			.param("now", Db.utc(now))
			.param("expires", Db.utc(expires))
			.update(keys, "id");
		long id = keys.getKey().longValue();
		audit.recordAs(user.getUsername(), user.role().name(), "API_TOKEN_CREATED", "api_token", id,
				AuditOutcome.SUCCESS, name);
		return new Issued(id, token, expires);
	}

	/** The user a presented token stands for, if it is known, unrevoked, unexpired and its account usable. */
	Optional<FasciaUser> authenticate(String token) {
		Instant now = clock.instant();
		Optional<Found> found = jdbc.sql("""
				select id, user_id, last_used_at from api_token
				where token_hash = :hash and revoked_at is null and expires_at > :now
				""")
			.param("hash", Secrets.digest(token))
			.param("now", Db.utc(now))
			.query((rs, i) -> new Found(rs.getLong("id"), rs.getLong("user_id"), Db.instant(rs, "last_used_at")))
			.optional();
		if (found.isEmpty()) {
			return Optional.empty();
		}
		Found token1 = found.get();
		if (token1.lastUsedAt() == null || token1.lastUsedAt().plus(TOUCH_EVERY).isBefore(now)) {
			jdbc.sql("update api_token set last_used_at = :now where id = :id")
				.param("now", Db.utc(now))
				.param("id", token1.id())
				.update();
		}
		return users.byId(token1.userId())
			.map(loginUsers::toUser)
			.filter(user -> user.isEnabled() && user.isAccountNonLocked());
	}

	List<TokenInfo> of(long userId) {
		return jdbc.sql("select * from api_token where user_id = :user order by created_at desc")
			.param("user", userId)
			.query((rs, i) -> new TokenInfo(rs.getLong("id"), rs.getString("name"), Db.instant(rs, "created_at"),
					Db.instant(rs, "expires_at"), Db.instant(rs, "revoked_at"), Db.instant(rs, "last_used_at")))
			.list();
	}

	/** Revokes one of the user's own tokens; false when there is no such token of theirs. */
	@Transactional
	boolean revoke(FasciaUser user, long tokenId) {
		int changed = jdbc.sql("""
				update api_token set revoked_at = :now
				where id = :id and user_id = :user and revoked_at is null
				""").param("now", Db.utc(clock.instant())).param("id", tokenId).param("user", user.id()).update();
		if (changed == 1) {
			audit.recordAs(user.getUsername(), user.role().name(), "API_TOKEN_REVOKED", "api_token", tokenId,
					AuditOutcome.SUCCESS, null);
		}
		return changed == 1;
	}

	private record Found(long id, long userId, Instant lastUsedAt) {
	}

}
