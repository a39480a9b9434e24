package org.fascia.benchmark;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.fascia.benchmark.BookingBenchmark.Settings;
import org.fascia.benchmark.ClientLoad.Result;

/** The booking benchmark's figures, as plain text for the console and as Markdown for the docs. */
final class BenchmarkReport {

	/** One JMH benchmark: milliseconds per call, with JMH's 99.9 % error. */
	record JmhFigure(String name, double msPerOp, double error) {
	}

	/** What one database gave. */
	record DatabaseFigures(String name, String product, String where, Duration loadTook, double loadAverage,
			LocalDate from, int slots,
			Result availability, Result liveness, Result bookings, Duration warmup, int warmupBookings, Result inserts,
			long doubleBookings, String note) {
	}

	private final Settings settings;

	private final BenchmarkClinic clinic;

	private final Instant started;

	private final double loadAverage;

	private final List<JmhFigure> jmh = new ArrayList<>();

	private final List<DatabaseFigures> databases = new ArrayList<>();

	private final List<String> skipped = new ArrayList<>();

	BenchmarkReport(Settings settings, BenchmarkClinic clinic, Instant started, double loadAverage) {
		this.settings = settings;
		this.clinic = clinic;
		this.started = started;
		this.loadAverage = loadAverage;
	}

	void jmh(JmhFigure figure) {
		this.jmh.add(figure);
	}

	void database(DatabaseFigures figures) {
		this.databases.add(figures);
	}

	void skipped(String database, String why) {
		this.skipped.add(database + " skipped: " + why);
	}

	int databases() {
		return this.databases.size();
	}

	long doubleBookings() {
		return this.databases.stream().mapToLong(DatabaseFigures::doubleBookings).sum();
	}

	String text() {
		StringBuilder out = new StringBuilder();
		line(out, "Fascia booking benchmark, %s", DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
			.format(this.started.atOffset(ZoneOffset.UTC)));
		line(out, "  machine   %s", machine());
		line(out, "  clinic    %s", clinic());
		out.append('\n');
		if (!this.jmh.isEmpty()) {
			line(out, "(a) Availability.freeSlots alone: JMH, 1 thread, no database, 14 days, 60-minute service");
			for (JmhFigure figure : this.jmh) {
				line(out, "    %-26s %8.3f ± %.3f ms/op   %8.2f ops/ms", label(figure), figure.msPerOp(),
						figure.error(), 1 / figure.msPerOp());
			}
			out.append('\n');
		}
		for (DatabaseFigures db : this.databases) {
			line(out, "%s  (%s)", db.product(), db.where());
			line(out, "    clinic loaded in %.1f s; load average %.1f before measuring", db.loadTook().toMillis() / 1000.0,
					db.loadAverage());
			line(out, "(b) GET /api/v1/availability, any therapist, 14 days from %s (%d slots), %d clients, %d s after %d s warm-up",
					db.from(), db.slots(), this.settings.availabilityClients(), this.settings.measure().toSeconds(),
					db.warmup().toSeconds());
			line(out, "    %-27s %,7.0f req/s        p50 %7.2f ms  p99 %7.2f ms  cpu %5.2f ms/req   %5.1f %% of the ceiling%s",
					"availability", db.availability().perSecond(), db.availability().p50Millis(),
					db.availability().p99Millis(), db.availability().cpuMillisPerOperation(),
					percent(db.availability().perSecond(), db.liveness().perSecond()), failures(db.availability()));
			line(out, "    %-27s %,7.0f req/s        p50 %7.2f ms  p99 %7.2f ms  cpu %5.2f ms/req%s",
					"ceiling: health/liveness", db.liveness().perSecond(), db.liveness().p50Millis(),
					db.liveness().p99Millis(), db.liveness().cpuMillisPerOperation(), failures(db.liveness()));
			JmhFigure any = anyTherapist();
			if (any != null) {
				line(out, "    %-27s %.3f ms/call (JMH), %.0f %% of the JVM CPU per request", "the function alone",
						any.msPerOp(), percent(any.msPerOp(), db.availability().cpuMillisPerOperation()));
			}
			line(out, "(c) POST /api/v1/appointments, %d clients, distinct free slots: %,d bookings in %.1f s after %,d",
					this.settings.bookingClients(), db.bookings().operations(), db.bookings().seconds(),
					db.warmupBookings());
			line(out, "    %-27s %,7.0f bookings/s     p50 %7.2f ms  p99 %7.2f ms  cpu %5.2f ms/booking   %5.1f %% of the ceiling%s",
					"bookings", db.bookings().perSecond(), db.bookings().p50Millis(), db.bookings().p99Millis(),
					db.bookings().cpuMillisPerOperation(), percent(db.bookings().perSecond(), db.inserts().perSecond()),
					failures(db.bookings()));
			line(out, "    %-27s %,7.0f rows/s         (plain JDBC, autocommit, %d threads, %d s)  cpu %5.2f ms/row",
					"ceiling: raw JDBC insert", db.inserts().perSecond(), this.settings.bookingClients(),
					this.settings.insertMeasure().toSeconds(), db.inserts().cpuMillisPerOperation());
			line(out, "    %-27s %,7d", "lost races (409)", db.bookings().refused());
			line(out, "    %-27s %,7d%s", "double bookings", db.doubleBookings(),
					db.doubleBookings() == 0 ? "" : "   MUST BE 0");
			if (db.note() != null) {
				line(out, "    note: %s", db.note());
			}
			out.append('\n');
		}
		if (!this.databases.isEmpty()) {
			line(out, "cpu: CPU time of this JVM (clients, server and, for H2, the database) per operation.");
		}
		for (String skip : this.skipped) {
			line(out, "%s", skip);
		}
		return out.toString().stripTrailing();
	}

