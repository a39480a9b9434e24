package org.fascia.clinic;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.fascia.audit.AuditLog;
import org.fascia.audit.AuditOutcome;
import org.fascia.platform.ApiProblem;
import org.fascia.platform.CommandValidator;
import org.fascia.platform.Words;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The clinic's rooms: listed in the order they were added, renamed, taken out of use and back. */
@Service
class Rooms {

	private static final RowMapper<Room> ROOM = (rs, i) -> new Room(rs.getLong("id"), rs.getString("name"),
			rs.getLong("location_id"), rs.getBoolean("active"));

	private final JdbcClient jdbc;

	private final CommandValidator validator;

	private final AuditLog audit;

	private final Words words;

	Rooms(JdbcClient jdbc, CommandValidator validator, AuditLog audit, Words words) {
		this.words = words;
		this.jdbc = jdbc;
		this.validator = validator;
		this.audit = audit;
	}

	List<Room> all() {
		return jdbc.sql("select * from room order by id").query(ROOM).list();
	}

	Optional<Room> find(long id) {
		return jdbc.sql("select * from room where id = :id").param("id", id).query(ROOM).optional();
	}

	/** @throws ApiProblem 400 naming the field */
	@Transactional
	Room add(NewRoom room) {
		Map<String, String> problems = validator.problems(room);
		Long location = room.locationId() != null ? room.locationId()
				: jdbc.sql("select min(id) from location").query(Long.class).optional().orElse(null);
		if (location == null || !locationExists(location)) {
			problems.putIfAbsent("locationId", room.locationId() == null ? words.text("clinic.problem.noLocationYet")
					: words.text("clinic.problem.noLocation", String.valueOf(room.locationId())));
		}
		if (!problems.isEmpty()) {
			throw ApiProblem.invalid(problems);
		}
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("insert into room (location_id, name) values (:location, :name)")
			.param("location", location)
			.param("name", room.name().strip())
			.update(keys, "id");
		long id = keys.getKey().longValue();
		audit.record("ROOM_CREATED", "room", id, AuditOutcome.SUCCESS, null);
		return find(id).orElseThrow();
	}

	/** @throws ApiProblem 400 naming the field, 404 for an unknown room */
	@Transactional
	Room update(long id, RoomChange change) {
		Room room = jdbc.sql("select * from room where id = :id for update")
			.param("id", id)
			.query(ROOM)
			.optional()
			.orElseThrow(() -> notFound(id));
		validator.check(change);
		jdbc.sql("update room set name = :name, active = :active where id = :id")
			.param("name", change.name() == null ? room.name() : change.name().strip())
			.param("active", Objects.requireNonNullElse(change.active(), room.active()))
			.param("id", id)
			.update();
		audit.record("ROOM_CHANGED", "room", id, AuditOutcome.SUCCESS, null);
		return find(id).orElseThrow();
	}

	/** 404 for an unknown room. */
	ApiProblem notFound(long id) {
		return ApiProblem.notFound(words.text("clinic.problem.noRoom", String.valueOf(id)));
	}

	private boolean locationExists(long id) {
		return jdbc.sql("select count(*) from location where id = :id").param("id", id).query(Integer.class).single() > 0;
	}

}
