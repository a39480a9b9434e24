package org.fascia.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.fascia.support.DurabilityProbe;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every commit that returned to the caller survives kill -9: a forked JVM runs Fascia on the real H2
 * file configuration and writes outbox rows one transaction at a time; it is killed with SIGKILL
 * mid-write, Fascia starts again on the same files, and every acknowledged row is there.
 */
class DurabilityTest {

	@TempDir
	Path dataDir;

	@Test
	void acknowledgedCommitsSurviveKillMinus9() throws Exception {
		Process writer = probe("write");
		AtomicLong lastAck = new AtomicLong();
		Thread reader = new Thread(() -> {
			try (BufferedReader out = new BufferedReader(
					new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
				String line;
				while ((line = out.readLine()) != null) {
					if (line.startsWith("ACK ")) {
						lastAck.set(Long.parseLong(line.substring(4).trim()));
					}
				}
			}
			catch (IOException ex) {
				// The process was killed: its stream ends.
			}
		});
		reader.start();
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
		while (lastAck.get() < 300 && System.nanoTime() < deadline && writer.isAlive()) {
			Thread.sleep(20);
		}
		assertThat(lastAck.get()).as("the writer committed rows before it was killed").isGreaterThanOrEqualTo(300);
		writer.destroyForcibly(); // SIGKILL: no shutdown hooks, no H2 close
		assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();
		reader.join(5000);
		long acknowledged = lastAck.get();

		Process counter = probe("count");
		String output = new String(counter.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(counter.waitFor(90, TimeUnit.SECONDS)).isTrue();
		long survived = output.lines()
			.filter(line -> line.startsWith("COUNT "))
			.mapToLong(line -> Long.parseLong(line.substring(6).trim()))
			.findFirst()
			.orElseThrow(() -> new AssertionError("the restarted application printed no count: " + output));
		assertThat(survived).as("rows after restart vs. acknowledged before kill -9")
			.isGreaterThanOrEqualTo(acknowledged)
			.isLessThanOrEqualTo(acknowledged + 1);
		assertThat(Files.exists(dataDir.resolve("fascia.mv.db"))).isTrue();
	}

	private Process probe(String mode) throws IOException {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		ProcessBuilder builder = new ProcessBuilder(List.of(java, "-Xmx512m", "-cp",
				System.getProperty("java.class.path"), DurabilityProbe.class.getName(), mode, dataDir.toString()));
		builder.redirectError(ProcessBuilder.Redirect.appendTo(new File("target/durability-probe.log")));
		builder.environment().remove("SPRING_DATASOURCE_URL");
		return builder.start();
	}

}