	String markdown() {
		StringBuilder out = new StringBuilder();
		line(out, "## Run of %s", DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'", Locale.UK)
			.format(this.started.atOffset(ZoneOffset.UTC)));
		out.append('\n');
		line(out, "- Machine: %s", machine());
		line(out, "- Clinic: %s", clinic());
		line(out, "- (b): %d clients, %d s measured after %d s of warm-up; (c): %d clients, after %d bookings each to "
				+ "warm up, up to %,d bookings or %d s; raw inserts: %d s after %d s. The first database warms up %d "
				+ "times as long (the JVM is still compiling).", this.settings.availabilityClients(),
				this.settings.measure().toSeconds(), this.settings.warmup().toSeconds(), this.settings.bookingClients(),
				BookingBenchmark.BOOKING_WARMUP_PER_CLIENT, this.settings.bookings(),
				this.settings.bookingLimit().toSeconds(), this.settings.insertMeasure().toSeconds(),
				BookingBenchmark.INSERT_WARMUP.toSeconds(), BookingBenchmark.FIRST_WARMUP_FACTOR);
		out.append('\n');
		if (!this.jmh.isEmpty()) {
			line(out, "(a) `Availability.freeSlots` alone (JMH, 1 thread, no database, 14 days, 60-minute service):");
			out.append('\n');
			line(out, "| request | ms/op | ops/ms |");
			line(out, "|---|---:|---:|");
			for (JmhFigure figure : this.jmh) {
				line(out, "| %s | %.3f ± %.3f | %.2f |", label(figure), figure.msPerOp(), figure.error(),
						1 / figure.msPerOp());
			}
			out.append('\n');
		}
		if (!this.databases.isEmpty()) {
			databaseTable(out);
		}
		for (String skip : this.skipped) {
			line(out, "- %s", skip);
		}
		return out.toString();
	}

