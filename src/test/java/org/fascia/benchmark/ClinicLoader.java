package org.fascia.benchmark;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import javax.sql.DataSource;

import org.fascia.benchmark.BenchmarkClinic.Appointment;
import org.fascia.booking.AvailabilityRequest.DatedException;
import org.fascia.booking.AvailabilityRequest.ServiceSpec;
import org.fascia.booking.AvailabilityRequest.TherapistSchedule;
import org.fascia.booking.AvailabilityRequest.WeeklyHours;
import org.fascia.clinic.ClinicCatalog;
import org.fascia.clinic.FirstStart;
import org.fascia.clinic.NewService;
import org.fascia.clinic.ServiceKind;
import org.fascia.clinic.WorkingInterval;
import org.fascia.identity.Account;
import org.fascia.platform.Db;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes a {@link BenchmarkClinic} into a running, empty application: the clinic and its owner through
 * {@link FirstStart}, rooms, therapists with their weekly hours and the services through
 * {@link ClinicCatalog}, and the bulk (time off, clients, 6,000 appointments) with batched JDBC inserts.
 * The 60-minute deep tissue massage (10-minute buffer) is offered by every therapist; the other four
 * services exist for the appointments that use them.
 */
final class ClinicLoader {

	static final String OWNER_EMAIL = "owner@bench.fascia.test";

	static final String OWNER_PASSWORD = "benchmark owner passphrase 2026";

	static final int CLIENTS = 1_000;

	/** The 60-minute deep tissue massage, as the availability micro-benchmark uses it. */
	static final ServiceSpec DEEP_TISSUE_60 = BenchmarkClinic.SERVICES.get(3);

	private static final String[] SERVICE_NAMES = { "Consultation (15 min)", "Check-up (30 min)",
			"Myofascial release (45 min)", "Deep tissue massage (60 min)", "Deep tissue massage (90 min)" };

	private static final SecureRandom DIGESTS = new SecureRandom();

	static final String INSERT_APPOINTMENT = """
			insert into appointment (client_id, therapist_id, room_id, service_id, start_at, end_at, occupied_until,
			                         status, booked_by, created_at, changed_at, manage_token_hash)
			values (?, ?, ?, ?, ?, ?, ?, 'BOOKED', ?, ?, ?, ?)
			""";

	/**
	 * Database ids of what was loaded, by the generator's ids.
	 *
	 * @param serviceId the database id of the 60-minute deep tissue massage
	 */
	record Loaded(long ownerId, long serviceId, Map<Long, Long> therapists, Map<Long, Long> rooms,
			Map<Long, Long> services, List<Long> clientIds, Duration took) {

		long therapist(long generatorId) {
			return this.therapists.get(generatorId);
		}

		long room(long generatorId) {
			return this.rooms.get(generatorId);
		}

	}

	private ClinicLoader() {
	}

	static Loaded load(ApplicationContext app, BenchmarkClinic clinic) {
		long started = System.nanoTime();
		JdbcTemplate jdbc = new JdbcTemplate(app.getBean(DataSource.class));
		ClinicCatalog catalog = app.getBean(ClinicCatalog.class);
		Account owner = app.getBean(FirstStart.class)
			.setUp("Benchmark Back Care", clinic.zone().getId(), "Benchmark Owner", OWNER_EMAIL, OWNER_PASSWORD);
		// Staff book without notice; the measured window lies within the horizon for clients too.
		jdbc.update("update clinic set minimum_notice_hours = 0, booking_horizon_days = 90 where id = 1");

		Map<Long, Long> rooms = new LinkedHashMap<>();
		for (long room : clinic.roomIds()) {
			rooms.put(room, catalog.addRoom("Room " + room));
		}
		Map<Long, Long> therapists = new LinkedHashMap<>();
		List<Object[]> exceptions = new ArrayList<>();
		for (TherapistSchedule schedule : clinic.therapists()) {
			long id = catalog.addTherapist(null, "Therapist " + schedule.therapistId(), null);
			therapists.put(schedule.therapistId(), id);
			catalog.setWorkingHours(id, schedule.weekly().stream().map(ClinicLoader::interval).toList());
			for (DatedException exception : schedule.exceptions()) {
				exceptions.add(new Object[] { id, exception.date(), exception.start(), exception.end(),
						exception.kind().name() });
			}
		}
		jdbc.batchUpdate("""
				insert into therapist_exception (therapist_id, on_date, start_time, end_time, kind)
				values (?, ?, ?, ?, ?)
				""", exceptions);

		Map<Long, Long> services = new LinkedHashMap<>();
		for (int i = 0; i < clinic.services().size(); i++) {
			ServiceSpec spec = clinic.services().get(i);
			boolean offered = spec.equals(DEEP_TISSUE_60);
			services.put(spec.id(), catalog.addService(new NewService(SERVICE_NAMES[i], "Benchmark service",
					(int) spec.duration().toMinutes(), (int) spec.buffer().toMinutes(), 1_000 * (i + 1),
					i == 0 ? ServiceKind.CONSULTATION : ServiceKind.TREATMENT, true,
					offered ? List.copyOf(therapists.values()) : List.of())));
		}

		Instant now = Instant.now();
		List<Object[]> clients = new ArrayList<>();
		for (int i = 1; i <= CLIENTS; i++) {
			clients.add(new Object[] { "Client", "Number " + i, "client" + i + "@bench.fascia.test", Db.utc(now) });
		}
		jdbc.batchUpdate("insert into client (first_name, last_name, email, created_at) values (?, ?, ?, ?)", clients);
		List<Long> clientIds = jdbc.queryForList("select id from client order by id", Long.class);

		Random random = new Random(BenchmarkClinic.SEED);
		List<Object[]> appointments = new ArrayList<>();
		for (Appointment appointment : clinic.appointments()) {
			appointments.add(appointmentRow(clientIds.get(random.nextInt(clientIds.size())),
					therapists.get(appointment.therapistId()), rooms.get(appointment.roomId()),
					services.get(appointment.service().id()), appointment.start(), appointment.end(),
					appointment.busy().end(), owner.id(), now));
		}
		jdbc.batchUpdate(INSERT_APPOINTMENT, appointments, 500, (statement, row) -> {
			for (int i = 0; i < row.length; i++) {
				statement.setObject(i + 1, row[i]);
			}
		});
		return new Loaded(owner.id(), services.get(DEEP_TISSUE_60.id()), therapists, rooms, services, clientIds,
				Duration.ofNanos(System.nanoTime() - started));
	}

	/** The parameters of {@link #INSERT_APPOINTMENT}, with a random manage-link digest as a booking has. */
	static Object[] appointmentRow(long clientId, long therapistId, long roomId, long serviceId, Instant start,
			Instant end, Instant occupiedUntil, long bookedBy, Instant now) {
		return new Object[] { clientId, therapistId, roomId, serviceId, Db.utc(start), Db.utc(end),
				Db.utc(occupiedUntil), bookedBy, Db.utc(now), Db.utc(now), randomDigest() };
	}

	/** 64 hex characters, like the SHA-256 digest of a manage link. */
	static String randomDigest() {
		byte[] bytes = new byte[32];
		DIGESTS.nextBytes(bytes);
		return HexFormat.of().formatHex(bytes);
	}

	private static WorkingInterval interval(WeeklyHours hours) {
		return new WorkingInterval(hours.day(), hours.start(), hours.end());
	}

}
