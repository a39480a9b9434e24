package org.fascia.clinic;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.util.MultiValueMap;

/**
 * The weekly-hours form: per day, rows of start and end ({@code MONDAY.start}, {@code MONDAY.end}),
 * the stored intervals plus at least one empty row, so a second interval needs no script to add.
 */
record WeekForm(List<Day> days) {

	record Day(DayOfWeek day, List<Slot> slots) {

		/** No interval filled in: the therapist does not work that day. */
		public boolean free() {
			return slots.stream().allMatch(Slot::empty);
		}

	}

	/** One row of the form; {@code key} names it in error maps and ids, e.g. MONDAY-1. */
	record Slot(String key, String start, String end) {

		public boolean empty() {
			return start.isEmpty() && end.isEmpty();
		}

	}

	static WeekForm of(List<WorkingInterval> hours) {
		List<Day> days = new ArrayList<>();
		for (DayOfWeek day : DayOfWeek.values()) {
			List<String[]> rows = hours.stream()
				.filter(interval -> interval.dayOfWeek() == day)
				.map(interval -> new String[] { interval.start().toString(), interval.end().toString() })
				.toList();
			days.add(day(day, rows));
		}
		return new WeekForm(days);
	}

	static WeekForm read(MultiValueMap<String, String> params) {
		List<Day> days = new ArrayList<>();
		for (DayOfWeek day : DayOfWeek.values()) {
			List<String> starts = params.getOrDefault(day.name() + ".start", List.of());
			List<String> ends = params.getOrDefault(day.name() + ".end", List.of());
			List<String[]> rows = new ArrayList<>();
			for (int i = 0; i < Math.max(starts.size(), ends.size()); i++) {
				String start = i < starts.size() ? starts.get(i).strip() : "";
				String end = i < ends.size() ? ends.get(i).strip() : "";
				if (!start.isEmpty() || !end.isEmpty()) {
					rows.add(new String[] { start, end });
				}
			}
			days.add(day(day, rows));
		}
		return new WeekForm(days);
	}

	/** The filled rows as items, in order; rows that do not parse are noted in {@code values}. */
	Parsed parse(FormValues values) {
		List<WorkingHoursItem> items = new ArrayList<>();
		List<String> keys = new ArrayList<>();
		for (Day day : days) {
			for (Slot slot : day.slots()) {
				if (slot.empty()) {
					continue;
				}
				items.add(new WorkingHoursItem(day.day(), values.time(slot.key() + ".start", slot.start()),
						values.time(slot.key() + ".end", slot.end())));
				keys.add(slot.key());
			}
		}
		return new Parsed(items, keys);
	}

	record Parsed(List<WorkingHoursItem> items, List<String> keys) {

		/** The service names items by position ({@code [2].start}); the page by row ({@code MONDAY-1.start}). */
		Map<String, String> pageErrors(Map<String, String> errors) {
			Map<String, String> page = new LinkedHashMap<>();
			errors.forEach((field, message) -> {
				int close = field.indexOf(']');
				if (field.startsWith("[") && close > 0) {
					String key = keys.get(Integer.parseInt(field.substring(1, close)));
					String rest = field.substring(close + 1);
					page.putIfAbsent(key + (rest.isEmpty() ? ".start" : rest), message);
				}
				else {
					page.putIfAbsent(field, message);
				}
			});
			return page;
		}

	}

	private static Day day(DayOfWeek day, List<String[]> rows) {
		List<Slot> slots = new ArrayList<>();
		int count = Math.max(rows.size() + 1, 2);
		for (int i = 0; i < count; i++) {
			String[] row = i < rows.size() ? rows.get(i) : new String[] { "", "" };
			slots.add(new Slot(day.name() + "-" + i, row[0], row[1]));
		}
		return new Day(day, slots);
	}

}
