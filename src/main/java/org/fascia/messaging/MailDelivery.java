package org.fascia.messaging;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.fascia.platform.Db;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Delivers the outbox. Any node may run it: a mail is claimed with a conditional update (a lease),
 * so two nodes never send the same row at the same time; a node that dies mid-send leaves a lease
 * that expires, and the mail is sent again with the same Message-ID (at-least-once, de-duplicable).
 * Without SMTP settings there is no {@link JavaMailSender}: mail stays in the outbox for /admin/mail.
 */
@Component
class MailDelivery {

	private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);

	private static final Duration LEASE = Duration.ofMinutes(2);

	private static final int BATCH = 20;

	private final JdbcClient jdbc;

	private final ObjectProvider<JavaMailSender> sender;

	private final Clock clock;

	private final String from;

	MailDelivery(JdbcClient jdbc, ObjectProvider<JavaMailSender> sender, Clock clock,
			@Value("${fascia.mail.from}") String from) {
		this.jdbc = jdbc;
		this.sender = sender;
		this.clock = clock;
		this.from = from;
	}

	@Scheduled(fixedDelayString = "${fascia.mail.poll-interval}", initialDelayString = "${fascia.mail.poll-interval}")
	void deliverDue() {
		JavaMailSender mailSender = sender.getIfAvailable();
		if (mailSender == null) {
			return;
		}
		Instant now = clock.instant();
		List<Long> due = jdbc.sql("""
				select id from mail_outbox
				where status = 'PENDING' and next_attempt_at <= :now and (claimed_until is null or claimed_until < :now)
				order by id limit :n
				""").param("now", Db.utc(now)).param("n", BATCH).query(Long.class).list();
		for (long id : due) {
			if (claim(id, now)) {
				deliver(id, mailSender);
			}
		}
	}

	private boolean claim(long id, Instant now) {
		return jdbc.sql("""
				update mail_outbox set claimed_until = :until
				where id = :id and status = 'PENDING' and (claimed_until is null or claimed_until < :now)
				""").param("until", Db.utc(now.plus(LEASE))).param("id", id).param("now", Db.utc(now)).update() == 1;
	}

	private void deliver(long id, JavaMailSender mailSender) {
		Row row = jdbc.sql("select * from mail_outbox where id = :id")
			.param("id", id)
			.query((rs, i) -> new Row(rs.getString("message_id"), rs.getString("recipient"), rs.getString("subject"),
					rs.getString("body_text"), rs.getString("body_html"), rs.getString("attachment_name"),
					rs.getString("attachment_type"), rs.getBytes("attachment_data"), rs.getInt("attempts")))
			.single();
		try {
			mailSender.send(toMime(row, mailSender));
			jdbc.sql("""
					update mail_outbox set status = 'SENT', sent_at = :now, attempts = attempts + 1,
					       claimed_until = null, last_error = null
					where id = :id
					""").param("now", Db.utc(clock.instant())).param("id", id).update();
		}
		catch (MessagingException | RuntimeException ex) {
			int attempts = row.attempts() + 1;
			boolean giveUp = attempts >= MailOutbox.MAX_ATTEMPTS;
			String error = ex.getClass().getSimpleName() + ": " + ex.getMessage();
			log.warn("Mail {} not delivered (attempt {}{}): {}", id, attempts, giveUp ? ", giving up" : "",
					ex.getClass().getSimpleName());
			jdbc.sql("""
					update mail_outbox set status = :status, attempts = :attempts, next_attempt_at = :next,
					       claimed_until = null, last_error = :error
					where id = :id
					""")
				.param("status", giveUp ? "FAILED" : "PENDING")
				.param("attempts", attempts)
				.param("next", Db.utc(clock.instant().plus(MailOutbox.backoff(attempts))))
				.param("error", error.length() > 1000 ? error.substring(0, 1000) : error)
				.param("id", id)
				.update();
		}
	}

	private MimeMessage toMime(Row row, JavaMailSender mailSender) throws MessagingException {
		MimeMessage message = mailSender instanceof JavaMailSenderImpl impl
				? new FixedIdMimeMessage(impl.getSession(), row.messageId()) : mailSender.createMimeMessage();
		boolean multipart = row.html() != null || row.attachmentName() != null;
		MimeMessageHelper helper = new MimeMessageHelper(message, multipart, "UTF-8");
		helper.setFrom(from);
		helper.setTo(row.recipient());
		helper.setSubject(row.subject());
		if (row.html() != null) {
			helper.setText(row.text(), row.html());
		}
		else {
			helper.setText(row.text(), false);
		}
		if (row.attachmentName() != null) {
			helper.addAttachment(row.attachmentName(), new ByteArrayResource(row.attachmentData()),
					row.attachmentType());
		}
		return message;
	}

	private record Row(String messageId, String recipient, String subject, String text, String html,
			String attachmentName, String attachmentType, byte[] attachmentData, int attempts) {
	}

	/** Keeps the outbox's Message-ID on every attempt, so a resend after a crash can be recognised. */
	private static final class FixedIdMimeMessage extends MimeMessage {

		private final String messageId;

		FixedIdMimeMessage(jakarta.mail.Session session, String messageId) {
			super(session);
			this.messageId = messageId;
		}

		@Override
		protected void updateMessageID() throws MessagingException {
			setHeader("Message-ID", messageId);
		}

	}

}
