package org.fascia.messaging;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.fascia.platform.Db;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The messaging module's API. {@link #enqueue} writes the mail in the caller's transaction: if the
 * change that causes the mail rolls back, so does the mail; once it commits, the mail will be sent
 * even if the process dies a moment later.
 */
@Service
public class MailOutbox {

	static final int MAX_ATTEMPTS = 10;

	private static final RowMapper<StoredMail> STORED = (rs, i) -> new StoredMail(rs.getLong("id"),
			rs.getString("message_id"), rs.getString("recipient"), rs.getString("subject"), rs.getString("body_text"),
			rs.getString("attachment_name"), rs.getString("status"), rs.getInt("attempts"),
			Db.instant(rs, "next_attempt_at"), rs.getString("last_error"), Db.instant(rs, "created_at"),
			Db.instant(rs, "sent_at"));

	private final JdbcClient jdbc;

	private final Clock clock;

	MailOutbox(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.REQUIRED)
	public long enqueue(OutgoingMail mail) {
		Instant now = clock.instant();
		OutgoingMail.Attachment attachment = mail.attachment();
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into mail_outbox (message_id, recipient, subject, body_text, body_html, attachment_name,
				                         attachment_type, attachment_data, status, attempts, next_attempt_at, created_at)
				values (:messageId, :to, :subject, :text, :html, :attName, :attType, :attData, 'PENDING', 0, :now, :now)
				""")
			.param("messageId", "<" + UUID.randomUUID() + "@fascia>")
			.param("to", mail.to())
			.param("subject", mail.subject())
			.param("text", mail.text())
			.param("html", mail.html())
			.param("attName", attachment == null ? null : attachment.filename())
			.param("attType", attachment == null ? null : attachment.contentType())
			.param("attData", attachment == null ? null : attachment.data())
			.param("now", Db.utc(now))
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	public List<StoredMail> recent(int limit) {
		return jdbc.sql("select * from mail_outbox order by id desc limit :n").param("n", limit).query(STORED).list();
	}

	public Optional<StoredMail> find(long id) {
		return jdbc.sql("select * from mail_outbox where id = :id").param("id", id).query(STORED).optional();
	}

	/** The mails to an address, newest first, as the "your data" export lists them (subject and dates, no body). */
	public List<java.util.Map<String, Object>> sentTo(String address) {
		return jdbc.sql("""
				select subject, status, created_at, sent_at, attachment_name from mail_outbox
				where lower(recipient) = lower(:to) order by id desc
				""").param("to", address).query((rs, i) -> {
			java.util.Map<String, Object> row = new java.util.LinkedHashMap<>();
			row.put("subject", rs.getString("subject"));
			row.put("status", rs.getString("status"));
			row.put("createdAt", Db.instant(rs, "created_at").toString());
			Instant sent = Db.instant(rs, "sent_at");
			row.put("sentAt", sent == null ? null : sent.toString());
			row.put("attachment", rs.getString("attachment_name"));
			return row;
		}).list();
	}

	/**
	 * Deletes every stored mail to an address (the copies of what was sent, and what is still waiting), for the
	 * erasure of a client's data; runs in the caller's transaction. Returns how many were deleted.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public int forget(String address) {
		return jdbc.sql("delete from mail_outbox where lower(recipient) = lower(:to)").param("to", address).update();
	}

	/** Backoff before attempt {@code n + 1}: 30 s, 1 min, 2 min, … capped at one hour. */
	static Duration backoff(int attemptsSoFar) {
		long seconds = 30L << Math.min(Math.max(attemptsSoFar - 1, 0), 7);
		return Duration.ofSeconds(Math.min(seconds, 3600));
	}

}
