package org.fascia.clinic;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * Shows stored UTC instants in the clinic's zone. Templates use it as {@code @clinicTime}, e.g.
 * {@code ${@clinicTime.dateTime(instant)}}.
 */
@Component("clinicTime")
public class ClinicTime {

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.UK);

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

	private final ClinicSettings settings;

	ClinicTime(ClinicSettings settings) {
		this.settings = settings;
	}

	public String dateTime(Instant instant) {
		return instant == null ? "" : DATE_TIME.format(instant.atZone(settings.zone()));
	}

	public String date(Instant instant) {
		return instant == null ? "" : DATE.format(instant.atZone(settings.zone()));
	}

}
