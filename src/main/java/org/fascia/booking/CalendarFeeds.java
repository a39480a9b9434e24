package org.fascia.booking;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.fascia.audit.AuditLog;
import org.fascia.audit.AuditOutcome;
import org.fascia.platform.Words;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each therapist's private iCalendar feed: a secret URL a calendar app subscribes to, with no
 * sign-in. Only the SHA-256 digest of the secret is stored ({@code therapist.calendar_token_hash});
 * a new secret replaces the old one, and revoking clears it. Every read is audited in the
 * therapist's name.
 */
@Service
class CalendarFeeds {

	static final Duration PAST = Duration.ofDays(30);

	static final Duration AHEAD = Duration.ofDays(90);

	/** A therapist whose feed can be managed, and whether a feed is active. */
	record FeedOwner(long therapistId, String name, boolean active) {
	}

	/** The therapist a secret belongs to, with the clinic's name and zone. */
	private record Feed(long therapistId, String name, String clinic, ZoneId zone) {
	}

	private static final RowMapper<FeedOwner> OWNER = (rs, i) -> new FeedOwner(rs.getLong("id"),
			rs.getString("display_name"), rs.getString("calendar_token_hash") != null);

	private final JdbcClient jdbc;

	private final CalendarQueries queries;

	private final AuditLog audit;

	private final Clock clock;

	private final CalendarWords calendarWords;

	private final Words words;

	CalendarFeeds(JdbcClient jdbc, CalendarQueries queries, AuditLog audit, Clock clock, CalendarWords calendarWords,
			Words words) {
		this.calendarWords = calendarWords;
		this.words = words;
		this.jdbc = jdbc;
		this.queries = queries;
		this.audit = audit;
		this.clock = clock;
	}

	Optional<FeedOwner> ofUser(long userId) {
		return jdbc.sql("select id, display_name, calendar_token_hash from therapist where user_id = :user")
			.param("user", userId).query(OWNER).optional();
	}

	Optional<FeedOwner> of(long therapistId) {
		return jdbc.sql("select id, display_name, calendar_token_hash from therapist where id = :id")
			.param("id", therapistId).query(OWNER).optional();
	}

	/** A new secret for the therapist's feed; the old URL stops working. Returns the secret, shown once. */
	@Transactional
	String issue(long therapistId) {
		String token = ManageLinks.newToken();
		setDigest(therapistId, ManageLinks.digest(token));
		audit.record("CALENDAR_FEED_CREATED", "therapist", therapistId, AuditOutcome.SUCCESS, "replaces any earlier feed");
		return token;
	}

	@Transactional
	void revoke(long therapistId) {
		setDigest(therapistId, null);
		audit.record("CALENDAR_FEED_REVOKED", "therapist", therapistId, AuditOutcome.SUCCESS, null);
	}

	/**
	 * The feed of the therapist holding this secret: their appointments that occupy time, from
	 * {@link #PAST} back to {@link #AHEAD} ahead. Empty for an unknown or revoked secret.
	 */
	@Transactional(readOnly = true)
	Optional<String> read(String token) {
		if (token == null || token.isBlank() || token.length() > 100) {
			return Optional.empty();
		}
		Optional<Feed> found = jdbc.sql("""
				select t.id, t.display_name, c.name as clinic, c.time_zone
				from therapist t cross join clinic c
				where t.calendar_token_hash = :hash and t.active = true and c.id = 1
				""").param("hash", ManageLinks.digest(token)).query((rs, i) -> new Feed(rs.getLong("id"),
				rs.getString("display_name"), rs.getString("clinic"), ZoneId.of(rs.getString("time_zone")))).optional();
		if (found.isEmpty()) {
			return Optional.empty();
		}
		Feed therapist = found.get();
		ZoneId zone = therapist.zone();
		Instant now = clock.instant();
		List<CalendarEntry> entries = queries.occupying(therapist.therapistId(), now.minus(PAST), now.plus(AHEAD), zone);
		List<IcsCalendar.Event> events = entries.stream()
			.map(e -> new IcsCalendar.Event(e.id(), e.start(), e.end(),
					words.text("booking.ics.feed.summary", e.clientShort(), e.service()),
					calendarWords.status(e.status()), e.room(), e.version(), false))
			.toList();
		audit.recordAs(therapist.name(), "THERAPIST", "CALENDAR_FEED_READ", "therapist", therapist.therapistId(),
				AuditOutcome.SUCCESS, "private calendar feed, " + entries.size() + " appointments");
		return Optional.of(IcsCalendar.feed(zone,
				words.text("booking.ics.feed.name", therapist.clinic(), therapist.name()), events));
	}

	private void setDigest(long therapistId, String digest) {
		jdbc.sql("update therapist set calendar_token_hash = :hash where id = :id")
			.param("hash", digest)
			.param("id", therapistId)
			.update();
	}

}
