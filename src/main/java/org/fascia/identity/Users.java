package org.fascia.identity;

import java.time.Instant;
import java.util.Optional;

import org.fascia.platform.Db;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Persistence of accounts. E-mail addresses are stored trimmed and lower-cased. */
@Repository
class Users {

	record Row(long id, String email, String displayName, String passwordHash, Role role, boolean enabled,
			int failedAttempts, Instant lockedUntil, Instant emailVerifiedAt) {

		boolean lockedAt(Instant now) {
			return lockedUntil != null && lockedUntil.isAfter(now);
		}

		Account account() {
			return new Account(id, email, displayName, role);
		}

	}

	private static final RowMapper<Row> ROW = (rs, i) -> new Row(rs.getLong("id"), rs.getString("email"),
			rs.getString("display_name"), rs.getString("password_hash"), Role.valueOf(rs.getString("role")),
			rs.getBoolean("enabled"), rs.getInt("failed_attempts"), Db.instant(rs, "locked_until"),
			Db.instant(rs, "email_verified_at"));

	private final JdbcClient jdbc;

	Users(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	static String normalise(String email) {
		return email == null ? "" : email.trim().toLowerCase(java.util.Locale.ROOT);
	}

	Optional<Row> byEmail(String email) {
		return jdbc.sql("select * from app_user where email = :email")
			.param("email", normalise(email))
			.query(ROW)
			.optional();
	}

	Optional<Row> byId(long id) {
		return jdbc.sql("select * from app_user where id = :id").param("id", id).query(ROW).optional();
	}

	boolean exists(String email) {
		return jdbc.sql("select count(*) from app_user where email = :email")
			.param("email", normalise(email))
			.query(Integer.class)
			.single() > 0;
	}

	java.util.List<Row> enabledWithRoles(java.util.Collection<Role> roles) {
		return jdbc.sql("select * from app_user where enabled = true and role in (:roles) order by id")
			.param("roles", roles.stream().map(Role::name).toList())
			.query(ROW)
			.list();
	}

	boolean anyWithRole(Role role) {
		return jdbc.sql("select count(*) from app_user where role = :role")
			.param("role", role.name())
			.query(Integer.class)
			.single() > 0;
	}

	long insert(String email, String displayName, String passwordHash, Role role, Instant now) {
		return insert(email, displayName, passwordHash, role, now, now);
	}

	/** A new account; {@code verifiedAt} null: its address is not confirmed yet (self sign-up). */
	long insert(String email, String displayName, String passwordHash, Role role, Instant now, Instant verifiedAt) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into app_user (email, display_name, password_hash, role, enabled, failed_attempts, created_at,
				                      email_verified_at)
				values (:email, :name, :hash, :role, true, 0, :now, :verified)
				""")
			.param("verified", verifiedAt == null ? null : Db.utc(verifiedAt))
			.param("email", normalise(email))
			.param("name", displayName.trim())
			.param("hash", passwordHash)
			.param("role", role.name())
			.param("now", Db.utc(now))
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	/** Counts a failed sign-in atomically and returns the new count. */
	int recordFailure(long id) {
		jdbc.sql("update app_user set failed_attempts = failed_attempts + 1 where id = :id").param("id", id).update();
		return jdbc.sql("select failed_attempts from app_user where id = :id").param("id", id).query(Integer.class).single();
	}

	void lockUntil(long id, Instant until) {
		jdbc.sql("update app_user set locked_until = :until, failed_attempts = 0 where id = :id")
			.param("until", Db.utc(until))
			.param("id", id)
			.update();
	}

	void clearFailures(long id) {
		jdbc.sql("update app_user set failed_attempts = 0 where id = :id and failed_attempts <> 0").param("id", id).update();
	}

	/** Marks the address confirmed; false when it already was. */
	boolean markVerified(long id, Instant now) {
		return jdbc.sql("update app_user set email_verified_at = :now where id = :id and email_verified_at is null")
			.param("now", Db.utc(now))
			.param("id", id)
			.update() == 1;
	}

	void setPassword(long id, String passwordHash) {
		jdbc.sql("update app_user set password_hash = :hash, failed_attempts = 0, locked_until = null where id = :id")
			.param("hash", passwordHash)
			.param("id", id)
			.update();
	}

}
