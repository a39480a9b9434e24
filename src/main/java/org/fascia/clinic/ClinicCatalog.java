package org.fascia.clinic;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The clinic module's API for its catalogue: rooms, therapists and their hours, services. */
@Service
public class ClinicCatalog {

	private final JdbcClient jdbc;

	ClinicCatalog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional
	public long addRoom(String name) {
		long location = jdbc.sql("select min(id) from location").query(Long.class).single();
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("insert into room (location_id, name) values (:location, :name)")
			.param("location", location)
			.param("name", name)
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	@Transactional
	public long addTherapist(Long userId, String displayName, String bio) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("insert into therapist (user_id, display_name, bio) values (:user, :name, :bio)")
			.param("user", userId)
			.param("name", displayName)
			.param("bio", bio)
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	/** Replaces the therapist's weekly hours. */
	@Transactional
	public void setWorkingHours(long therapistId, List<WorkingInterval> intervals) {
		jdbc.sql("delete from working_hours where therapist_id = :id").param("id", therapistId).update();
		for (WorkingInterval interval : intervals) {
			jdbc.sql("""
					insert into working_hours (therapist_id, day_of_week, start_time, end_time)
					values (:id, :day, :start, :end)
					""")
				.param("id", therapistId)
				.param("day", interval.dayOfWeek().name())
				.param("start", interval.start())
				.param("end", interval.end())
				.update();
		}
	}

	@Transactional
	public long addService(NewService service) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into service (name, description, duration_minutes, buffer_minutes, price_cents, kind, bookable_online)
				values (:name, :description, :duration, :buffer, :price, :kind, :online)
				""")
			.param("name", service.name())
			.param("description", service.description())
			.param("duration", service.durationMinutes())
			.param("buffer", service.bufferMinutes())
			.param("price", service.priceCents())
			.param("kind", service.kind().name())
			.param("online", service.bookableOnline())
			.update(keys, "id");
		long id = keys.getKey().longValue();
		for (long therapist : service.therapistIds()) {
			jdbc.sql("insert into therapist_service (therapist_id, service_id) values (:therapist, :service)")
				.param("therapist", therapist)
				.param("service", id)
				.update();
		}
		return id;
	}

	public int therapistCount() {
		return jdbc.sql("select count(*) from therapist where active = true").query(Integer.class).single();
	}

	public int serviceCount() {
		return jdbc.sql("select count(*) from service where active = true").query(Integer.class).single();
	}

}
