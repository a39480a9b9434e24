package org.fascia.benchmark;

import java.io.File;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.fascia.booking.Availability;
import org.fascia.booking.AvailabilityRequest;
import org.fascia.booking.AvailabilityRequest.ServiceSpec;
import org.fascia.booking.Slot;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * JMH benchmark of {@link Availability#freeSlots} on the {@link BenchmarkClinic} (30 therapists, 10
 * rooms, 6,000 appointments over 8 weeks): a 60-minute deep tissue massage over the 14 days from Monday
 * 23 March 2026 (across the change to summer time), for any therapist and for one therapist.
 * <p>
 * Not a test (Surefire does not run it). Run it with
 * {@code mvn -q test-compile exec:java -Dexec.mainClass=org.fascia.benchmark.AvailabilityBenchmark -Dexec.classpathScope=test}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class AvailabilityBenchmark {

	private static final ServiceSpec DEEP_TISSUE_60 = BenchmarkClinic.SERVICES.get(3);

	private AvailabilityRequest anyTherapist;

	private AvailabilityRequest oneTherapist;

	@Setup
	public void buildClinic() {
		BenchmarkClinic clinic = BenchmarkClinic.generate();
		LocalDate from = clinic.firstDay().plusWeeks(3);
		this.anyTherapist = clinic.request(DEEP_TISSUE_60, from, 14, clinic.therapists(), true);
		this.oneTherapist = clinic.request(DEEP_TISSUE_60, from, 14, List.of(clinic.therapists().get(0)), false);
	}

	@Benchmark
	public List<Slot> anyTherapistFor14Days() {
		return Availability.freeSlots(this.anyTherapist);
	}

	@Benchmark
	public List<Slot> oneTherapistFor14Days() {
		return Availability.freeSlots(this.oneTherapist);
	}

	public static void main(String[] args) throws RunnerException {
		printClinic();
		Collection<RunResult> results = run(VerboseMode.NORMAL);
		System.out.println();
		System.out.println("Availability.freeSlots, average time per call:");
		for (RunResult result : results) {
			System.out.printf("  %-24s %8.3f ± %.3f %s%n", name(result), result.getPrimaryResult().getScore(),
					result.getPrimaryResult().getScoreError(), result.getPrimaryResult().getScoreUnit());
		}
	}

	/**
	 * Runs both benchmarks in one forked JVM, 5 warm-up and 5 measured iterations of a second each (on a
	 * busy machine the compiler needs more than 3 s); the scores are milliseconds per call.
	 * {@link BookingBenchmark} runs it too.
	 */
	static Collection<RunResult> run(VerboseMode verbosity) throws RunnerException {
		useTheClassPathOfThisLoaderInForks();
		Options options = new OptionsBuilder().include(AvailabilityBenchmark.class.getName() + "\\.")
			.forks(1)
			.warmupIterations(5)
			.warmupTime(TimeValue.seconds(1))
			.measurementIterations(5)
			.measurementTime(TimeValue.seconds(1))
			.verbosity(verbosity)
			.build();
		return new Runner(options).run();
	}

	/** The benchmark method's name, e.g. anyTherapistFor14Days. */
	static String name(RunResult result) {
		String name = result.getParams().getBenchmark();
		return name.substring(name.lastIndexOf('.') + 1);
	}

	private static void printClinic() {
		AvailabilityBenchmark state = new AvailabilityBenchmark();
		state.buildClinic();
		System.out.printf("Benchmark clinic: %d therapists, %d rooms, %d appointments; 14 days from %s: "
				+ "%d slots for any therapist, %d for therapist 1%n", state.anyTherapist.therapists().size(),
				state.anyTherapist.roomIds().size(), state.anyTherapist.busy().size(), state.anyTherapist.from(),
				state.anyTherapistFor14Days().size(), state.oneTherapistFor14Days().size());
	}

	/**
	 * JMH starts its forks with {@code java.class.path}. Under {@code exec:java} that is Maven's own
	 * class path, and the test classes live in a class loader of their own; hand that loader's path on.
	 */
	private static void useTheClassPathOfThisLoaderInForks() {
		if (!(AvailabilityBenchmark.class.getClassLoader() instanceof URLClassLoader loader)) {
			return;
		}
		List<String> path = new ArrayList<>();
		for (URL url : loader.getURLs()) {
			try {
				path.add(Paths.get(url.toURI()).toString());
			}
			catch (URISyntaxException | IllegalArgumentException ex) {
				throw new IllegalStateException("Not a file on the class path: " + url, ex);
			}
		}
		System.setProperty("java.class.path", String.join(File.pathSeparator, path));
	}

}
