package org.fascia.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.fascia.support.DatabaseTest;
import org.fascia.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * When the SMTP server is down, mail waits and is retried with backoff; when it comes back, the mail
 * goes out. After ten failed attempts a mail is marked failed for the owner to see.
 */
@DatabaseTest
@SpringBootTest
class MailRetryTest {

	static final int PORT = freePort();

	@DynamicPropertySource
	static void smtpThatIsNotRunningYet(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> PORT);
	}

	@Autowired
	MailOutbox outbox;

	@Autowired
	JdbcClient jdbc;

	@Test
	void mailWaitsWhileTheServerIsDownAndGoesOutWhenItReturns() throws Exception {
		String to = TestAccounts.unique("retry");
		long id = outbox.enqueue(OutgoingMail.text(to, "Reminder", "Your massage is tomorrow at 10:00."));
		Map<String, Object> failed = awaitRow(id, row -> ((Number) row.get("attempts")).intValue() >= 1);
		assertThat(failed.get("status")).isEqualTo("PENDING");
		assertThat((String) failed.get("last_error")).isNotBlank();
		OffsetDateTime next = (OffsetDateTime) jdbc.sql("select next_attempt_at from mail_outbox where id = :id")
			.param("id", id).query((rs, i) -> rs.getObject(1, OffsetDateTime.class)).single();
		assertThat(next).isAfter(OffsetDateTime.now(ZoneOffset.UTC).plusSeconds(20));

		GreenMail smtp = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		smtp.start();
		try {
			// Let the backoff pass.
			jdbc.sql("update mail_outbox set next_attempt_at = :now where id = :id")
				.param("now", OffsetDateTime.now(ZoneOffset.UTC)).param("id", id).update();
			Map<String, Object> sent = awaitRow(id, row -> "SENT".equals(row.get("status")));
			assertThat(((Number) sent.get("attempts")).intValue()).isEqualTo(2);
			assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();
			assertThat(smtp.getReceivedMessages()[0].getSubject()).isEqualTo("Reminder");
		}
		finally {
			smtp.stop();
		}
	}

	@Test
	void afterTenFailuresAMailIsMarkedFailed() throws Exception {
		String to = TestAccounts.unique("giveup");
		long id = outbox.enqueue(OutgoingMail.text(to, "Unlucky", "Never delivered."));
		jdbc.sql("update mail_outbox set attempts = 9 where id = :id").param("id", id).update();
		Map<String, Object> row = awaitRow(id, r -> !"PENDING".equals(r.get("status")));
		assertThat(row.get("status")).isEqualTo("FAILED");
		assertThat(((Number) row.get("attempts")).intValue()).isEqualTo(MailOutbox.MAX_ATTEMPTS);
	}

	private Map<String, Object> awaitRow(long id, java.util.function.Predicate<Map<String, Object>> condition)
			throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		while (System.nanoTime() < deadline) {
			Map<String, Object> row = jdbc.sql("select status, attempts, last_error from mail_outbox where id = :id")
				.param("id", id).query().singleRow();
			Map<String, Object> lower = new java.util.HashMap<>();
			row.forEach((k, v) -> lower.put(k.toLowerCase(), v));
			if (condition.test(lower)) {
				return lower;
			}
			Thread.sleep(100);
		}
		throw new AssertionError("mail " + id + " did not reach the expected state");
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
