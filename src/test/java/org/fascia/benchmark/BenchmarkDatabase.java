package org.fascia.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * A fresh, empty database for one benchmark run of the application: an H2 file database in a new
 * temporary folder (through {@code fascia.data-dir}, as an installation would use it), or a new schema
 * in a PostgreSQL database. {@link #close()} removes it again.
 *
 * @param name "H2" or "PostgreSQL"
 * @param where where the data lives, for the report
 * @param arguments the Spring arguments that point the application at it
 * @param cleanup removes the folder or drops the schema
 */
record BenchmarkDatabase(String name, String where, List<String> arguments, Cleanup cleanup) implements AutoCloseable {

	static final String POSTGRES_URL = "FASCIA_BENCH_POSTGRES_URL";

	static final String DEFAULT_POSTGRES_URL = "jdbc:postgresql://127.0.0.1:5432/fascia_bench";

	interface Cleanup {

		void run() throws Exception;

	}

	/** PostgreSQL cannot be reached or prepared; the benchmark skips it and says why. */
	static final class Unreachable extends Exception {

		Unreachable(String message, Throwable cause) {
			super(message + (cause == null ? "" : ": " + cause.getMessage()), cause);
		}

	}

	static BenchmarkDatabase h2() throws IOException {
		Path folder = Files.createTempDirectory("fascia-bench-h2-");
		return new BenchmarkDatabase("H2", "file database in " + folder, List.of("--fascia.data-dir=" + folder),
				() -> deleteRecursively(folder));
	}

	/**
	 * A new schema {@code bench_<timestamp>} in the database of {@value #POSTGRES_URL} (default
	 * {@value #DEFAULT_POSTGRES_URL}), creating that database first (from the {@code postgres} database)
	 * when it does not exist yet. User and password: {@code FASCIA_BENCH_POSTGRES_USER} and
	 * {@code FASCIA_BENCH_POSTGRES_PASSWORD}, default postgres/postgres.
	 */
	static BenchmarkDatabase postgres() throws Unreachable {
		String url = env(POSTGRES_URL, DEFAULT_POSTGRES_URL);
		String user = env("FASCIA_BENCH_POSTGRES_USER", "postgres");
		String password = env("FASCIA_BENCH_POSTGRES_PASSWORD", "postgres");
		Properties login = new Properties();
		login.setProperty("user", user);
		login.setProperty("password", password);
		login.setProperty("connectTimeout", "5");
		ensureDatabase(url, login);
		String schema = "bench_" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss"));
		try (Connection connection = DriverManager.getConnection(url, login);
				Statement statement = connection.createStatement()) {
			statement.execute("create schema " + schema);
		}
		catch (SQLException ex) {
			throw new Unreachable("Cannot create schema " + schema + " on " + url, ex);
		}
		String schemaUrl = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
		return new BenchmarkDatabase("PostgreSQL", "schema " + schema + " of " + url,
				List.of("--spring.datasource.url=" + schemaUrl, "--spring.datasource.username=" + user,
						"--spring.datasource.password=" + password),
				() -> {
					try (Connection connection = DriverManager.getConnection(url, login);
							Statement statement = connection.createStatement()) {
						statement.execute("drop schema " + schema + " cascade");
					}
				});
	}

	/** Removes the data, unless {@code -Dfascia.bench.keep=true} keeps it for a look afterwards. */
	@Override
	public void close() throws Exception {
		if (Boolean.getBoolean("fascia.bench.keep")) {
			BookingBenchmark.progress("%s: kept the %s", this.name, this.where);
			return;
		}
		this.cleanup.run();
	}

	/** Connects to the benchmark database; when it does not exist (3D000), creates it from "postgres". */
	private static void ensureDatabase(String url, Properties login) throws Unreachable {
		try (Connection connection = DriverManager.getConnection(url, login)) {
			return;
		}
		catch (SQLException ex) {
			if (!"3D000".equals(ex.getSQLState())) {
				throw new Unreachable("PostgreSQL is not reachable at " + url, ex);
			}
		}
		int query = url.indexOf('?');
		String address = query < 0 ? url : url.substring(0, query);
		int slash = address.lastIndexOf('/');
		String database = address.substring(slash + 1);
		if (!database.matches("[A-Za-z_][A-Za-z0-9_]*")) {
			throw new Unreachable("Will not create a database named '" + database + "'", null);
		}
		String admin = address.substring(0, slash + 1) + "postgres" + (query < 0 ? "" : url.substring(query));
		try (Connection connection = DriverManager.getConnection(admin, login);
				PreparedStatement exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
			exists.setString(1, database);
			try (ResultSet rs = exists.executeQuery()) {
				if (!rs.next()) {
					try (Statement create = connection.createStatement()) {
						create.execute("create database " + database);
					}
				}
			}
		}
		catch (SQLException ex) {
			throw new Unreachable("Cannot create database " + database + " through " + admin, ex);
		}
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return value == null || value.isBlank() ? fallback : value;
	}

	private static void deleteRecursively(Path folder) throws IOException {
		try (Stream<Path> paths = Files.walk(folder)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		}
	}

}
