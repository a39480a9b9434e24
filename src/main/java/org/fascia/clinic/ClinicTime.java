package org.fascia.clinic;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

import org.fascia.platform.Words;
import org.springframework.stereotype.Component;

/**
 * Shows times in the clinic's zone. Templates use it as {@code @clinicTime}, e.g.
 * {@code ${@clinicTime.dateTime(instant)}}: stored UTC instants are converted; dates and working
 * hours are wall-clock values already in the clinic's zone.
 */
@Component("clinicTime")
public class ClinicTime {

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.UK);

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.UK);

	private final ClinicSettings settings;

	private final Clock clock;

	private final Words words;

	ClinicTime(ClinicSettings settings, Clock clock, Words words) {
		this.settings = settings;
		this.clock = clock;
		this.words = words;
	}

	public String dateTime(Instant instant) {
		return instant == null ? "" : DATE_TIME.format(instant.atZone(settings.zone()));
	}

	public String date(Instant instant) {
		return instant == null ? "" : DATE.format(instant.atZone(settings.zone()));
	}

	/** A calendar date with its weekday, e.g. Thu 24 Dec 2026. */
	public String day(LocalDate date) {
		return date == null ? "" : DAY.format(date);
	}

	/** The clinic's wall clock right now, e.g. Tue 24 Nov 2026, 16:44. */
	public String now() {
		return dateTime(clock.instant());
	}

	/** Today in the clinic's zone. */
	public LocalDate today() {
		return clock.instant().atZone(settings.zone()).toLocalDate();
	}

	public String zone() {
		return settings.zone().getId();
	}

	public String dayName(DayOfWeek day) {
		return day.getDisplayName(TextStyle.FULL, Locale.UK);
	}

	/** A week at a glance, e.g. "Mon, Tue, Thu · 24 h 30 min a week". */
	public String week(List<WorkingInterval> hours) {
		if (hours.isEmpty()) {
			return words.text("clinic.week.none");
		}
		List<String> days = hours.stream()
			.map(WorkingInterval::dayOfWeek)
			.distinct()
			.sorted()
			.map(day -> day.getDisplayName(TextStyle.SHORT, Locale.UK))
			.toList();
		int minutes = hours.stream().mapToInt(WorkingInterval::minutes).sum();
		return minutes % 60 == 0 ? words.text("clinic.week.hours", String.join(", ", days), minutes / 60)
				: words.text("clinic.week.hoursAndMinutes", String.join(", ", days), minutes / 60, minutes % 60);
	}

}
