package org.fascia.identity;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.fascia.platform.Db;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A client's account for the "your data" export and erasure. Erasing an account keeps its row (consents and
 * records point at it) but makes it one nobody can sign in to: disabled, the email replaced by an address that
 * cannot exist ({@code .invalid}), the name replaced, the password hash replaced by one no password matches, and
 * every API token, reset link and stored session deleted.
 */
@Service
public class AccountErasure {

	/** A bcrypt-tagged hash that is not a bcrypt hash: every password check fails. */
	static final String NO_PASSWORD = "{bcrypt}!erased";

	private final JdbcClient jdbc;

	AccountErasure(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The account as the client may see it (never the password hash). */
	public Optional<Map<String, Object>> export(long userId) {
		return jdbc.sql("select id, email, display_name, role, enabled, created_at from app_user where id = :id")
			.param("id", userId)
			.query((rs, i) -> {
				Map<String, Object> row = new LinkedHashMap<>();
				row.put("id", rs.getLong("id"));
				row.put("email", rs.getString("email"));
				row.put("displayName", rs.getString("display_name"));
				row.put("role", rs.getString("role"));
				row.put("enabled", rs.getBoolean("enabled"));
				row.put("createdAt", Db.instant(rs, "created_at").toString());
				return row;
			})
			.optional();
	}

	/** Ends sign-in for good; only client accounts can be erased. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void erase(long userId) {
		String email = jdbc.sql("select email from app_user where id = :id and role = 'CLIENT'")
			.param("id", userId)
			.query(String.class)
			.optional()
			.orElseThrow(() -> new IllegalArgumentException("Only a client's account can be erased"));
		jdbc.sql("delete from api_token where user_id = :id").param("id", userId).update();
		jdbc.sql("delete from password_reset_token where user_id = :id").param("id", userId).update();
		jdbc.sql("delete from spring_session where principal_name = :email").param("email", email).update();
		jdbc.sql("""
				update app_user set email = :erased, display_name = 'Erased account', password_hash = :none,
				       enabled = false, failed_attempts = 0, locked_until = null
				where id = :id
				""")
			.param("erased", "erased-" + userId + "@erased.invalid")
			.param("none", NO_PASSWORD)
			.param("id", userId)
			.update();
	}

}
