package org.fascia.booking;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Read model of what can be booked online: services with their price and length, and who offers
 * them. It reads the clinic's catalogue tables directly, as the availability queries do.
 */
@Component
class BookingCatalog {

	record ServiceView(long id, String name, String description, int durationMinutes, int priceCents, String kind) {

		public String price() {
			return priceCents == 0 ? "Free" : "£" + (priceCents / 100) + (priceCents % 100 == 0 ? "" : "." + String.format("%02d", priceCents % 100));
		}

	}

	record TherapistView(long id, String name, String bio) {
	}

	private final JdbcClient jdbc;

	BookingCatalog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<ServiceView> bookableOnline() {
		return jdbc.sql("""
				select id, name, description, duration_minutes, price_cents, kind from service
				where active = true and bookable_online = true
				order by case when kind = 'CONSULTATION' then 0 else 1 end, name
				""").query((rs, i) -> new ServiceView(rs.getLong("id"), rs.getString("name"), rs.getString("description"),
				rs.getInt("duration_minutes"), rs.getInt("price_cents"), rs.getString("kind"))).list();
	}

	Optional<ServiceView> service(long id) {
		return jdbc.sql("select id, name, description, duration_minutes, price_cents, kind from service where id = :id")
			.param("id", id)
			.query((rs, i) -> new ServiceView(rs.getLong("id"), rs.getString("name"), rs.getString("description"),
					rs.getInt("duration_minutes"), rs.getInt("price_cents"), rs.getString("kind")))
			.optional();
	}

	List<TherapistView> therapistsFor(long serviceId) {
		return jdbc.sql("""
				select t.id, t.display_name, t.bio from therapist t
				join therapist_service ts on ts.therapist_id = t.id
				where ts.service_id = :service and t.active = true
				order by t.display_name
				""").param("service", serviceId)
			.query((rs, i) -> new TherapistView(rs.getLong("id"), rs.getString("display_name"), rs.getString("bio")))
			.list();
	}

	Optional<String> therapistName(long id) {
		return jdbc.sql("select display_name from therapist where id = :id").param("id", id).query(String.class)
			.optional();
	}

}
