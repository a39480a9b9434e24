package org.fascia.benchmark;

import java.lang.management.ManagementFactory;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

/**
 * Concurrent clients against the running server (or the database), each on a thread of its own with
 * an HTTP/1.1 client of its own (keep-alive). Latencies are kept as plain nanoseconds and sorted.
 */
final class ClientLoad {

	private ClientLoad() {
	}

	/**
	 * What the clients measured.
	 *
	 * @param operations measured operations that succeeded
	 * @param seconds the measured time
	 * @param nanos the sorted latencies of the measured operations (empty where not recorded)
	 * @param refused operations answered 409 (bookings only)
	 * @param failed operations that failed otherwise
	 * @param firstFailure the first failure, for the report
	 * @param cpuNanos CPU time this JVM used in the measured time: the clients, the server, and (H2) the
	 * database
	 */
	record Result(long operations, double seconds, long[] nanos, long refused, long failed, String firstFailure,
			long cpuNanos) {

		double perSecond() {
			return this.operations / this.seconds;
		}

		/** This JVM's CPU time per operation. */
		double cpuMillisPerOperation() {
			return this.cpuNanos / 1e6 / this.operations;
		}

		double p50Millis() {
			return percentile(0.50);
		}

		double p99Millis() {
			return percentile(0.99);
		}

		private double percentile(double quantile) {
			if (this.nanos.length == 0) {
				return Double.NaN;
			}
			int rank = (int) Math.ceil(quantile * this.nanos.length);
			return this.nanos[Math.max(0, rank - 1)] / 1e6;
		}

	}

	/**
	 * {@code threads} clients send the same GET, back to back, for {@code warmup} and then for
	 * {@code measure}; a request counts when it starts and ends inside the measured time.
	 */
	static Result get(HttpRequest request, int threads, Duration warmup, Duration measure) throws Exception {
		long measureFrom = System.nanoTime() + warmup.toNanos();
		long measureUntil = measureFrom + measure.toNanos();
		Recorder recorder = new Recorder();
		CpuWindow cpu = new CpuWindow();
		List<Latencies> latencies = run(threads, () -> cpu.measure(measureFrom, measureUntil), (thread) -> () -> {
			HttpClient client = client();
			Latencies mine = new Latencies();
			while (true) {
				long start = System.nanoTime();
				if (start >= measureUntil) {
					break;
				}
				HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
				long end = System.nanoTime();
				boolean measured = start >= measureFrom && end <= measureUntil;
				if (response.statusCode() != 200) {
					recorder.failed(response);
				}
				else if (measured) {
					mine.add(end - start);
				}
			}
			return mine;
		});
		return recorder.result(measure.toNanos() / 1e9, latencies, cpu.used());
	}

	/**
	 * Each client sends its own requests in turn: the first {@code warmup} of them, then (when every
	 * client is done warming up) the rest, measured until they are all sent or {@code limit} has passed,
	 * whichever comes first; a request counts when it ends within the limit. 201 counts as done, 409 as
	 * refused, anything else as failed. Every client needs more than {@code warmup} requests.
	 */
	static Result post(List<List<HttpRequest>> perClient, int warmup, Duration limit) throws Exception {
		int threads = perClient.size();
		AtomicLong measureFrom = new AtomicLong();
		AtomicLong deadline = new AtomicLong();
		CpuWindow cpu = new CpuWindow();
		CyclicBarrier warm = new CyclicBarrier(threads, () -> {
			cpu.start();
			measureFrom.set(System.nanoTime());
			deadline.set(measureFrom.get() + limit.toNanos());
		});
		Recorder recorder = new Recorder();
		List<Latencies> latencies = run(threads, () -> {
		}, (thread) -> () -> {
			HttpClient client = client();
			Latencies mine = new Latencies();
			List<HttpRequest> requests = perClient.get(thread);
			for (int i = 0; i < requests.size(); i++) {
				if (i == warmup) {
					await(warm);
				}
				long start = System.nanoTime();
				if (i >= warmup && start >= deadline.get()) {
					break;
				}
				HttpResponse<byte[]> response = client.send(requests.get(i), HttpResponse.BodyHandlers.ofByteArray());
				long end = System.nanoTime();
				if (response.statusCode() == 201) {
					if (i >= warmup && end <= deadline.get()) {
						mine.add(end - start);
					}
				}
				else if (response.statusCode() == 409) {
					recorder.refused(response);
				}
				else {
					recorder.failed(response);
				}
			}
			return mine;
		});
		long until = Math.min(System.nanoTime(), deadline.get());
		cpu.stop();
		return recorder.result((until - measureFrom.get()) / 1e9, latencies, cpu.used());
	}

	/** One unit of work of a client: an insert, say. */
	interface Operation {

		void run(long sequence) throws Exception;

	}

	/** A client's work: it opens what it needs, performs operations, and closes. */
	interface Worker extends AutoCloseable {

		Operation open() throws Exception;

	}

