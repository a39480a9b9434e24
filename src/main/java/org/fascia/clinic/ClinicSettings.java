package org.fascia.clinic;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.fascia.audit.AuditLog;
import org.fascia.audit.AuditOutcome;
import org.fascia.platform.ApiProblem;
import org.fascia.platform.CommandValidator;
import org.fascia.platform.Db;
import org.fascia.platform.Words;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The clinic module's API for the clinic's settings: name, time zone and booking policy. Slot steps
 * are multiples of 5 minutes (5 to 240), so every slot starts on a five-minute mark.
 */
@Service
public class ClinicSettings {

	/** The zones an owner can choose from: the regional IANA ids, without Etc/ and SystemV/ aliases. */
	static final List<String> ZONES = ZoneId.getAvailableZoneIds()
		.stream()
		.filter(id -> id.contains("/") && !id.startsWith("Etc/") && !id.startsWith("SystemV/"))
		.sorted()
		.toList();

	private final JdbcClient jdbc;

	private final CommandValidator validator;

	private final AuditLog audit;

	private final Clock clock;

	private final Words words;

	ClinicSettings(JdbcClient jdbc, CommandValidator validator, AuditLog audit, Clock clock, Words words) {
		this.words = words;
		this.jdbc = jdbc;
		this.validator = validator;
		this.audit = audit;
		this.clock = clock;
	}

	public Optional<Clinic> current() {
		return jdbc.sql("select name, time_zone from clinic where id = 1")
			.query((rs, i) -> new Clinic(rs.getString("name"), ZoneId.of(rs.getString("time_zone"))))
			.optional();
	}

	/** @throws ApiProblem 404 before setup */
	Clinic require() {
		return current().orElseThrow(() -> ApiProblem.notFound(words.text("clinic.problem.notSetUp")));
	}

	/** Whether this is an IANA zone id Java knows, like Europe/London. */
	static boolean isZone(String id) {
		return id != null && ZoneId.getAvailableZoneIds().contains(id);
	}

	/** The clinic's zone, or UTC before setup. */
	public ZoneId zone() {
		return current().map(Clinic::timeZone).orElse(ZoneId.of("UTC"));
	}

	/** The clinic's booking policy (the schema's defaults before setup). */
	public BookingPolicy policy() {
		return jdbc.sql("""
				select slot_step_minutes, minimum_notice_hours, booking_horizon_days, cancellation_window_hours,
				       reminder_hours
				from clinic where id = 1
				""")
			.query((rs, i) -> new BookingPolicy(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5)))
			.optional()
			.orElse(new BookingPolicy(15, 12, 60, 24, 24));
	}

	/**
	 * Changes the fields the change carries and keeps the others; checks everything before writing.
	 * @throws ApiProblem 400 naming every invalid field, 404 before setup
	 */
	@Transactional
	void update(ClinicChange change) {
		Map<String, String> problems = validator.problems(change);
		if (change.timeZone() != null && !isZone(change.timeZone())) {
			problems.putIfAbsent("timeZone", words.text("clinic.problem.unknownZone"));
		}
		if (change.slotStepMinutes() != null && change.slotStepMinutes() % 5 != 0) {
			problems.putIfAbsent("slotStepMinutes", words.text("clinic.problem.slotStepMultiple"));
		}
		// Two changes at once would each merge into the row they read: lock it first.
		jdbc.sql("select id from clinic where id = 1 for update").query(Integer.class).optional();
		Clinic clinic = require();
		BookingPolicy old = policy();
		BookingPolicy policy = new BookingPolicy(
				Objects.requireNonNullElse(change.slotStepMinutes(), old.slotStepMinutes()),
				Objects.requireNonNullElse(change.minimumNoticeHours(), old.minimumNoticeHours()),
				Objects.requireNonNullElse(change.bookingHorizonDays(), old.bookingHorizonDays()),
				Objects.requireNonNullElse(change.cancellationWindowHours(), old.cancellationWindowHours()),
				Objects.requireNonNullElse(change.reminderHours(), old.reminderHours()));
		if (policy.bookingHorizonDays() * 24 <= policy.minimumNoticeHours()) {
			problems.putIfAbsent(change.minimumNoticeHours() != null ? "minimumNoticeHours" : "bookingHorizonDays",
					words.text("clinic.problem.horizonBeforeNotice"));
		}
		if (!problems.isEmpty()) {
			throw ApiProblem.invalid(problems);
		}
		String name = change.name() == null ? clinic.name() : change.name().strip();
		String zone = change.timeZone() == null ? clinic.timeZone().getId() : change.timeZone();
		jdbc.sql("""
				update clinic set name = :name, time_zone = :zone, slot_step_minutes = :step,
				       minimum_notice_hours = :notice, booking_horizon_days = :horizon,
				       cancellation_window_hours = :cancellation, reminder_hours = :reminder
				where id = 1
				""")
			.param("name", name)
			.param("zone", zone)
			.param("step", policy.slotStepMinutes())
			.param("notice", policy.minimumNoticeHours())
			.param("horizon", policy.bookingHorizonDays())
			.param("cancellation", policy.cancellationWindowHours())
			.param("reminder", policy.reminderHours())
			.update();
		audit.record("CLINIC_SETTINGS_CHANGED", "clinic", 1, AuditOutcome.SUCCESS,
				changes(clinic, name, zone, old, policy));
	}

	@Transactional
	void create(String name, ZoneId zone) {
		jdbc.sql("insert into clinic (id, name, time_zone, created_at) values (1, :name, :zone, :now)")
			.param("name", name.strip())
			.param("zone", zone.getId())
			.param("now", Db.utc(clock.instant()))
			.update();
		jdbc.sql("insert into location (name) values (:name)").param("name", name.strip()).update();
	}

	boolean exists() {
		return current().isPresent();
	}

	private static String changes(Clinic clinic, String name, String zone, BookingPolicy old, BookingPolicy policy) {
		List<String> changed = new ArrayList<>();
		if (!clinic.name().equals(name)) {
			changed.add("name");
		}
		if (!clinic.timeZone().getId().equals(zone)) {
			changed.add("time zone " + clinic.timeZone().getId() + " to " + zone);
		}
		if (!Objects.equals(old, policy)) {
			changed.add("booking policy " + policy);
		}
		return changed.isEmpty() ? "nothing changed" : String.join("; ", changed);
	}

}
