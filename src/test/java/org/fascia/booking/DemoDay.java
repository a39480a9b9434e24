package org.fascia.booking;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.Map;

import org.fascia.clients.ClientDirectory;
import org.fascia.identity.Accounts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A busy day in the demo clinic (Maya, Tom and Lena all work Wednesdays, two rooms), booked through
 * {@link BookingService} as the owner; two rooms never hold more than two appointments at once.
 */
@Component
class DemoDay {

	/** The appointments booked, by a short key like "tom-15:00". */
	record Seeded(Map<String, Long> ids) {

		int count() {
			return ids.size();
		}

	}

	private final BookingService booking;

	private final BookingChanges changes;

	private final ClientDirectory clients;

	private final Accounts accounts;

	private final JdbcClient jdbc;

	private final org.fascia.screening.Clearances clearances;

	DemoDay(BookingService booking, BookingChanges changes, ClientDirectory clients, Accounts accounts, JdbcClient jdbc,
			org.fascia.screening.Clearances clearances) {
		this.clearances = clearances;
		this.booking = booking;
		this.changes = changes;
		this.clients = clients;
		this.accounts = accounts;
		this.jdbc = jdbc;
	}

	Seeded seed(LocalDate day) {
		for (String name : new String[] { "Sofia Reyes", "Ben Carter", "Hana Kimura", "Olu Adeyemi", "Grace Liu",
				"Tomás Silva", "Mei Wong", "Jack Brennan" }) {
			String[] parts = name.split(" ");
			clients.create(null, parts[0], parts[1], null, null);
		}
		// Priya's intake asks for her doctor's clearance (a blood thinner): her GP's reply is on file.
		long priya = id("select id from client where first_name = :name", "Priya");
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13 };
		clearances.record(new org.fascia.screening.NewClearance(priya, "Dr Helen Marsh", "Northside Surgery",
				java.time.LocalDate.now(booking.zone()), "Light pressure only.", null,
				new org.fascia.screening.NewClearance.Upload("reply.png", png.length, png)),
				accounts.findByEmail("frontdesk@demo.fascia.test").orElseThrow().id());
		Map<String, Long> ids = new LinkedHashMap<>();
		book(ids, day, "Lena", "08:30", "Swedish massage (60 min)", "Hana");
		book(ids, day, "Maya", "09:00", "Deep tissue massage (60 min)", "Alex");
		book(ids, day, "Lena", "09:45", "Myofascial release (45 min)", "Ben");
		changes.cancel(ids.get("lena-09:45"), owner(), "Called at 8 with a migraine", true);
		book(ids, day, "Tom", "10:00", "Swedish massage (60 min)", "Ruth");
		book(ids, day, "Maya", "10:30", "Myofascial release (45 min)", "Sofia");
		book(ids, day, "Tom", "11:15", "Deep tissue massage (60 min)", "Daniel");
		changes.cancel(ids.get("tom-11:15"), owner(), null, false);
		book(ids, day, "Lena", "11:30", "Free back-pain consultation (15 min)", "Olu");
		book(ids, day, "Maya", "11:45", "Deep tissue massage (60 min)", "Ben");
		book(ids, day, "Tom", "12:00", "Deep tissue massage (60 min)", "Daniel");
		book(ids, day, "Lena", "13:30", "Swedish massage (60 min)", "Grace");
		book(ids, day, "Maya", "14:00", "Deep tissue massage (90 min)", "Tomás");
		book(ids, day, "Tom", "15:00", "Deep tissue massage (60 min)", "Priya");
		book(ids, day, "Maya", "16:00", "Free back-pain consultation (15 min)", "Mei");
		book(ids, day, "Tom", "17:00", "Deep tissue massage (90 min)", "Jack");
		return new Seeded(ids);
	}

	/**
	 * Once the clock is past noon: Hana did not come, and the morning's other visits are done
	 * (written directly: completing a visit belongs to charting, which does not exist yet).
	 */
	void afterTheMorning(Seeded seeded) {
		changes.noShow(seeded.ids().get("lena-08:30"), owner(), "No answer on the phone");
		for (String key : new String[] { "maya-09:00", "tom-10:00", "maya-10:30", "lena-11:30" }) {
			jdbc.sql("update appointment set status = 'COMPLETED' where id = :id").param("id", seeded.ids().get(key))
				.update();
		}
	}

	private void book(Map<String, Long> ids, LocalDate day, String therapist, String time, String service,
			String client) {
		long therapistId = id("select id from therapist where display_name like :name", therapist + " %");
		long serviceId = id("select id from service where name = :name", service);
		long clientId = id("select id from client where first_name = :name", client);
		var start = day.atTime(LocalTime.parse(time)).atZone(booking.zone()).toInstant();
		Appointment booked = booking.book(new BookingRequest(serviceId, therapistId, start, clientId), owner());
		ids.put(therapist.toLowerCase() + "-" + time, booked.id());
	}

	private long id(String sql, String name) {
		return jdbc.sql(sql).param("name", name).query(Long.class).single();
	}

	private Actor owner() {
		return Actor.staff(accounts.findByEmail("owner@demo.fascia.test").orElseThrow().id(), true);
	}

}