	/**
	 * {@code threads} workers perform operations back to back for {@code warmup} and then for
	 * {@code measure}; only the count is recorded.
	 */
	static Result repeat(int threads, IntFunction<Worker> workers, Duration warmup, Duration measure) throws Exception {
		long measureFrom = System.nanoTime() + warmup.toNanos();
		long measureUntil = measureFrom + measure.toNanos();
		AtomicLong done = new AtomicLong();
		CpuWindow cpu = new CpuWindow();
		run(threads, () -> cpu.measure(measureFrom, measureUntil), (thread) -> () -> {
			try (Worker worker = workers.apply(thread)) {
				Operation operation = worker.open();
				long count = 0;
				for (long sequence = 0;; sequence++) {
					long start = System.nanoTime();
					if (start >= measureUntil) {
						break;
					}
					operation.run(sequence);
					if (start >= measureFrom && System.nanoTime() <= measureUntil) {
						count++;
					}
				}
				done.addAndGet(count);
			}
			return new Latencies();
		});
		return new Result(done.get(), measure.toNanos() / 1e9, new long[0], 0, 0, null, cpu.used());
	}

	private static HttpClient client() {
		return HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(10))
			.build();
	}

	private static void await(CyclicBarrier barrier) throws InterruptedException {
		try {
			barrier.await(5, TimeUnit.MINUTES);
		}
		catch (BrokenBarrierException | java.util.concurrent.TimeoutException ex) {
			throw new IllegalStateException("A client did not finish warming up", ex);
		}
	}

	/**
	 * Runs one task per thread, all at once, and {@code meanwhile} on the calling thread; returns what
	 * each task recorded.
	 */
	private static List<Latencies> run(int threads, Meanwhile meanwhile, IntFunction<Callable<Latencies>> tasks)
			throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			List<Future<Latencies>> futures = new ArrayList<>();
			for (int i = 0; i < threads; i++) {
				futures.add(pool.submit(tasks.apply(i)));
			}
			meanwhile.run();
			List<Latencies> all = new ArrayList<>();
			for (Future<Latencies> future : futures) {
				all.add(future.get(10, TimeUnit.MINUTES));
			}
			return all;
		}
		finally {
			pool.shutdownNow();
		}
	}

	/** A growable array of longs. */
	static final class Latencies {

		private long[] values = new long[1024];

		private int size;

		void add(long value) {
			if (this.size == this.values.length) {
				this.values = Arrays.copyOf(this.values, this.size * 2);
			}
			this.values[this.size++] = value;
		}

	}

	/** Counts refusals and failures across threads (warm-up included), and merges the latencies in the end. */
	private static final class Recorder {

		private final AtomicLong refused = new AtomicLong();

		private final AtomicLong failed = new AtomicLong();

		private volatile String firstFailure;

		void refused(HttpResponse<byte[]> response) {
			this.refused.incrementAndGet();
			remember(response);
		}

		void failed(HttpResponse<byte[]> response) {
			this.failed.incrementAndGet();
			remember(response);
		}

		private void remember(HttpResponse<byte[]> response) {
			if (this.firstFailure == null) {
				String body = new String(response.body(), java.nio.charset.StandardCharsets.UTF_8);
				this.firstFailure = response.statusCode() + " " + body.substring(0, Math.min(300, body.length()));
			}
		}

		Result result(double seconds, List<Latencies> perClient, long cpuNanos) {
			int total = perClient.stream().mapToInt((l) -> l.size).sum();
			long[] all = new long[total];
			int at = 0;
			for (Latencies latencies : perClient) {
				System.arraycopy(latencies.values, 0, all, at, latencies.size);
				at += latencies.size;
			}
			Arrays.sort(all);
			return new Result(total, seconds, all, this.refused.get(), this.failed.get(), this.firstFailure,
					cpuNanos);
		}

	}

	private interface Meanwhile {

		void run() throws InterruptedException;

	}

	/** The CPU time this JVM (all its threads) uses between two moments. */
	private static final class CpuWindow {

		private static final com.sun.management.OperatingSystemMXBean OS = (com.sun.management.OperatingSystemMXBean) ManagementFactory
			.getOperatingSystemMXBean();

		private volatile long from;

		private volatile long until;

		void start() {
			this.from = OS.getProcessCpuTime();
		}

		void stop() {
			this.until = OS.getProcessCpuTime();
		}

		/** Sleeps to the start of the measured time, notes the CPU time, and again at its end. */
		void measure(long startNanoTime, long endNanoTime) throws InterruptedException {
			sleepUntil(startNanoTime);
			start();
			sleepUntil(endNanoTime);
			stop();
		}

		long used() {
			return this.until - this.from;
		}

		private static void sleepUntil(long nanoTime) throws InterruptedException {
			long left;
			while ((left = nanoTime - System.nanoTime()) > 0) {
				TimeUnit.NANOSECONDS.sleep(left);
			}
		}

	}

}
