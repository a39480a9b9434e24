package org.fascia.booking;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.fascia.booking.AvailabilityRequest.DatedException;
import org.fascia.booking.AvailabilityRequest.DatedException.Kind;
import org.fascia.booking.AvailabilityRequest.TherapistSchedule;
import org.fascia.booking.AvailabilityRequest.WeeklyHours;
import org.fascia.platform.Pure;

/**
 * A therapist's working time on one date, in wall-clock time: the weekly hours of that day of the
 * week, minus that date's time off, plus that date's extra hours, merged into sorted, disjoint spans
 * (touching spans join, so a service may run across 12:00 when one span ends and the next starts
 * there).
 * <p>
 * An end of 00:00 means midnight at the end of the day; any other span that does not end after it
 * starts is empty. A time off without start and end removes the whole day (a missing start or end
 * alone stands for the start or end of the day).
 */
@Pure
final class WorkingDay {

	private WorkingDay() {
	}

	/** Wall-clock span [start, end) of working time. */
	record Span(LocalDateTime start, LocalDateTime end) {
	}

	static List<Span> of(TherapistSchedule schedule, LocalDate date) {
		List<Span> spans = new ArrayList<>();
		for (WeeklyHours hours : schedule.weekly()) {
			if (hours.day() == date.getDayOfWeek()) {
				add(spans, span(date, hours.start(), hours.end()));
			}
		}
		spans = merge(spans);
		for (DatedException exception : schedule.exceptions()) {
			if (exception.kind() == Kind.TIME_OFF && date.equals(exception.date())) {
				spans = subtract(spans, span(date, exception.start(), exception.end()));
			}
		}
		for (DatedException exception : schedule.exceptions()) {
			if (exception.kind() == Kind.EXTRA_HOURS && date.equals(exception.date())) {
				add(spans, span(date, exception.start(), exception.end()));
			}
		}
		return merge(spans);
	}

	private static Span span(LocalDate date, LocalTime start, LocalTime end) {
		LocalDateTime from = date.atTime((start != null) ? start : LocalTime.MIDNIGHT);
		LocalDateTime until = (end == null || end.equals(LocalTime.MIDNIGHT)) ? date.plusDays(1).atStartOfDay()
				: date.atTime(end);
		return new Span(from, until);
	}

	private static void add(List<Span> spans, Span span) {
		if (span.start().isBefore(span.end())) {
			spans.add(span);
		}
	}

	private static List<Span> merge(List<Span> spans) {
		List<Span> sorted = new ArrayList<>(spans);
		sorted.sort(Comparator.comparing(Span::start));
		List<Span> merged = new ArrayList<>();
		for (Span span : sorted) {
			Span last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
			if (last != null && !span.start().isAfter(last.end())) {
				if (span.end().isAfter(last.end())) {
					merged.set(merged.size() - 1, new Span(last.start(), span.end()));
				}
			}
			else {
				merged.add(span);
			}
		}
		return merged;
	}

	private static List<Span> subtract(List<Span> spans, Span off) {
		List<Span> rest = new ArrayList<>();
		for (Span span : spans) {
			if (!off.start().isBefore(span.end()) || !off.end().isAfter(span.start())) {
				rest.add(span);
				continue;
			}
			add(rest, new Span(span.start(), off.start()));
			add(rest, new Span(off.end(), span.end()));
		}
		return rest;
	}

}
