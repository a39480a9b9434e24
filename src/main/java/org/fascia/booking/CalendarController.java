package org.fascia.booking;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.fascia.audit.AuditLog;
import org.fascia.audit.AuditOutcome;
import org.fascia.booking.AvailabilityRequest.TherapistSchedule;
import org.fascia.booking.CalendarGrid.Person;
import org.fascia.booking.CalendarQueries.Snapshot;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The staff calendar: a day (a column per therapist) or a week (therapists by days), with
 * navigation by day or week, a date picker and a therapist filter, all plain GET links and forms.
 */
@Controller
class CalendarController {

	private static final String VIEW = "booking/calendar";

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

	private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMMM", Locale.UK);

	private static final DateTimeFormatter WEEKDAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.UK);

	/** A day heading of the week view, linking to that day. */
	record DayLink(LocalDate date, String label, String url, boolean today) {
	}

	private final CalendarQueries queries;

	private final AuditLog audit;

	private final Clock clock;

	CalendarController(CalendarQueries queries, AuditLog audit, Clock clock) {
		this.queries = queries;
		this.audit = audit;
		this.clock = clock;
	}

	@GetMapping("/calendar")
	String show(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@RequestParam(defaultValue = "day") String view, @RequestParam(required = false) Long therapistId,
			Model model) {
		boolean week = "week".equals(view);
		ZoneId zone = queries.zone();
		LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
		LocalDate day = date == null ? today : date;
		LocalDate from = week ? day.with(DayOfWeek.MONDAY) : day;
		LocalDate to = week ? from.plusDays(6) : day;
		Snapshot snapshot = queries.load(zone, from, to);
		List<Person> people = people(snapshot, therapistId);
		Map<Long, TherapistSchedule> schedules = new LinkedHashMap<>();
		snapshot.schedules().forEach(s -> schedules.put(s.therapistId(), s));
		String mode = week ? "week" : "day";
		if (week) {
			model.addAttribute("week", CalendarGrid.week(from, people, schedules, snapshot.entries()));
			model.addAttribute("dayLinks", from.datesUntil(to.plusDays(1))
				.map(d -> new DayLink(d, WEEKDAY.format(d), url(d, "day", therapistId), d.equals(today)))
				.toList());
			model.addAttribute("heading", from.getMonth() == to.getMonth()
					? from.getDayOfMonth() + "–" + DAY_MONTH.format(to) + " " + to.getYear()
					: DAY_MONTH.format(from) + " – " + DAY_MONTH.format(to) + " " + to.getYear());
		}
		else {
			model.addAttribute("day", CalendarGrid.day(day, people, schedules, snapshot.entries()));
			model.addAttribute("heading", DAY.format(day));
		}
		int step = week ? 7 : 1;
		model.addAttribute("mode", mode);
		model.addAttribute("date", day);
		model.addAttribute("today", today);
		model.addAttribute("therapistId", therapistId);
		model.addAttribute("therapists", snapshot.therapists());
		model.addAttribute("selfUrl", url(day, mode, therapistId));
		model.addAttribute("prevUrl", url(day.minusDays(step), mode, therapistId));
		model.addAttribute("nextUrl", url(day.plusDays(step), mode, therapistId));
		model.addAttribute("todayUrl", url(today, mode, therapistId));
		model.addAttribute("dayUrl", url(day, "day", therapistId));
		model.addAttribute("weekUrl", url(day, "week", therapistId));
		audit.record("CALENDAR_VIEWED", "calendar", null, AuditOutcome.SUCCESS,
				mode + " of " + from + (therapistId == null ? "" : ", therapist " + therapistId));
		return VIEW;
	}

	/** The active therapists (or the one asked for), and any other one with an appointment shown. */
	private static List<Person> people(Snapshot snapshot, Long only) {
		List<Person> people = new ArrayList<>();
		snapshot.therapists().stream()
			.filter(t -> only == null || t.id() == only)
			.forEach(t -> people.add(new Person(t.id(), t.name())));
		for (CalendarEntry e : snapshot.entries()) {
			boolean shown = people.stream().anyMatch(p -> p.id() == e.therapistId());
			if (!shown && (only == null || e.therapistId() == only)) {
				people.add(new Person(e.therapistId(), e.therapist()));
			}
		}
		return people;
	}

	static String url(LocalDate date, String view, Long therapistId) {
		return UriComponentsBuilder.fromPath("/calendar")
			.queryParam("date", date)
			.queryParam("view", view)
			.queryParamIfPresent("therapistId", Optional.ofNullable(therapistId))
			.toUriString();
	}

}
