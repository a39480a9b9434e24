package org.fascia.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

import org.fascia.support.DatabaseTest;
import org.fascia.support.TestAccounts;
import org.fascia.support.TestMail;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The outbox delivers to a real SMTP server (GreenMail), and only what was committed. */
@DatabaseTest
@SpringBootTest
class MailOutboxTest {

	@Autowired
	MailOutbox outbox;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void aCommittedMailIsDeliveredWithItsOutboxMessageId() throws Exception {
		String to = TestAccounts.unique("client");
		long id = outbox.enqueue(OutgoingMail.text(to, "Your appointment", "See you on Tuesday."));
		MimeMessage received = TestMail.awaitMessageTo(to, Duration.ofSeconds(15));
		assertThat(received.getSubject()).isEqualTo("Your appointment");
		assertThat(TestMail.body(received)).contains("See you on Tuesday.");
		String messageId = jdbc.sql("select message_id from mail_outbox where id = :id").param("id", id)
			.query(String.class).single();
		assertThat(received.getMessageID()).isEqualTo(messageId);
		awaitStatus(id, "SENT");
		assertThat(jdbc.sql("select attempts from mail_outbox where id = :id").param("id", id).query(Integer.class)
			.single()).isEqualTo(1);
	}

	@Test
	void aRolledBackChangeSendsNothing() throws Exception {
		String to = TestAccounts.unique("rollback");
		new TransactionTemplate(transactions).executeWithoutResult(tx -> {
			outbox.enqueue(OutgoingMail.text(to, "Never", "This change was rolled back."));
			tx.setRollbackOnly();
		});
		assertThat(jdbc.sql("select count(*) from mail_outbox where recipient = :to").param("to", to)
			.query(Integer.class).single()).isZero();
		Thread.sleep(600);
		assertThat(TestMail.messagesTo(to)).isEmpty();
	}

	@Test
	void htmlAndAnAttachmentTravelTogether() throws Exception {
		String to = TestAccounts.unique("ics");
		byte[] ics = "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n".getBytes(StandardCharsets.UTF_8);
		outbox.enqueue(new OutgoingMail(to, "Booked", "Plain text", "<p>HTML</p>",
				new OutgoingMail.Attachment("visit.ics", "text/calendar", ics)));
		MimeMessage received = TestMail.awaitMessageTo(to, Duration.ofSeconds(15));
		assertThat(received.getContent()).isInstanceOf(Multipart.class);
		assertThat(TestMail.body(received)).contains("visit.ics").contains("HTML").contains("Plain text");
	}

	@Test
	void backoffGrowsAndIsCapped() {
		assertThat(MailOutbox.backoff(1)).isEqualTo(Duration.ofSeconds(30));
		assertThat(MailOutbox.backoff(2)).isEqualTo(Duration.ofMinutes(1));
		assertThat(MailOutbox.backoff(3)).isEqualTo(Duration.ofMinutes(2));
		assertThat(MailOutbox.backoff(9)).isEqualTo(Duration.ofHours(1));
	}

	private void awaitStatus(long id, String status) throws InterruptedException {
		for (int i = 0; i < 100; i++) {
			String now = jdbc.sql("select status from mail_outbox where id = :id").param("id", id).query(String.class)
				.single();
			if (status.equals(now)) {
				return;
			}
			Thread.sleep(100);
		}
		throw new AssertionError("mail " + id + " never reached " + status);
	}

}
