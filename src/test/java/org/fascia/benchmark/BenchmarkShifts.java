package org.fascia.benchmark;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.fascia.booking.AvailabilityRequest.DatedException;
import org.fascia.booking.AvailabilityRequest.DatedException.Kind;
import org.fascia.booking.AvailabilityRequest.TherapistSchedule;
import org.fascia.booking.AvailabilityRequest.WeeklyHours;

/**
 * Realistic weekly hours for the benchmark clinic: early, day, late and split shifts and a few
 * part-timers, Monday to Saturday (Saturday 09:00–15:00), each therapist with one weekday off; over
 * the weeks a day of leave, sometimes a few hours off, sometimes extra hours on the day off.
 */
final class BenchmarkShifts {

	private static final DayOfWeek[] WORKING_DAYS = { DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
			DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY };

	/** Shift patterns, each a list of "start-end" intervals; chosen in turn, so the mix is fixed. */
	private static final String[][] SHIFTS = { { "07:00-15:00" }, { "09:00-17:30" }, { "13:00-21:30" },
			{ "08:00-12:00", "15:00-20:00" }, { "07:00-15:00" }, { "13:00-21:30" }, { "10:00-15:00" },
			{ "09:00-13:00", "16:00-21:00" }, { "09:00-17:30" }, { "12:00-20:00" } };

	private static final String[] SATURDAY = { "09:00-15:00" };

	private BenchmarkShifts() {
	}

	static TherapistSchedule schedule(long therapistId, LocalDate firstDay, int weeks, Random random) {
		String[] shift = SHIFTS[(int) ((therapistId - 1) % SHIFTS.length)];
		DayOfWeek dayOff = WORKING_DAYS[random.nextInt(WORKING_DAYS.length)];
		List<WeeklyHours> weekly = new ArrayList<>();
		for (DayOfWeek day : WORKING_DAYS) {
			if (day != dayOff) {
				for (String interval : (day == DayOfWeek.SATURDAY) ? SATURDAY : shift) {
					weekly.add(new WeeklyHours(day, start(interval), end(interval)));
				}
			}
		}
		List<DatedException> exceptions = new ArrayList<>();
		exceptions.add(new DatedException(someDay(firstDay, weeks, random), null, null, Kind.TIME_OFF));
		if (random.nextInt(10) < 3) {
			exceptions.add(new DatedException(someDay(firstDay, weeks, random), LocalTime.of(12, 0),
					LocalTime.of(14, 0), Kind.TIME_OFF));
		}
		if (random.nextInt(10) < 3 && dayOff != DayOfWeek.SATURDAY) {
			LocalDate extra = firstDay.plusWeeks(random.nextInt(weeks)).with(dayOff);
			exceptions.add(new DatedException(extra, LocalTime.of(10, 0), LocalTime.of(14, 0), Kind.EXTRA_HOURS));
		}
		return new TherapistSchedule(therapistId, weekly, exceptions);
	}

	private static LocalDate someDay(LocalDate firstDay, int weeks, Random random) {
		return firstDay.plusWeeks(random.nextInt(weeks)).with(WORKING_DAYS[random.nextInt(WORKING_DAYS.length)]);
	}

	private static LocalTime start(String interval) {
		return LocalTime.parse(interval.substring(0, 5));
	}

	private static LocalTime end(String interval) {
		return LocalTime.parse(interval.substring(6));
	}

}
