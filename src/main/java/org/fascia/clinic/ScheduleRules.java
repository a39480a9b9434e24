package org.fascia.clinic;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.fascia.platform.Pure;

/**
 * The rules for a therapist's hours, each answering the fields it refuses with a reason a person can
 * act on: times are whole minutes, an interval ends after it starts, intervals on one day do not
 * overlap (touching is fine), and a dated exception has both times or, for a whole day off, neither.
 * A refusal names its reason; {@link ClinicProblems#refusal} words it from the message bundle.
 */
@Pure
final class ScheduleRules {

	/** Why a rule refused a field. */
	enum Reason {

		/** The interval starts before an earlier one on the same day ends. */
		OVERLAP,
		/** Extra hours without times. */
		EXTRA_HOURS_NEED_TIMES,
		/** A start without an end, or an end without a start. */
		BOTH_TIMES_OR_NEITHER,
		/** A start with seconds. */
		START_WHOLE_MINUTES,
		/** An end with seconds. */
		END_WHOLE_MINUTES,
		/** An end at or before the start. */
		END_AFTER_START

	}

	/** A refusal; for an {@link Reason#OVERLAP overlap}, the earlier interval it overlaps and their day. */
	record Refusal(Reason reason, LocalTime earlierStart, LocalTime earlierEnd, DayOfWeek day) {

		static Refusal of(Reason reason) {
			return new Refusal(reason, null, null, null);
		}

		static Refusal overlap(LocalTime earlierStart, LocalTime earlierEnd, DayOfWeek day) {
			return new Refusal(Reason.OVERLAP, earlierStart, earlierEnd, day);
		}

	}

	private ScheduleRules() {
	}

	/**
	 * Problems of weekly hours; fields are named {@code [i].start}. Items missing a day, a start or an
	 * end are left to the caller's null checks.
	 */
	static Map<String, Refusal> weekly(List<WorkingHoursItem> items) {
		Map<String, Refusal> problems = new LinkedHashMap<>();
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
					problems.putIfAbsent("[" + order.get(k) + "].start",
							Refusal.overlap(earlier.start(), earlier.end(), item.dayOfWeek()));
					break;
				}
			}
		}
		return problems;
	}

	/** Problems of a dated exception whose date and kind are given. */
	static Map<String, Refusal> dated(NewScheduleChange change) {
		Map<String, Refusal> problems = new LinkedHashMap<>();
		if (change.start() == null && change.end() == null) {
			if (change.kind() == ScheduleChange.Kind.EXTRA_HOURS) {
				problems.put("start", Refusal.of(Reason.EXTRA_HOURS_NEED_TIMES));
			}
			return problems;
		}
		if (change.start() == null || change.end() == null) {
			problems.put(change.start() == null ? "start" : "end", Refusal.of(Reason.BOTH_TIMES_OR_NEITHER));
			return problems;
		}
		times("", change.start(), change.end(), problems);
		return problems;
	}

	private static void times(String prefix, LocalTime start, LocalTime end, Map<String, Refusal> problems) {
		if (start.getSecond() != 0 || start.getNano() != 0) {
			problems.put(prefix + "start", Refusal.of(Reason.START_WHOLE_MINUTES));
		}
		else if (end.getSecond() != 0 || end.getNano() != 0) {
			problems.put(prefix + "end", Refusal.of(Reason.END_WHOLE_MINUTES));
		}
		else if (!end.isAfter(start)) {
			problems.put(prefix + "end", Refusal.of(Reason.END_AFTER_START));
		}
	}

}
