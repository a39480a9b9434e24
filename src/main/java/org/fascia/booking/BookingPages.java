package org.fascia.booking;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.fascia.platform.ApiProblem;
import org.fascia.platform.Words;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public booking journey: choose a service, a therapist (or anyone), a day and a time; then sign
 * in or create an account, and confirm. Works without JavaScript; htmx only swaps the times.
 */
@Controller
class BookingPages {

	static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.UK);

	static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

	private final BookingCatalog catalog;

	private final BookingService booking;

	private final Actors actors;

	private final Waitlist waitlist;

	private final ScreeningWords screeningWords;

	private final Words words;

	BookingPages(BookingCatalog catalog, BookingService booking, Actors actors, Waitlist waitlist,
			ScreeningWords screeningWords, Words words) {
		this.screeningWords = screeningWords;
		this.words = words;
		this.catalog = catalog;
		this.booking = booking;
		this.actors = actors;
		this.waitlist = waitlist;
	}

	@GetMapping("/book")
	String services(Model model) {
		model.addAttribute("services", catalog.bookableOnline());
		return "booking/services";
	}

	@GetMapping("/book/{serviceId}")
	String times(@PathVariable long serviceId, @RequestParam(required = false) LocalDate date,
			@RequestParam(required = false) Long therapistId,
			@RequestHeader(value = "HX-Request", required = false) String htmx,
			@org.springframework.security.core.annotation.AuthenticationPrincipal org.fascia.identity.FasciaUser user,
			Model model) {
		BookingCatalog.ServiceView service = catalog.service(serviceId)
			.orElseThrow(() -> ApiProblem.notFound(words.text("booking.problem.noService", String.valueOf(serviceId))));
		ZoneId zone = booking.zone();
		LocalDate today = LocalDate.now(zone);
		LocalDate day = date == null || date.isBefore(today) ? today : date;
		model.addAttribute("service", service);
		List<BookingCatalog.TherapistView> therapists = catalog.therapistsFor(serviceId);
		model.addAttribute("therapists", therapists);
		model.addAttribute("therapistId", therapistId);
		model.addAttribute("date", day);
		model.addAttribute("today", today);
		model.addAttribute("dayLabel", DAY.format(day));
		model.addAttribute("zone", zone.getId());
		List<Slot> slots = List.of();
		String error = null;
		ScreeningWords.Note screening = screeningNote(user, serviceId, day);
		model.addAttribute("screening", screening);
		try {
			if (screening == null) {
				slots = booking.availability(serviceId, day, day, therapistId, false);
			}
		}
		catch (ApiProblem problem) {
			error = problem.getMessage();
		}
		model.addAttribute("error", error);
		Map<Long, String> names = new LinkedHashMap<>();
		therapists.forEach(t -> names.put(t.id(), t.name()));
		model.addAttribute("slots", timesOfDay(slots, zone, names, words.text("booking.times.therapist.unknown")));
		model.addAttribute("nextDays", screening == null ? nextDaysWithTimes(serviceId, day, therapistId, zone) : List.of());
		return htmx != null ? "booking/times :: slots" : "booking/times";
	}

	@org.springframework.web.bind.annotation.PostMapping("/book/{serviceId}/waitlist")
	String joinWaitlist(@PathVariable long serviceId, @RequestParam(required = false) Long therapistId,
			@RequestParam(required = false) LocalDate before,
			@org.springframework.security.core.annotation.AuthenticationPrincipal org.fascia.identity.FasciaUser user,
			org.springframework.web.servlet.mvc.support.RedirectAttributes redirect) {
		Actor actor = actors.of(user);
		try {
			waitlist.join(actor.clientId(), serviceId, therapistId, before);
			redirect.addFlashAttribute("waitlistMessage", words.text("booking.times.waitlist.joined"));
		}
		catch (ApiProblem problem) {
			redirect.addFlashAttribute("waitlistError", problem.getMessage());
		}
		return "redirect:/book/" + serviceId + (therapistId == null ? "" : "?therapistId=" + therapistId);
	}

	/** For a signed-in client whose screening stops this service on this day: what they read instead of times. */
	private ScreeningWords.Note screeningNote(org.fascia.identity.FasciaUser user, long serviceId, LocalDate day) {
		if (user == null || user.role() != org.fascia.identity.Role.CLIENT) {
			return null;
		}
		Long clientId;
		try {
			clientId = actors.of(user).clientId();
		}
		catch (ApiProblem noClientRecord) {
			return null;
		}
		return screeningWords.of(booking.screening(clientId, serviceId, day));
	}

	/** A free time as the page offers it. */
	record TimeChoice(Instant start, String label, long therapistId, String therapist, String part) {
	}

	private static List<TimeChoice> timesOfDay(List<Slot> slots, ZoneId zone, Map<Long, String> names,
			String unknownTherapist) {
		List<TimeChoice> choices = new ArrayList<>();
		for (Slot slot : slots) {
			String name = names.getOrDefault(slot.therapistId(), unknownTherapist);
			int hour = slot.start().atZone(zone).getHour();
			String part = hour < 12 ? "Morning" : hour < 17 ? "Afternoon" : "Evening";
			choices.add(new TimeChoice(slot.start(), TIME.format(slot.start().atZone(zone)), slot.therapistId(), name, part));
		}
		return choices;
	}

	/** The next days with free times, to jump to when the chosen day is full. */
	private List<LocalDate> nextDaysWithTimes(long serviceId, LocalDate from, Long therapistId, ZoneId zone) {
		try {
			return booking.availability(serviceId, from.plusDays(1), from.plusDays(21), therapistId, false)
				.stream()
				.map(slot -> slot.start().atZone(zone).toLocalDate())
				.distinct()
				.limit(5)
				.toList();
		}
		catch (ApiProblem problem) {
			return List.of();
		}
	}

}
