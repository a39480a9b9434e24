package org.fascia.benchmark;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.fascia.FasciaApplication;
import org.fascia.benchmark.BenchmarkReport.DatabaseFigures;
import org.fascia.benchmark.BenchmarkReport.JmhFigure;
import org.fascia.benchmark.ClinicLoader.Loaded;
import org.fascia.booking.Slot;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.options.VerboseMode;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The booking benchmark: the real application on a generated clinic (30 therapists, 10 rooms, 8 weeks
 * from next Monday, 6,000 appointments; see {@link BenchmarkClinic}), on H2 and on PostgreSQL, measuring
 * <ol type="a">
 * <li>the availability function alone, with JMH ({@link AvailabilityBenchmark}, once: it needs no database);
 * <li>{@code GET /api/v1/availability} for any therapist over 14 days under 8 concurrent clients (p50,
 * p99, requests/s), against the requests/s of {@code GET /actuator/health/liveness} on the same server
 * under the same load as the ceiling;
 * <li>bookings/s of 16 concurrent clients booking distinct free slots through
 * {@code POST /api/v1/appointments}, against raw JDBC inserts of appointment rows by 16 threads as the
 * ceiling; then the number of double bookings, which must be 0.
 * </ol>
 * It prints a report and writes it as Markdown to {@code target/benchmarks.md}. Not a test (Surefire
 * does not run it, and {@code mvn verify} does not depend on it). Run it with
 * {@code mvn -q test-compile exec:java -Dexec.mainClass=org.fascia.benchmark.BookingBenchmark -Dexec.classpathScope=test}.
 * <p>
 * System properties (all optional), with their defaults: {@code fascia.bench.availability-clients} (8),
 * {@code fascia.bench.warmup-seconds} (5) and {@code fascia.bench.measure-seconds} (15) for (b);
 * {@code fascia.bench.booking-clients} (16), {@code fascia.bench.bookings} (1600) and
 * {@code fascia.bench.booking-seconds} (15) for (c): after 10 bookings per client to warm up, up to 1,600
 * bookings or 15 s, whichever ends first; {@code fascia.bench.insert-seconds} (5, after 2 s of warm-up).
 * The first database of a run warms up three times as long (15 s, 30 bookings per client). Also
 * {@code fascia.bench.databases} ({@code h2,postgres}); {@code fascia.bench.jmh} ({@code true});
 * {@code fascia.bench.keep} ({@code false}: keep the H2 folder or PostgreSQL schema for a look).
 * PostgreSQL: {@code FASCIA_BENCH_POSTGRES_URL} (default
 * {@code jdbc:postgresql://127.0.0.1:5432/fascia_bench}, created when missing), {@code _USER} and
 * {@code _PASSWORD} (default postgres/postgres); each run works in a new schema and drops it at the end;
 * when PostgreSQL cannot be reached, the report says so and goes on.
 */
public final class BookingBenchmark {

	static final int DAYS = 14;

	/** Free slots to book are chosen over this many days from the first day (the API's longest range). */
	static final int BOOKING_DAYS = 92;

	static final int BOOKING_WARMUP_PER_CLIENT = 10;

	/**
	 * The first database of a run warms up this many times longer: the JVM compiles the HTTP stack
	 * then, and with 5 s on two busy cores the first database came out up to a third slower.
	 */
	static final int FIRST_WARMUP_FACTOR = 3;

	static final Duration INSERT_WARMUP = Duration.ofSeconds(2);

	/** Appointments counted as occupying, as {@code AppointmentStatus} defines them. */
	static final String OCCUPYING = "('BOOKED', 'COMPLETED', 'NO_SHOW')";

	/**
	 * Distinct pairs of occupying appointments of one therapist or one room whose [start_at,
	 * occupied_until) overlap: the later (or, at the same start, the second) starts inside the earlier.
	 */
	static final String DOUBLE_BOOKINGS = """
			select count(*) from (
			  select a.id as first_id, b.id as second_id from appointment a
			  join appointment b on b.therapist_id = a.therapist_id and b.id <> a.id
			   and b.start_at >= a.start_at and b.start_at < a.occupied_until
			  where a.status in %1$s and b.status in %1$s and (b.start_at > a.start_at or b.id > a.id)
			  union
			  select a.id, b.id from appointment a
			  join appointment b on b.room_id = a.room_id and b.id <> a.id
			   and b.start_at >= a.start_at and b.start_at < a.occupied_until
			  where a.status in %1$s and b.status in %1$s and (b.start_at > a.start_at or b.id > a.id)
			) pairs
			""".formatted(OCCUPYING);

	/** The benchmark's knobs, from system properties. */
	record Settings(int availabilityClients, int bookingClients, Duration warmup, Duration measure, int bookings,
			Duration bookingLimit, Duration insertMeasure, List<String> databases, boolean jmh) {

		static Settings fromSystemProperties() {
			return new Settings(Integer.getInteger("fascia.bench.availability-clients", 8),
					Integer.getInteger("fascia.bench.booking-clients", 16),
					Duration.ofSeconds(Long.getLong("fascia.bench.warmup-seconds", 5)),
					Duration.ofSeconds(Long.getLong("fascia.bench.measure-seconds", 15)),
					Integer.getInteger("fascia.bench.bookings", 1_600),
					Duration.ofSeconds(Long.getLong("fascia.bench.booking-seconds", 15)),
					Duration.ofSeconds(Long.getLong("fascia.bench.insert-seconds", 5)),
					Arrays.stream(System.getProperty("fascia.bench.databases", "h2,postgres").split(","))
						.map(String::trim)
						.filter((name) -> !name.isEmpty())
						.toList(),
					Boolean.parseBoolean(System.getProperty("fascia.bench.jmh", "true")));
		}

	}

	private BookingBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Settings settings = Settings.fromSystemProperties();
		LocalDate firstDay = LocalDate.now(BenchmarkClinic.ZONE).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
		BenchmarkClinic clinic = BenchmarkClinic.generate(BenchmarkClinic.SEED, firstDay);
		BenchmarkReport report = new BenchmarkReport(settings, clinic, Instant.now(),
				ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
		progress("Booking benchmark: %d therapists, %d rooms, %,d appointments over %d weeks from %s (%s)",
				clinic.therapists().size(), clinic.roomIds().size(), clinic.appointments().size(), clinic.weeks(),
				firstDay, clinic.zone());
		if (settings.jmh()) {
			progress("(a) JMH: Availability.freeSlots alone (about 25 s)");
			for (RunResult result : AvailabilityBenchmark.run(VerboseMode.SILENT)) {
				report.jmh(new JmhFigure(AvailabilityBenchmark.name(result), result.getPrimaryResult().getScore(),
						result.getPrimaryResult().getScoreError()));
			}
		}
		for (String database : settings.databases()) {
			int warmupFactor = report.databases() == 0 ? FIRST_WARMUP_FACTOR : 1;
			switch (database) {
				case "h2" -> report.database(measure(BenchmarkDatabase.h2(), clinic, settings, warmupFactor));
				case "postgres", "postgresql" -> {
					try {
						report.database(measure(BenchmarkDatabase.postgres(), clinic, settings, warmupFactor));
					}
					catch (BenchmarkDatabase.Unreachable ex) {
						progress("PostgreSQL skipped: %s", ex.getMessage());
						report.skipped("PostgreSQL", ex.getMessage());
					}
				}
				default -> throw new IllegalArgumentException("Unknown database '" + database + "': use h2, postgres");
			}
		}
		String text = report.text();
		System.out.println();
		System.out.println(text);
		Path markdown = Path.of("target", "benchmarks.md");
		Files.createDirectories(markdown.getParent());
		Files.writeString(markdown, report.markdown());
		System.out.println("Written as Markdown to " + markdown.toAbsolutePath());
		if (report.doubleBookings() > 0) {
			throw new IllegalStateException(report.doubleBookings() + " double bookings: the booking invariant is broken");
		}
	}

	/**
	 * Starts Fascia on the database, loads the clinic, and measures (b) and (c), warming up
	 * {@code warmupFactor} times as long as the settings say.
	 */
	static DatabaseFigures measure(BenchmarkDatabase database, BenchmarkClinic clinic, Settings settings,
			int warmupFactor) throws Exception {
		Duration warmup = settings.warmup().multipliedBy(warmupFactor);
		int warmupBookings = BOOKING_WARMUP_PER_CLIENT * warmupFactor;
		progress("%s: starting Fascia on a %s", database.name(), database.where());
		try (database; ConfigurableApplicationContext app = start(database)) {
			DataSource dataSource = app.getBean(DataSource.class);
			JdbcTemplate jdbc = new JdbcTemplate(dataSource);
			Loaded loaded = ClinicLoader.load(app, clinic);
			// Fresh statistics, as autovacuum (PostgreSQL) or auto-analyze (H2) would soon have them.
			jdbc.execute("analyze");
			progress("%s: loaded the clinic in %.1f s", database.name(), loaded.took().toMillis() / 1000.0);
			URI base = URI.create("http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port"));
			String token = ownerToken(base);
			double loadAverage = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();

			// (b) availability for any therapist over 14 days, and the liveness probe as the ceiling.
			int clients = settings.availabilityClients();
			LocalDate from = clinic.firstDay().plusWeeks(3);
			HttpRequest availability = HttpRequest
				.newBuilder(base.resolve("/api/v1/availability?serviceId=" + loaded.serviceId() + "&from=" + from
						+ "&to=" + from.plusDays(DAYS - 1L)))
				.header("Authorization", "Bearer " + token)
				.header("Accept", "application/json")
				.GET()
				.build();
			int slots = slotsIn(availability);
			HttpRequest liveness = HttpRequest.newBuilder(base.resolve("/actuator/health/liveness")).GET().build();
			progress("%s: (b) %d clients, GET availability (%d slots), %d s + %d s", database.name(), clients, slots,
					warmup.toSeconds(), settings.measure().toSeconds());
			ClientLoad.Result availabilityLoad = ClientLoad.get(availability, clients, warmup,
					settings.measure());
			progress("%s: (b) %d clients, GET liveness, %d s + %d s", database.name(), clients,
					warmup.toSeconds(), settings.measure().toSeconds());
			ClientLoad.Result livenessLoad = ClientLoad.get(liveness, clients, warmup, settings.measure());

			// (c) bookings of distinct free slots, and raw JDBC inserts as the ceiling.
			int bookers = settings.bookingClients();
			int perClient = Math.max(1, settings.bookings() / bookers);
			int wanted = bookers * (warmupBookings + perClient);
			List<Slot> free = BookableSlots.select(clinic, ClinicLoader.DEEP_TISSUE_60, clinic.firstDay(), BOOKING_DAYS,
					Instant.now().plus(Duration.ofMinutes(5)), wanted);
			String note = null;
			if (free.size() < wanted) {
				int fewer = free.size() / bookers - warmupBookings;
				if (fewer < 1) {
					throw new IllegalStateException("Only " + free.size() + " non-conflicting free slots for " + bookers
							+ " clients");
				}
				note = "only " + free.size() + " non-conflicting free slots, so " + fewer + " bookings per client, not "
						+ perClient;
				perClient = fewer;
			}
			List<List<HttpRequest>> bookings = bookings(base, token, loaded, free, bookers, warmupBookings + perClient);
			progress("%s: (c) %d clients, %d bookings, then up to %d or %d s", database.name(), bookers,
					bookers * warmupBookings, bookers * perClient, settings.bookingLimit().toSeconds());
			ClientLoad.Result bookingLoad = ClientLoad.post(bookings, warmupBookings, settings.bookingLimit());
			progress("%s: (c) %d threads, raw JDBC inserts, %d s + %d s", database.name(), bookers,
					INSERT_WARMUP.toSeconds(), settings.insertMeasure().toSeconds());
			ClientLoad.Result inserts = rawInserts(jdbc, dataSource, loaded, clinic, bookers, settings.insertMeasure());
			long doubleBookings = jdbc.queryForObject(DOUBLE_BOOKINGS, Long.class);
			return new DatabaseFigures(database.name(), product(dataSource), database.where(), loaded.took(),
					loadAverage, from, slots, availabilityLoad, livenessLoad, bookingLoad,
					warmup, bookers * warmupBookings, inserts, doubleBookings, note);
		}
	}

	private static ConfigurableApplicationContext start(BenchmarkDatabase database) {
		List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--fascia.scheduling=false",
				"--spring.main.banner-mode=off", "--logging.level.root=WARN",
				// The request log is configured at INFO by name; one line per request would slow the server.
				"--logging.level.org.fascia.platform.RequestLog=WARN"));
		arguments.addAll(database.arguments());
		return SpringApplication.run(FasciaApplication.class, arguments.toArray(String[]::new));
	}

	private static String product(DataSource dataSource) throws Exception {
		try (Connection connection = dataSource.getConnection()) {
			DatabaseMetaData meta = connection.getMetaData();
			return meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion();
		}
	}

	private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");

	/** A bearer token of the owner, from {@code POST /api/v1/auth/token}. */
	private static String ownerToken(URI base) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(base.resolve("/api/v1/auth/token"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"" + ClinicLoader.OWNER_EMAIL + "\",\"password\":\""
					+ ClinicLoader.OWNER_PASSWORD + "\"}"))
			.build();
		HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
		Matcher token = TOKEN.matcher(response.body());
		if (response.statusCode() != 200 || !token.find()) {
			throw new IllegalStateException("No owner token: " + response.statusCode() + " " + response.body());
		}
		return token.group(1);
	}

	/** Asks once, checks the answer, and counts its slots. */
	private static int slotsIn(HttpRequest availability) throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(availability, HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IllegalStateException("Availability failed: " + response.statusCode() + " " + response.body());
		}
		int slots = response.body().split("\"start\"", -1).length - 1;
		if (slots == 0) {
			throw new IllegalStateException("The measured window has no free slot: " + availability.uri());
		}
		return slots;
	}

	/** One POST per free slot for a random client, shuffled and dealt round-robin to the clients. */
	private static List<List<HttpRequest>> bookings(URI base, String token, Loaded loaded, List<Slot> free,
			int clients, int each) {
		List<Slot> slots = new ArrayList<>(free);
		Random random = new Random(BenchmarkClinic.SEED);
		Collections.shuffle(slots, random);
		List<List<HttpRequest>> perThread = new ArrayList<>();
		for (int i = 0; i < clients; i++) {
			perThread.add(new ArrayList<>());
		}
		for (int i = 0; i < clients * each; i++) {
			Slot slot = slots.get(i);
			long client = loaded.clientIds().get(random.nextInt(loaded.clientIds().size()));
			String body = "{\"serviceId\":%d,\"therapistId\":%d,\"start\":\"%s\",\"clientId\":%d}".formatted(
					loaded.serviceId(), loaded.therapist(slot.therapistId()), slot.start(), client);
			perThread.get(i % clients).add(HttpRequest.newBuilder(base.resolve("/api/v1/appointments"))
				.header("Authorization", "Bearer " + token)
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build());
		}
		return perThread;
	}

	/**
	 * Threads insert appointment rows with plain JDBC (autocommit, one statement per row), each for a
	 * scratch therapist and room of its own (inactive, so the application never offers them), at
	 * back-to-back times a year after the clinic's weeks: no two rows overlap, no lock is shared.
	 */
	private static ClientLoad.Result rawInserts(JdbcTemplate jdbc, DataSource dataSource, Loaded loaded,
			BenchmarkClinic clinic, int threads, Duration measure) throws Exception {
		long location = jdbc.queryForObject("select min(id) from location", Long.class);
		List<long[]> scratch = new ArrayList<>();
		for (int i = 0; i < threads; i++) {
			jdbc.update("insert into therapist (display_name, active) values (?, false)", "Scratch therapist " + i);
			jdbc.update("insert into room (location_id, name, active) values (?, ?, false)", location, "Scratch room " + i);
			scratch.add(new long[] {
					jdbc.queryForObject("select max(id) from therapist", Long.class),
					jdbc.queryForObject("select max(id) from room", Long.class) });
		}
		Instant base = clinic.firstDay().plusYears(1).atStartOfDay(clinic.zone()).toInstant();
		Instant now = Instant.now();
		long client = loaded.clientIds().get(0);
		return ClientLoad.repeat(threads, (thread) -> new ClientLoad.Worker() {

			private Connection connection;

			private PreparedStatement insert;

			@Override
			public ClientLoad.Operation open() throws Exception {
				this.connection = dataSource.getConnection();
				this.connection.setAutoCommit(true);
				this.insert = this.connection.prepareStatement(ClinicLoader.INSERT_APPOINTMENT);
				long therapist = scratch.get(thread)[0];
				long room = scratch.get(thread)[1];
				return (sequence) -> {
					Instant start = base.plus(Duration.ofMinutes(70 * sequence));
					Object[] row = ClinicLoader.appointmentRow(client, therapist, room, loaded.serviceId(), start,
							start.plus(Duration.ofMinutes(60)), start.plus(Duration.ofMinutes(70)), loaded.ownerId(),
							now);
					for (int i = 0; i < row.length; i++) {
						this.insert.setObject(i + 1, row[i]);
					}
					this.insert.executeUpdate();
				};
			}

			@Override
			public void close() throws Exception {
				if (this.insert != null) {
					this.insert.close();
				}
				if (this.connection != null) {
					this.connection.close();
				}
			}

		}, INSERT_WARMUP, measure);
	}

	static void progress(String format, Object... arguments) {
		System.out.printf("… " + format + "%n", arguments);
		System.out.flush();
	}

}