	private void databaseTable(StringBuilder out) {
		line(out, "| | %s |", String.join(" | ", this.databases.stream().map(DatabaseFigures::name).toList()));
		line(out, "|---|%s", "---:|".repeat(this.databases.size()));
		row(out, "load average before measuring", (db) -> "%.1f".formatted(db.loadAverage()));
		row(out, "(b) availability, any therapist, 14 days: req/s", (db) -> "%,.0f".formatted(db.availability().perSecond()));
		row(out, "(b) availability p50 / p99", (db) -> "%.1f / %.1f ms".formatted(db.availability().p50Millis(),
				db.availability().p99Millis()));
		row(out, "(b) availability, JVM CPU per request", (db) -> "%.2f ms".formatted(db.availability().cpuMillisPerOperation()));
		row(out, "(b) ceiling: `GET /actuator/health/liveness`, req/s", (db) -> "%,.0f".formatted(db.liveness().perSecond()));
		row(out, "(b) ceiling p50 / p99", (db) -> "%.1f / %.1f ms".formatted(db.liveness().p50Millis(),
				db.liveness().p99Millis()));
		row(out, "(b) ceiling, JVM CPU per request", (db) -> "%.2f ms".formatted(db.liveness().cpuMillisPerOperation()));
		row(out, "(b) **availability ÷ ceiling**", (db) -> "**%.1f %%**".formatted(percent(db.availability().perSecond(),
				db.liveness().perSecond())));
		row(out, "(c) bookings/s, %d clients".formatted(this.settings.bookingClients()),
				(db) -> "%,.0f".formatted(db.bookings().perSecond()));
		row(out, "(c) bookings measured", (db) -> "%,d in %.1f s".formatted(db.bookings().operations(),
				db.bookings().seconds()));
		row(out, "(c) booking p50 / p99", (db) -> "%.1f / %.1f ms".formatted(db.bookings().p50Millis(),
				db.bookings().p99Millis()));
		row(out, "(c) booking, JVM CPU per booking", (db) -> "%.2f ms".formatted(db.bookings().cpuMillisPerOperation()));
		row(out, "(c) ceiling: raw JDBC inserts/s, %d threads, autocommit".formatted(this.settings.bookingClients()), (db) -> "%,.0f".formatted(db.inserts().perSecond()));
		row(out, "(c) **bookings ÷ ceiling**", (db) -> "**%.1f %%**".formatted(percent(db.bookings().perSecond(),
				db.inserts().perSecond())));
		row(out, "(c) lost races (409)", (db) -> "%d".formatted(db.bookings().refused()));
		row(out, "(c) **double bookings**", (db) -> "**%d**".formatted(db.doubleBookings()));
		row(out, "other failures", (db) -> "%d".formatted(db.availability().failed() + db.liveness().failed()
				+ db.bookings().failed()));
		out.append('\n');
		line(out, "JVM CPU: CPU time of the benchmark's JVM per operation: the clients, the server and, for H2, the "
				+ "database; PostgreSQL's own processes are not counted.");
		out.append('\n');
		for (DatabaseFigures db : this.databases) {
			line(out, "- %s: %s, %s; clinic loaded in %.1f s%s.", db.name(), db.product(), db.where().replaceAll("/tmp/\\S+", "a temporary folder"),
					db.loadTook().toMillis() / 1000.0, db.note() == null ? "" : "; " + db.note());
		}
	}

	private void row(StringBuilder out, String label, java.util.function.Function<DatabaseFigures, String> value) {
		line(out, "| %s | %s |", label, String.join(" | ", this.databases.stream().map(value).toList()));
	}

	private String machine() {
		long memory = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getTotalMemorySize();
		return "%d cores, %.1f GiB, %s %s; %s %s; load average %.1f at the start".formatted(
				Runtime.getRuntime().availableProcessors(), memory / (1024.0 * 1024 * 1024), System.getProperty("os.name"),
				System.getProperty("os.arch"), System.getProperty("java.vm.name"), System.getProperty("java.runtime.version"),
				this.loadAverage);
	}

	private String clinic() {
		return "%d therapists, %d rooms, %,d appointments over %d weeks from Monday %s (%s), %,d clients".formatted(
				this.clinic.therapists().size(), this.clinic.roomIds().size(), this.clinic.appointments().size(),
				this.clinic.weeks(), this.clinic.firstDay(), this.clinic.zone(), ClinicLoader.CLIENTS);
	}

	private JmhFigure anyTherapist() {
		return this.jmh.stream().filter((figure) -> figure.name().startsWith("any")).findFirst().orElse(null);
	}

	private static String label(JmhFigure figure) {
		return switch (figure.name()) {
			case "anyTherapistFor14Days" -> "any therapist, 14 days";
			case "oneTherapistFor14Days" -> "one therapist, 14 days";
			default -> figure.name();
		};
	}

	private static double percent(double part, double whole) {
		return 100 * part / whole;
	}

	private static String failures(Result result) {
		return result.failed() == 0 ? "" : "   %d FAILED (first: %s)".formatted(result.failed(), result.firstFailure());
	}

	private static void line(StringBuilder out, String format, Object... arguments) {
		out.append(String.format(Locale.UK, format, arguments)).append('\n');
	}

}
