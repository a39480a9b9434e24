package org.fascia.benchmark;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.fascia.booking.AvailabilityRequest.DatedException;
import org.fascia.booking.AvailabilityRequest.DatedException.Kind;
import org.fascia.booking.AvailabilityRequest.TherapistSchedule;
import org.fascia.booking.AvailabilityRequest.WeeklyHours;

/** Working time of a day as a map of minutes, for placing the benchmark clinic's appointments. */
final class BenchmarkDiary {

	private BenchmarkDiary() {
	}

	/** Weekly hours of the day, minus time off, plus extra hours, minute by minute. */
	static boolean[] workingMinutes(TherapistSchedule schedule, LocalDate day) {
		boolean[] working = new boolean[24 * 60];
		for (WeeklyHours hours : schedule.weekly()) {
			if (hours.day() == day.getDayOfWeek()) {
				mark(working, hours.start(), hours.end(), true);
			}
		}
		for (Kind kind : List.of(Kind.TIME_OFF, Kind.EXTRA_HOURS)) {
			for (DatedException exception : schedule.exceptions()) {
				if (exception.kind() == kind && exception.date().equals(day)) {
					mark(working, exception.start(), exception.end(), kind == Kind.EXTRA_HOURS);
				}
			}
		}
		return working;
	}

	/** Whether every minute of [from, from + length) is working time. */
	static boolean covers(boolean[] working, int from, int length) {
		if (from + length > working.length) {
			return false;
		}
		for (int minute = from; minute < from + length; minute++) {
			if (!working[minute]) {
				return false;
			}
		}
		return true;
	}

	private static void mark(boolean[] minutes, LocalTime start, LocalTime end, boolean value) {
		int from = (start != null) ? start.getHour() * 60 + start.getMinute() : 0;
		int until = (end == null || end.equals(LocalTime.MIDNIGHT)) ? minutes.length
				: end.getHour() * 60 + end.getMinute();
		for (int minute = from; minute < until; minute++) {
			minutes[minute] = value;
		}
	}

}
