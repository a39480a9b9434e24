package org.fascia.booking;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.fascia.booking.AvailabilityRequest.TherapistSchedule;
import org.fascia.booking.WorkingDay.Span;
import org.fascia.platform.Pure;

/**
 * Lays out a day (one column per therapist on a 15-minute grid) and a week (therapists by days).
 * <p>
 * The page may not carry inline styles (the Content-Security-Policy forbids them), so a block's
 * place is a pair of classes, {@code row-start-N span-M}, and a lane's height is {@code rows-N}; the
 * stylesheet defines each of them once for N and M up to {@link #MAX_ROWS}, the quarter-hours of a
 * whole day. Rows run from the earliest working hour (or appointment) to the latest, in whole hours.
 */
@Pure
final class CalendarGrid {

	static final int MINUTES_PER_ROW = 15;

	static final int MAX_ROWS = 24 * 60 / MINUTES_PER_ROW;

	private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

	/** A therapist heading a column or a row. */
	record Person(long id, String name) {
	}

	/** Something placed on the grid: a working span (entry null) or an appointment. */
	record Placed(String css, CalendarEntry entry) {
	}

	record HourMark(String label, String css) {
	}

	/** A therapist's column of a day; {@code hours} is null when they do not work that day. */
	record Column(long therapistId, String name, String hours, List<Placed> work, List<Placed> appointments) {

		public boolean working() {
			return hours != null;
		}

	}

	record DayView(LocalDate date, int rows, List<HourMark> hours, List<Column> columns,
			List<CalendarEntry> cancelled) {

		public String rowsClass() {
			return "rows-" + rows;
		}

	}

	record WeekCell(LocalDate date, String hours, List<CalendarEntry> entries) {

		public boolean working() {
			return hours != null;
		}

	}

	record WeekRow(long therapistId, String name, List<WeekCell> cells) {
	}

	record WeekView(List<LocalDate> days, List<WeekRow> rows) {
	}

	private CalendarGrid() {
	}

	static DayView day(LocalDate date, List<Person> people, Map<Long, TherapistSchedule> schedules,
			List<CalendarEntry> entries) {
		LocalDateTime dayStart = date.atStartOfDay();
		LocalDateTime dayEnd = date.plusDays(1).atStartOfDay();
		List<CalendarEntry> today = entries.stream()
			.filter(e -> e.localStart().isBefore(dayEnd) && e.localEnd().isAfter(dayStart))
			.toList();
		Map<Long, List<Span>> spans = new LinkedHashMap<>();
		for (Person person : people) {
			TherapistSchedule schedule = schedules.get(person.id());
			spans.put(person.id(), schedule == null ? List.of() : WorkingDay.of(schedule, date));
		}
		LocalDateTime first = null;
		LocalDateTime last = null;
		for (List<Span> list : spans.values()) {
			for (Span span : list) {
				first = min(first, span.start());
				last = max(last, span.end());
			}
		}
		for (CalendarEntry e : today) {
			if (e.occupying() && spans.containsKey(e.therapistId())) {
				first = min(first, e.localStart());
				last = max(last, e.localEnd());
			}
		}
		LocalDateTime gridStart = first == null ? date.atTime(9, 0) : max(dayStart, first.truncatedTo(ChronoUnit.HOURS));
		LocalDateTime gridEnd = last == null ? date.atTime(17, 0) : min(dayEnd, ceilHour(last));
		int rows = (int) Math.max(4, Math.min(MAX_ROWS, minutes(gridStart, gridEnd) / MINUTES_PER_ROW));
		List<HourMark> hours = new ArrayList<>();
		for (int row = 1; row <= rows; row += 4) {
			hours.add(new HourMark(HH_MM.format(gridStart.plusMinutes((long) (row - 1) * MINUTES_PER_ROW)),
					"row-start-" + row + " span-" + Math.min(4, rows - row + 1)));
		}
		List<Column> columns = new ArrayList<>();
		for (Person person : people) {
			List<Placed> work = spans.get(person.id()).stream()
				.map(s -> place(gridStart, rows, s.start(), s.end(), null))
				.filter(p -> p != null)
				.toList();
			List<Placed> blocks = today.stream()
				.filter(e -> e.occupying() && e.therapistId() == person.id())
				.map(e -> place(gridStart, rows, e.localStart(), e.localEnd(), e))
				.filter(p -> p != null)
				.toList();
			columns.add(new Column(person.id(), person.name(), hoursText(spans.get(person.id())), work, blocks));
		}
		List<CalendarEntry> cancelled = today.stream()
			.filter(e -> !e.occupying() && spans.containsKey(e.therapistId()))
			.sorted(Comparator.comparing(CalendarEntry::start))
			.toList();
		return new DayView(date, rows, hours, columns, cancelled);
	}

	static WeekView week(LocalDate monday, List<Person> people, Map<Long, TherapistSchedule> schedules,
			List<CalendarEntry> entries) {
		List<LocalDate> days = monday.datesUntil(monday.plusDays(7)).toList();
		Map<String, List<CalendarEntry>> byCell = entries.stream()
			.collect(Collectors.groupingBy(e -> e.therapistId() + "@" + e.localStart().toLocalDate()));
		List<WeekRow> rows = new ArrayList<>();
		for (Person person : people) {
			TherapistSchedule schedule = schedules.get(person.id());
			List<WeekCell> cells = new ArrayList<>();
			for (LocalDate day : days) {
				List<Span> spans = schedule == null ? List.of() : WorkingDay.of(schedule, day);
				cells.add(new WeekCell(day, hoursText(spans),
						byCell.getOrDefault(person.id() + "@" + day, List.of())));
			}
			rows.add(new WeekRow(person.id(), person.name(), cells));
		}
		return new WeekView(days, rows);
	}

	/** The classes placing [start, end) on the grid, clipped to it; null when it lies outside. */
	static Placed place(LocalDateTime gridStart, int rows, LocalDateTime start, LocalDateTime end, CalendarEntry entry) {
		long from = Math.max(0, minutes(gridStart, start));
		long until = Math.min((long) rows * MINUTES_PER_ROW, minutes(gridStart, end));
		if (until <= from) {
			return null;
		}
		int firstRow = (int) (from / MINUTES_PER_ROW) + 1;
		int endRow = (int) ((until + MINUTES_PER_ROW - 1) / MINUTES_PER_ROW) + 1;
		return new Placed("row-start-" + firstRow + " span-" + Math.max(1, endRow - firstRow), entry);
	}

	/** e.g. "09:00–13:00, 14:00–18:00"; null when not working (the page says so in words from the bundle). */
	static String hoursText(List<Span> spans) {
		if (spans.isEmpty()) {
			return null;
		}
		return spans.stream()
			.map(s -> HH_MM.format(s.start()) + "–" + (s.end().toLocalTime().equals(LocalTime.MIDNIGHT) ? "24:00"
					: HH_MM.format(s.end())))
			.collect(Collectors.joining(", "));
	}

	private static long minutes(LocalDateTime from, LocalDateTime to) {
		return Duration.between(from, to).toMinutes();
	}

	private static LocalDateTime ceilHour(LocalDateTime time) {
		LocalDateTime hour = time.truncatedTo(ChronoUnit.HOURS);
		return hour.equals(time) ? hour : hour.plusHours(1);
	}

	private static LocalDateTime min(LocalDateTime a, LocalDateTime b) {
		return a == null || b.isBefore(a) ? b : a;
	}

	private static LocalDateTime max(LocalDateTime a, LocalDateTime b) {
		return a == null || b.isAfter(a) ? b : a;
	}

}
