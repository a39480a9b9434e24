package org.fascia.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Which database the tests run on. The default surefire run uses H2; when FASCIA_TEST_POSTGRES_URL is
 * set, a second run (system property {@code fascia.test.db=postgres}) repeats every {@code @DatabaseTest}
 * on PostgreSQL. Every Spring context gets a database of its own: an in-memory H2 database, or a fresh
 * PostgreSQL schema.
 */
public final class TestDatabase {

	private TestDatabase() {
	}

	public static boolean isPostgres() {
		return "postgres".equals(System.getProperty("fascia.test.db"));
	}

	/** Spring properties pointing at a new, empty database. */
	public static Map<String, Object> freshDatabaseProperties() {
		Map<String, Object> properties = new LinkedHashMap<>();
		String name = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
		if (isPostgres()) {
			String url = postgresUrl();
			createSchema(url, name);
			properties.put("spring.datasource.url", url + (url.contains("?") ? "&" : "?") + "currentSchema=" + name);
			properties.put("spring.datasource.username", postgresUser());
			properties.put("spring.datasource.password", postgresPassword());
		}
		else {
			properties.put("spring.datasource.url", "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000");
			properties.put("spring.datasource.username", "sa");
			properties.put("spring.datasource.password", "");
		}
		// Many cached test contexts share one PostgreSQL server: keep each pool small.
		properties.put("spring.datasource.hikari.maximum-pool-size", "6");
		properties.put("spring.datasource.hikari.minimum-idle", "1");
		return properties;
	}

	public static String postgresUrl() {
		String url = System.getenv("FASCIA_TEST_POSTGRES_URL");
		if (url == null || url.isBlank()) {
			throw new IllegalStateException("fascia.test.db=postgres needs FASCIA_TEST_POSTGRES_URL");
		}
		return url;
	}

	public static String postgresUser() {
		String user = System.getenv("FASCIA_TEST_POSTGRES_USER");
		return user == null || user.isBlank() ? "postgres" : user;
	}

	public static String postgresPassword() {
		String password = System.getenv("FASCIA_TEST_POSTGRES_PASSWORD");
		return password == null ? "" : password;
	}

	private static void createSchema(String url, String schema) {
		try (Connection connection = DriverManager.getConnection(url, postgresUser(), postgresPassword());
				Statement statement = connection.createStatement()) {
			statement.execute("create schema " + schema);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot create test schema on " + url, ex);
		}
	}

}
