package org.fascia.clients;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.fascia.audit.AuditLog;
import org.fascia.audit.AuditOutcome;
import org.fascia.clinic.ClinicTime;
import org.fascia.platform.ApiProblem;
import org.fascia.platform.Db;
import org.fascia.platform.Words;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Family members (issue 7, requirement 3): a parent or guardian manages a child's bookings and forms from their own
 * account. The child is a client record of its own, without an account; a link in {@code client_guardian} says
 * which accounts may act for it.
 * <p>
 * Every portal page and client API call asks this class whose record it works on: {@link #actingFor} is the member
 * the signed-in client chose for this session ({@link #actFor}), else their own record; {@link #mayActFor} answers
 * for an id named in a URL or body. Both read the link from the database on every call, so an ended link ends
 * access at once, and a chosen id that is not (or no longer) the account's family is never used.
 */
@Service
public class Family {

	/** The session attribute holding the chosen member's client id. */
	static final String ACTING_FOR = "fascia.family.actingFor";

	/** A child is added while under this age. */
	static final int ADULT_AGE = 18;

	/** One person the account may act for: its own record ({@code self}) or a child. */
	public record Member(long clientId, String firstName, String lastName, LocalDate dateOfBirth, boolean self) {

		public String name() {
			return firstName + " " + lastName;
		}

	}

	/** A parent or guardian of a child's record (with their own client record, when they have one), for staff. */
	public record Guardian(long userId, Long clientId, String name, String email, String relationship) {
	}

	/** A client's family as staff see it on the record: their date of birth, parents or guardians, and children. */
	public record Relations(LocalDate dateOfBirth, Integer age, List<Guardian> guardians, List<Member> children) {
	}

	/** A child as a parent enters them (the date as yyyy-MM-dd, as a date field sends it). */
	public record NewChild(String firstName, String lastName, String dateOfBirth) {
	}

	private final JdbcClient jdbc;

	private final ClientDirectory clients;

	private final AuditLog audit;

	private final ClinicTime time;

	private final Clock clock;

	private final Words words;

	Family(JdbcClient jdbc, ClientDirectory clients, AuditLog audit, ClinicTime time, Clock clock, Words words) {
		this.words = words;
		this.jdbc = jdbc;
		this.clients = clients;
		this.audit = audit;
		this.time = time;
		this.clock = clock;
	}

	/** The account's own record first (when it has one), then the children it acts for, by first name. */
	public List<Member> members(long userId) {
		return jdbc.sql("""
				select c.id, c.first_name, c.last_name, c.date_of_birth, case when c.user_id = :user then 0 else 1 end self_last
				from client c
				where c.user_id = :user
				   or c.id in (select g.client_id from client_guardian g where g.guardian_user_id = :user and g.ended_at is null)
				order by self_last, c.first_name, c.last_name, c.id
				""")
			.param("user", userId)
			.query((rs, i) -> new Member(rs.getLong("id"), rs.getString("first_name"), rs.getString("last_name"),
					rs.getObject("date_of_birth", LocalDate.class), rs.getInt("self_last") == 0))
			.list();
	}

	/** The client ids the account may act for: its own record and its children's. */
	public Set<Long> clientIds(long userId) {
		Set<Long> ids = new LinkedHashSet<>();
		members(userId).forEach(m -> ids.add(m.clientId()));
		return ids;
	}

	/** Whether the account may act for the client: it is their own record, or a child's whose link stands. */
	public boolean mayActFor(long userId, long clientId) {
		return jdbc.sql("""
				select count(*) from client c
				where c.id = :client
				  and (c.user_id = :user or exists (select 1 from client_guardian g where g.client_id = c.id
				       and g.guardian_user_id = :user and g.ended_at is null))
				""")
			.param("client", clientId)
			.param("user", userId)
			.query(Integer.class)
			.single() > 0;
	}

	/** Whether a parent or guardian acts for this client (a child's record without an account of its own). */
	public boolean hasGuardian(long clientId) {
		return jdbc.sql("select count(*) from client_guardian where client_id = :client and ended_at is null")
			.param("client", clientId)
			.query(Integer.class)
			.single() > 0;
	}

	/**
	 * Whom the signed-in client acts for now: the family member chosen in this session while the account may still
	 * act for them, else the account's own record; empty when the account has neither.
	 */
	public Optional<Long> actingFor(long userId) {
		Long chosen = chosen();
		if (chosen != null) {
			if (mayActFor(userId, chosen)) {
				return Optional.of(chosen);
			}
			forget();
		}
		return clients.idForUser(userId);
	}

	/**
	 * As {@link #actingFor}, for a page that needs a record.
	 * @throws ApiProblem 404 when the account has no client record and acts for nobody
	 */
	public long actingForOrThrow(long userId) {
		return actingFor(userId).orElseThrow(() -> ApiProblem.notFound(words.text("clients.problem.noClientRecord")));
	}

	/** The record the signed-in client acts for, read as a record (audited: their own, or as parent or guardian). */
	public Optional<ClientDirectory.ClientRecord> actingForRecord(long userId) {
		Optional<Long> id = actingFor(userId);
		if (id.isEmpty()) {
			return Optional.empty();
		}
		Optional<ClientDirectory.ClientRecord> record = clients.read(id.get());
		record.ifPresent(r -> audit.record("CLIENT_READ", "client", r.id(), AuditOutcome.SUCCESS,
				r.userId() != null && r.userId() == userId ? "own record" : "as parent or guardian"));
		return record;
	}

	/** The member chosen for this session when it is someone other than the account's own record, else empty. */
	public Optional<Member> actingForOther(long userId) {
		Long chosen = chosen();
		if (chosen == null) {
			return Optional.empty();
		}
		return members(userId).stream().filter(m -> m.clientId() == chosen && !m.self()).findFirst();
	}

	/**
	 * From now on this session acts for the member (the account's own record ends acting for someone else).
	 * @throws ApiProblem 404 when the client is not the account's own record or one of its children
	 */
	public Member actFor(long userId, long clientId) {
		Member member = members(userId).stream().filter(m -> m.clientId() == clientId).findFirst().orElseThrow(() -> {
			audit.record("FAMILY_ACT_FOR_DENIED", "client", clientId, AuditOutcome.DENIED,
					"not a member of the family of user " + userId);
			return ApiProblem.notFound(words.text("family.error.notFamily"));
		});
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request != null) {
			if (member.self()) {
				request.removeAttribute(ACTING_FOR, RequestAttributes.SCOPE_SESSION);
			}
			else {
				request.setAttribute(ACTING_FOR, member.clientId(), RequestAttributes.SCOPE_SESSION);
			}
		}
		audit.record("FAMILY_ACT_FOR", "client", clientId, AuditOutcome.SUCCESS,
				member.self() ? "own record" : "as parent or guardian");
		return member;
	}

	/**
	 * A parent adds a child: a client record of its own (reached through the parent's email address and phone
	 * number) and the link that lets this account act for it. Audited.
	 * @throws ApiProblem 400 naming the field; 404 when the account has no client record; 409 when the same child
	 *         (name and date of birth) is in the family already
	 */
	@Transactional
	public Member addChild(long userId, NewChild child) {
		ClientDirectory.ClientRecord parent = clients.read(clients.idForUser(userId)
			.orElseThrow(() -> ApiProblem.notFound(words.text("clients.problem.noRecordForAccount"))))
			.orElseThrow();
		Map<String, String> errors = new LinkedHashMap<>();
		String first = clean(child.firstName());
		String last = clean(child.lastName());
		if (first.isEmpty() || first.length() > 100) {
			errors.put("firstName", words.text("family.error.firstName"));
		}
		if (last.isEmpty() || last.length() > 100) {
			errors.put("lastName", words.text("family.error.lastName"));
		}
		LocalDate born = null;
		LocalDate today = time.today();
		try {
			born = child.dateOfBirth() == null || child.dateOfBirth().isBlank() ? null
					: LocalDate.parse(child.dateOfBirth().strip());
		}
		catch (DateTimeParseException ex) {
			errors.put("dateOfBirth", words.text("family.error.dateFormat"));
		}
		if (born == null && !errors.containsKey("dateOfBirth")) {
			errors.put("dateOfBirth", words.text("family.error.dateMissing"));
		}
		else if (born != null && born.isAfter(today)) {
			errors.put("dateOfBirth", words.text("family.error.dateFuture"));
		}
		else if (born != null && Period.between(born, today).getYears() >= ADULT_AGE) {
			errors.put("dateOfBirth", words.text("family.error.adult", ADULT_AGE));
		}
		if (!errors.isEmpty()) {
			throw ApiProblem.invalid(errors);
		}
		LocalDate bornOn = born;
		Optional<Member> same = members(userId).stream().filter(m -> !m.self() && m.firstName().equalsIgnoreCase(first)
				&& m.lastName().equalsIgnoreCase(last) && bornOn.equals(m.dateOfBirth())).findFirst();
		if (same.isPresent()) {
			throw ApiProblem.conflict(words.text("family.error.duplicate", same.get().firstName()));
		}
		long childId = clients.create(null, first, last, parent.email(), parent.phone());
		jdbc.sql("update client set date_of_birth = :born where id = :id").param("born", born).param("id", childId)
			.update();
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into client_guardian (client_id, guardian_user_id, relationship, created_at)
				values (:client, :user, 'CHILD', :now)
				""")
			.param("client", childId)
			.param("user", userId)
			.param("now", Db.utc(clock.instant()))
			.update(keys, "id");
		audit.record("FAMILY_CHILD_ADDED", "client", childId, AuditOutcome.SUCCESS,
				"child of client " + parent.id() + ", link " + keys.getKey());
		return new Member(childId, first, last, born, false);
	}

	/** The accounts that act for a client (none for an adult with an account of their own). */
	public List<Guardian> guardians(long clientId) {
		return jdbc.sql("""
				select u.id, c.id as client_id, coalesce(c.first_name || ' ' || c.last_name, u.display_name) as name,
				       u.email, g.relationship from client_guardian g
				join app_user u on u.id = g.guardian_user_id
				left join client c on c.user_id = u.id
				where g.client_id = :client and g.ended_at is null order by g.id
				""")
			.param("client", clientId)
			.query((rs, i) -> new Guardian(rs.getLong("id"), rs.getObject("client_id", Long.class),
					rs.getString("name"), rs.getString("email"), rs.getString("relationship")))
			.list();
	}

	/** A client's family for the staff record (the record read itself is audited by the caller). */
	public Relations relations(long clientId) {
		record Row(Long userId, LocalDate born) {
		}
		Row row = jdbc.sql("select user_id, date_of_birth from client where id = :id")
			.param("id", clientId)
			.query((rs, i) -> new Row(rs.getObject("user_id", Long.class), rs.getObject("date_of_birth", LocalDate.class)))
			.optional()
			.orElse(new Row(null, null));
		List<Member> children = row.userId() == null ? List.of()
				: members(row.userId()).stream().filter(m -> !m.self()).toList();
		Integer age = row.born() == null ? null : Period.between(row.born(), time.today()).getYears();
		return new Relations(row.born(), age, guardians(clientId), children);
	}

	private static String clean(String text) {
		return text == null ? "" : text.replaceAll("[\\p{Cntrl}\\s]+", " ").strip();
	}

	private static Long chosen() {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		return request == null ? null
				: request.getAttribute(ACTING_FOR, RequestAttributes.SCOPE_SESSION) instanceof Long id ? id : null;
	}

	private static void forget() {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request != null) {
			request.removeAttribute(ACTING_FOR, RequestAttributes.SCOPE_SESSION);
		}
	}

}
