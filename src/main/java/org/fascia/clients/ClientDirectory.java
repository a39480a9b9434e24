package org.fascia.clients;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.fascia.audit.AuditLog;
import org.fascia.audit.AuditOutcome;
import org.fascia.platform.Db;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The clients module's API. Every read and change of a client record is audited. */
@Service
public class ClientDirectory {

	public record ClientRecord(long id, Long userId, String firstName, String lastName, String email, String phone) {

		public String fullName() {
			return firstName + " " + lastName;
		}

	}

	private static final org.springframework.jdbc.core.RowMapper<ClientRecord> RECORD = (rs, i) -> new ClientRecord(
			rs.getLong("id"), rs.getObject("user_id", Long.class), rs.getString("first_name"), rs.getString("last_name"),
			rs.getString("email"), rs.getString("phone"));

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final Clock clock;

	ClientDirectory(JdbcClient jdbc, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	public long create(Long userId, String firstName, String lastName, String email, String phone) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into client (user_id, first_name, last_name, email, phone, created_at)
				values (:user, :first, :last, :email, :phone, :now)
				""")
			.param("user", userId)
			.param("first", firstName)
			.param("last", lastName)
			.param("email", email)
			.param("phone", phone)
			.param("now", Db.utc(clock.instant()))
			.update(keys, "id");
		long id = keys.getKey().longValue();
		audit.record("CLIENT_CREATED", "client", id, AuditOutcome.SUCCESS, null);
		return id;
	}

	/** The client agreed to the privacy notice (at sign-up, branch client-accounts). */
	@Transactional
	public void privacyAccepted(long clientId) {
		jdbc.sql("update client set privacy_accepted_at = :now where id = :id")
			.param("now", Db.utc(clock.instant()))
			.param("id", clientId)
			.update();
	}

	/** The client record of a signed-in client account (their own, and only theirs). */
	public Optional<ClientRecord> forUser(long userId) {
		Optional<ClientRecord> found = jdbc.sql("select * from client where user_id = :user")
			.param("user", userId)
			.query(RECORD)
			.optional();
		found.ifPresent(client -> audit.record("CLIENT_READ", "client", client.id(), AuditOutcome.SUCCESS, "own record"));
		return found;
	}

	/** The record, unaudited: for a caller that records the read in its own words. */
	Optional<ClientRecord> read(long clientId) {
		return jdbc.sql("select * from client where id = :id")
			.param("id", clientId)
			.query(RECORD)
			.optional();
	}

	/** Name and address for sending a notification; contact details only, so not audited as a record read. */
	public Optional<Contact> contact(long clientId) {
		return jdbc.sql("select first_name, last_name, email from client where id = :id")
			.param("id", clientId)
			.query((rs, i) -> new Contact(rs.getString("first_name"), rs.getString("last_name"), rs.getString("email")))
			.optional();
	}

	public boolean exists(long clientId) {
		return jdbc.sql("select count(*) from client where id = :id").param("id", clientId).query(Integer.class)
			.single() > 0;
	}

	/** The id of the client record of a client account. */
	public Optional<Long> idForUser(long userId) {
		return jdbc.sql("select id from client where user_id = :user").param("user", userId).query(Long.class)
			.optional();
	}

	public record Contact(String firstName, String lastName, String email) {
	}

	/** Staff read one client's record; audited. */
	public Optional<ClientRecord> find(long clientId) {
		Optional<ClientRecord> found = read(clientId);
		audit.record("CLIENT_READ", "client", clientId, found.isPresent() ? AuditOutcome.SUCCESS : AuditOutcome.FAILURE,
				null);
		return found;
	}

	/** A client found by {@link #search}: the record's id and name, nothing more. */
	public record Match(long id, String firstName, String lastName, String email, String phone) {

		public String name() {
			return firstName + " " + lastName;
		}

	}

	/**
	 * Clients whose name or email contains the text (ignoring case), sorted by name, at most
	 * {@code limit}; fewer than two characters find nobody. Audited as a read of the records listed.
	 */
	@Transactional(readOnly = true)
	public List<Match> search(String text, int limit) {
		String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
		if (needle.length() < 2) {
			return List.of();
		}
		String pattern = "%" + needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
		List<Match> found = jdbc.sql("""
				select id, first_name, last_name, email, phone from client
				where lower(first_name) like :p escape '\\' or lower(last_name) like :p escape '\\'
				   or lower(concat(first_name, ' ', last_name)) like :p escape '\\'
				   or lower(coalesce(email, '')) like :p escape '\\'
				order by last_name, first_name, id
				limit :limit
				""")
			.param("p", pattern)
			.param("limit", Math.max(1, Math.min(limit, 100)))
			.query((rs, i) -> new Match(rs.getLong("id"), rs.getString("first_name"), rs.getString("last_name"),
					rs.getString("email"), rs.getString("phone")))
			.list();
		audit.record("CLIENT_READ", "client", null, AuditOutcome.SUCCESS, "search, " + (found.isEmpty() ? "no match"
				: "listed " + found.stream().map(m -> String.valueOf(m.id())).collect(Collectors.joining(", "))));
		return found;
	}

	public int count() {
		return jdbc.sql("select count(*) from client").query(Integer.class).single();
	}

}
