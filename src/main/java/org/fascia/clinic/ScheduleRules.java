package org.fascia.clinic;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

import org.fascia.platform.Pure;

/**
 * The rules for a therapist's hours, each answering the fields it refuses with a reason a person can
 * act on: times are whole minutes, an interval ends after it starts, intervals on one day do not
 * overlap (touching is fine), and a dated exception has both times or, for a whole day off, neither.
 */
@Pure
final class ScheduleRules {

	private ScheduleRules() {
	}

	/**
	 * Problems of weekly hours; fields are named {@code [i].start}. Items missing a day, a start or an
	 * end are left to the caller's null checks.
	 */
	static Map<String, String> weekly(List<WorkingHoursItem> items) {
		Map<String, String> problems = new LinkedHashMap<>();
		List<Integer> complete = IntStream.range(0, items.size())
			.filter(i -> items.get(i) != null && items.get(i).dayOfWeek() != null && items.get(i).start() != null
					&& items.get(i).end() != null)
			.boxed()
			.toList();
		for (int i : complete) {
			times("[" + i + "].", items.get(i).start(), items.get(i).end(), problems);
		}
		List<Integer> order = complete.stream()
			.filter(i -> !problems.containsKey("[" + i + "].start") && !problems.containsKey("[" + i + "].end"))
			.sorted(Comparator.comparing((Integer i) -> items.get(i).dayOfWeek())
				.thenComparing(i -> items.get(i).start())
				.thenComparing(i -> i))
			.toList();
		for (int k = 1; k < order.size(); k++) {
			WorkingHoursItem item = items.get(order.get(k));
			for (int j = 0; j < k; j++) {
				WorkingHoursItem earlier = items.get(order.get(j));
				if (earlier.dayOfWeek() == item.dayOfWeek() && item.start().isBefore(earlier.end())) {
					problems.putIfAbsent("[" + order.get(k) + "].start", "This overlaps " + earlier.start() + "–"
							+ earlier.end() + " on " + dayName(item.dayOfWeek()) + ".");
					break;
				}
			}
		}
		return problems;
	}

	/** Problems of a dated exception whose date and kind are given. */
	static Map<String, String> dated(NewScheduleChange change) {
		Map<String, String> problems = new LinkedHashMap<>();
		if (change.start() == null && change.end() == null) {
			if (change.kind() == ScheduleChange.Kind.EXTRA_HOURS) {
				problems.put("start", "Extra hours need a start and an end time.");
			}
			return problems;
		}
		if (change.start() == null || change.end() == null) {
			problems.put(change.start() == null ? "start" : "end",
					"Give both a start and an end time, or neither for the whole day off.");
			return problems;
		}
		times("", change.start(), change.end(), problems);
		return problems;
	}

	static String dayName(DayOfWeek day) {
		return day.getDisplayName(TextStyle.FULL, Locale.UK);
	}

	private static void times(String prefix, LocalTime start, LocalTime end, Map<String, String> problems) {
		if (start.getSecond() != 0 || start.getNano() != 0) {
			problems.put(prefix + "start", "Use whole minutes, like 09:30.");
		}
		else if (end.getSecond() != 0 || end.getNano() != 0) {
			problems.put(prefix + "end", "Use whole minutes, like 17:30.");
		}
		else if (!end.isAfter(start)) {
			problems.put(prefix + "end", "The end must be after the start.");
		}
	}

}
