package org.fascia.clinic;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.fascia.audit.AuditLog;
import org.fascia.audit.AuditOutcome;
import org.fascia.identity.Account;
import org.fascia.identity.Accounts;
import org.fascia.identity.NewInvitation;
import org.fascia.identity.Role;
import org.fascia.platform.ApiProblem;
import org.fascia.platform.CommandValidator;
import org.fascia.platform.Words;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The clinic's team. Adding a therapist links the account with their email when it is a therapist's
 * or the owner's (an owner who also treats), and otherwise creates a therapist account and emails an
 * invitation, all in one transaction.
 */
@Service
class Therapists {

	/** A therapist just added, and whether an invitation went out (rather than linking an account). */
	record Added(Therapist therapist, boolean invited) {
	}

	private final JdbcClient jdbc;

	private final Accounts accounts;

	private final ClinicSettings settings;

	private final TherapistSchedules schedules;

	private final CommandValidator validator;

	private final AuditLog audit;

	private final ClinicProblems clinicProblems;

	private final Words words;

	Therapists(JdbcClient jdbc, Accounts accounts, ClinicSettings settings, TherapistSchedules schedules,
			CommandValidator validator, AuditLog audit, ClinicProblems clinicProblems, Words words) {
		this.clinicProblems = clinicProblems;
		this.words = words;
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.settings = settings;
		this.schedules = schedules;
		this.validator = validator;
		this.audit = audit;
	}

	/** By name. */
	List<Therapist> all() {
		Map<Long, List<WorkingInterval>> hours = schedules.allHours();
		Map<Long, List<Long>> services = new HashMap<>();
		jdbc.sql("select therapist_id, service_id from therapist_service order by service_id")
			.query(rs -> {
				services.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(rs.getLong(2));
			});
		return jdbc.sql("select * from therapist order by lower(display_name), id")
			.query((rs, i) -> new Therapist(rs.getLong("id"), rs.getString("display_name"), rs.getString("email"),
					rs.getString("bio"), rs.getBoolean("active"), rs.getObject("user_id", Long.class),
					services.getOrDefault(rs.getLong("id"), List.of()), hours.getOrDefault(rs.getLong("id"), List.of())))
			.list();
	}

	Optional<Therapist> find(long id) {
		List<Long> services = serviceIds(id);
		return jdbc.sql("select * from therapist where id = :id")
			.param("id", id)
			.query((rs, i) -> new Therapist(id, rs.getString("display_name"), rs.getString("email"), rs.getString("bio"),
					rs.getBoolean("active"), rs.getObject("user_id", Long.class), services, schedules.hours(id)))
			.optional();
	}

	/** @throws ApiProblem 400 naming the field, 409 when the email belongs to a non-therapist or a team member */
	@Transactional
	Added add(NewTherapist therapist) {
		validator.check(therapist);
		String name = therapist.name().strip();
		Optional<Account> existing = accounts.findByEmail(therapist.email());
		Account account;
		if (existing.isPresent()) {
			account = existing.get();
			if (account.role() != Role.THERAPIST && account.role() != Role.OWNER) {
				throw ApiProblem.conflict(words.text("clinic.problem.notATherapistsAccount"));
			}
			if (jdbc.sql("select count(*) from therapist where user_id = :user").param("user", account.id())
				.query(Integer.class).single() > 0) {
				throw ApiProblem.conflict(words.text("clinic.problem.alreadyOnTeam", account.displayName()));
			}
		}
		else {
			String clinic = settings.current().map(Clinic::name).orElseGet(() -> words.text("clinic.invitation.yourClinic"));
			account = accounts.invite(new NewInvitation(therapist.email(), name, Role.THERAPIST, clinic));
		}
		long id = insert(account.id(), name, account.email(), Text.orNull(therapist.bio()));
		audit.record("THERAPIST_CREATED", "therapist", id, AuditOutcome.SUCCESS,
				existing.isPresent() ? "linked to the existing account " + account.id() : "invited");
		return new Added(find(id).orElseThrow(), existing.isEmpty());
	}

	/** @throws ApiProblem 404 for an unknown therapist, 400 naming the field */
	@Transactional
	Therapist update(long id, TherapistChange change) {
		lock(jdbc, id, clinicProblems);
		validator.check(change);
		Therapist old = find(id).orElseThrow();
		jdbc.sql("update therapist set display_name = :name, bio = :bio, active = :active where id = :id")
			.param("name", change.name() == null ? old.name() : change.name().strip())
			.param("bio", change.bio() == null ? old.bio() : Text.orNull(change.bio()))
			.param("active", Objects.requireNonNullElse(change.active(), old.active()))
			.param("id", id)
			.update();
		audit.record("THERAPIST_CHANGED", "therapist", id, AuditOutcome.SUCCESS, null);
		return find(id).orElseThrow();
	}

	/**
	 * Replaces the services the therapist offers.
	 * @throws ApiProblem 404 for an unknown therapist, 400 naming each unknown service, e.g. {@code [1]}
	 */
	@Transactional
	List<Long> offer(long id, List<Long> serviceIds) {
		lock(jdbc, id, clinicProblems);
		Map<String, String> problems = new LinkedHashMap<>();
		for (int i = 0; i < serviceIds.size(); i++) {
			if (serviceIds.get(i) == null) {
				problems.put("[" + i + "]", words.text("clinic.problem.serviceId"));
			}
		}
		KnownIds.check(jdbc, "select id from service where id in (:ids)", serviceIds, "", clinicProblems::unknownService,
				problems);
		if (!problems.isEmpty()) {
			throw ApiProblem.invalid(problems);
		}
		jdbc.sql("delete from therapist_service where therapist_id = :id").param("id", id).update();
		for (long service : serviceIds.stream().distinct().toList()) {
			jdbc.sql("insert into therapist_service (therapist_id, service_id) values (:therapist, :service)")
				.param("therapist", id)
				.param("service", service)
				.update();
		}
		audit.record("THERAPIST_SERVICES_CHANGED", "therapist", id, AuditOutcome.SUCCESS, "services " + serviceIds);
		return serviceIds(id);
	}

	List<Long> serviceIds(long id) {
		return jdbc.sql("select service_id from therapist_service where therapist_id = :id order by service_id")
			.param("id", id)
			.query(Long.class)
			.list();
	}

	long insert(Long userId, String name, String email, String bio) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("insert into therapist (user_id, display_name, email, bio) values (:user, :name, :email, :bio)")
			.param("user", userId)
			.param("name", name)
			.param("email", email)
			.param("bio", bio)
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	/** 404 for an unknown therapist. */
	ApiProblem notFound(long id) {
		return clinicProblems.noTherapist(id);
	}

	/** Locks the therapist's row for the rest of the transaction. @throws ApiProblem 404 when there is none */
	static void lock(JdbcClient jdbc, long id, ClinicProblems clinicProblems) {
		if (jdbc.sql("select id from therapist where id = :id for update").param("id", id).query(Long.class).optional().isEmpty()) {
			throw clinicProblems.noTherapist(id);
		}
	}

}
