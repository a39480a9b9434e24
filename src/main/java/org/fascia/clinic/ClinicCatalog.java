package org.fascia.clinic;

import java.util.List;

import org.fascia.identity.Account;
import org.fascia.identity.Accounts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The clinic module's API for its catalogue: rooms, therapists and their hours, services. The owner's
 * pages and the JSON API use the same rules through {@link Rooms}, {@link Therapists},
 * {@link TherapistSchedules} and {@link ServiceMenu}.
 */
@Service
public class ClinicCatalog {

	private final JdbcClient jdbc;

	private final Rooms rooms;

	private final Therapists therapists;

	private final TherapistSchedules schedules;

	private final ServiceMenu menu;

	private final Accounts accounts;

	ClinicCatalog(JdbcClient jdbc, Rooms rooms, Therapists therapists, TherapistSchedules schedules, ServiceMenu menu,
			Accounts accounts) {
		this.jdbc = jdbc;
		this.rooms = rooms;
		this.therapists = therapists;
		this.schedules = schedules;
		this.menu = menu;
		this.accounts = accounts;
	}

	@Transactional
	public long addRoom(String name) {
		return rooms.add(new NewRoom(name, null)).id();
	}

	/** Adds a therapist for an existing account (or none), without an invitation. */
	@Transactional
	public long addTherapist(Long userId, String displayName, String bio) {
		String email = userId == null ? null : accounts.find(userId).map(Account::email).orElse(null);
		return therapists.insert(userId, displayName, email, bio);
	}

	/** Replaces the therapist's weekly hours. */
	@Transactional
	public void setWorkingHours(long therapistId, List<WorkingInterval> intervals) {
		schedules.replaceHours(therapistId, intervals.stream().map(WorkingHoursItem::of).toList());
	}

	@Transactional
	public long addService(NewService service) {
		return menu.add(service).id();
	}

	/** Sets the main location's address (free text, lines separated by commas or new lines). */
	@Transactional
	public void setMainAddress(String address) {
		jdbc.sql("update location set address = :address where id = (select min(id) from location)")
			.param("address", Text.orNull(address))
			.update();
	}

	/** The clinic's locations, the first one (its main address) first. */
	public List<Location> locations() {
		return jdbc.sql("select id, name, address from location order by id")
			.query((rs, i) -> new Location(rs.getLong("id"), rs.getString("name"), rs.getString("address")))
			.list();
	}

	public List<Room> rooms() {
		return rooms.all();
	}

	public List<Therapist> therapists() {
		return therapists.all();
	}

	public List<ServiceOffering> services() {
		return menu.all();
	}

	public int therapistCount() {
		return jdbc.sql("select count(*) from therapist where active = true").query(Integer.class).single();
	}

	public int serviceCount() {
		return jdbc.sql("select count(*) from service where active = true").query(Integer.class).single();
	}

}
