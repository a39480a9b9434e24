package org.fascia.clinic;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.fascia.audit.AuditLog;
import org.fascia.audit.AuditOutcome;
import org.fascia.platform.ApiProblem;
import org.fascia.platform.CommandValidator;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The clinic's menu of services, in the order they were added, with the therapists who offer each. */
@Service
class ServiceMenu {

	private static final String KNOWN_THERAPISTS = "select id from therapist where id in (:ids)";

	private final JdbcClient jdbc;

	private final CommandValidator validator;

	private final AuditLog audit;

	private final ClinicProblems clinicProblems;

	ServiceMenu(JdbcClient jdbc, CommandValidator validator, AuditLog audit, ClinicProblems clinicProblems) {
		this.clinicProblems = clinicProblems;
		this.jdbc = jdbc;
		this.validator = validator;
		this.audit = audit;
	}

	List<ServiceOffering> all() {
		Map<Long, List<Long>> offeredBy = new HashMap<>();
		jdbc.sql("select service_id, therapist_id from therapist_service order by therapist_id")
			.query(rs -> {
				offeredBy.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(rs.getLong(2));
			});
		return jdbc.sql("select * from service order by id")
			.query((rs, i) -> map(rs, offeredBy.getOrDefault(rs.getLong("id"), List.of())))
			.list();
	}

	Optional<ServiceOffering> find(long id) {
		List<Long> therapists = jdbc.sql("select therapist_id from therapist_service where service_id = :id order by therapist_id")
			.param("id", id)
			.query(Long.class)
			.list();
		return jdbc.sql("select * from service where id = :id").param("id", id).query((rs, i) -> map(rs, therapists)).optional();
	}

	/** @throws ApiProblem 400 naming every invalid field */
	@Transactional
	ServiceOffering add(NewService service) {
		Map<String, String> problems = validator.problems(service);
		KnownIds.check(jdbc, KNOWN_THERAPISTS, service.therapistIds(), "therapistIds", clinicProblems::unknownTherapist,
				problems);
		if (!problems.isEmpty()) {
			throw ApiProblem.invalid(problems);
		}
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into service (name, description, duration_minutes, buffer_minutes, price_cents, kind, bookable_online)
				values (:name, :description, :duration, :buffer, :price, :kind, :online)
				""")
			.param("name", service.name().strip())
			.param("description", Text.orNull(service.description()))
			.param("duration", service.durationMinutes())
			.param("buffer", service.bufferMinutes())
			.param("price", service.priceCents())
			.param("kind", service.kind().name())
			.param("online", service.bookableOnline())
			.update(keys, "id");
		long id = keys.getKey().longValue();
		offeredBy(id, service.therapistIds());
		audit.record("SERVICE_CREATED", "service", id, AuditOutcome.SUCCESS, null);
		return find(id).orElseThrow();
	}

	/** @throws ApiProblem 404 for an unknown service, 400 naming every invalid field */
	@Transactional
	ServiceOffering update(long id, ServiceChange change) {
		if (jdbc.sql("select id from service where id = :id for update").param("id", id).query(Long.class).optional().isEmpty()) {
			throw notFound(id);
		}
		Map<String, String> problems = validator.problems(change);
		if (change.therapistIds() != null) {
			KnownIds.check(jdbc, KNOWN_THERAPISTS, change.therapistIds(), "therapistIds",
					clinicProblems::unknownTherapist, problems);
		}
		if (!problems.isEmpty()) {
			throw ApiProblem.invalid(problems);
		}
		ServiceOffering old = find(id).orElseThrow();
		jdbc.sql("""
				update service set name = :name, description = :description, duration_minutes = :duration,
				       buffer_minutes = :buffer, price_cents = :price, kind = :kind, bookable_online = :online,
				       active = :active
				where id = :id
				""")
			.param("name", change.name() == null ? old.name() : change.name().strip())
			.param("description", change.description() == null ? old.description() : Text.orNull(change.description()))
			.param("duration", Objects.requireNonNullElse(change.durationMinutes(), old.durationMinutes()))
			.param("buffer", Objects.requireNonNullElse(change.bufferMinutes(), old.bufferMinutes()))
			.param("price", Objects.requireNonNullElse(change.priceCents(), old.priceCents()))
			.param("kind", Objects.requireNonNullElse(change.kind(), old.kind()).name())
			.param("online", Objects.requireNonNullElse(change.bookableOnline(), old.bookableOnline()))
			.param("active", Objects.requireNonNullElse(change.active(), old.active()))
			.param("id", id)
			.update();
		if (change.therapistIds() != null) {
			offeredBy(id, change.therapistIds());
		}
		audit.record("SERVICE_CHANGED", "service", id, AuditOutcome.SUCCESS, null);
		return find(id).orElseThrow();
	}


	private void offeredBy(long serviceId, List<Long> therapistIds) {
		jdbc.sql("delete from therapist_service where service_id = :id").param("id", serviceId).update();
		for (long therapist : therapistIds.stream().distinct().toList()) {
			jdbc.sql("insert into therapist_service (therapist_id, service_id) values (:therapist, :service)")
				.param("therapist", therapist)
				.param("service", serviceId)
				.update();
		}
	}

	private static ServiceOffering map(ResultSet rs, List<Long> therapistIds) throws SQLException {
		return new ServiceOffering(rs.getLong("id"), rs.getString("name"), rs.getString("description"),
				rs.getInt("duration_minutes"), rs.getInt("buffer_minutes"), rs.getInt("price_cents"),
				ServiceKind.valueOf(rs.getString("kind")), rs.getBoolean("bookable_online"), rs.getBoolean("active"),
				therapistIds);
	}


	/** 404 for an unknown service. */
	ApiProblem notFound(long id) {
		return clinicProblems.noService(id);
	}

}
