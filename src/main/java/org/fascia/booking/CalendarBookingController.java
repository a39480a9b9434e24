package org.fascia.booking;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.fascia.clients.ClientDirectory;
import org.fascia.identity.FasciaUser;
import org.fascia.platform.ApiProblem;
import org.fascia.platform.Words;
import org.fascia.screening.GateDecision;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff book for a client from the calendar: find the client, choose service, therapist and day,
 * then one of that day's free start times. Without JavaScript the "Find" and "Show free times"
 * buttons reload the form; with htmx the client list and the times refresh in place.
 */
@Controller
class CalendarBookingController {

	private static final String VIEW = "booking/book";

	private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

	record BookForm(String q, @NotNull(message = "{booking.form.book.client}") Long clientId,
			@NotNull(message = "{booking.form.book.service}") Long serviceId,
			@NotNull(message = "{booking.form.book.therapist}") Long therapistId,
			@NotNull(message = "{booking.form.book.day}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@NotNull(message = "{booking.form.book.start}") Instant start,
			@Size(max = 500, message = "{booking.form.tooLong}") String screeningOverride) {
	}

	/** An option of a select: its value and what people read. */
	record Option(String value, String label) {
	}

	private final BookingService booking;

	private final CalendarQueries queries;

	private final ClientDirectory clients;

	private final Actors actors;

	private final Clock clock;

	private final Words words;

	CalendarBookingController(BookingService booking, CalendarQueries queries, ClientDirectory clients, Actors actors,
			Clock clock, Words words) {
		this.words = words;
		this.booking = booking;
		this.queries = queries;
		this.clients = clients;
		this.actors = actors;
		this.clock = clock;
	}

	@GetMapping("/calendar/book")
	String initBookForm(@ModelAttribute("book") BookForm form, BindingResult binding, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		ZoneId zone = queries.zone();
		BookForm filled = form == null ? new BookForm(null, null, null, null, null, null, null) : form;
		if (filled.date() == null) {
			filled = new BookForm(filled.q(), filled.clientId(), filled.serviceId(), filled.therapistId(),
					LocalDate.ofInstant(clock.instant(), zone), filled.start(), null);
		}
		fill(model, filled, zone);
		return Panels.view(request, response, VIEW);
	}

	@PostMapping("/calendar/book")
	String processBookForm(@Valid @ModelAttribute("book") BookForm form, BindingResult binding,
			@AuthenticationPrincipal FasciaUser user, HttpServletRequest request, HttpServletResponse response,
			Model model, RedirectAttributes redirect) {
		ZoneId zone = queries.zone();
		BookForm filled = form == null ? new BookForm(null, null, null, null, null, null, null) : form;
		if (binding.hasErrors()) {
			Panels.invalid(words, model, response, binding);
			fill(model, filled, zone);
			return Panels.view(request, response, VIEW);
		}
		Appointment booked;
		try {
			booked = booking.book(new BookingRequest(form.serviceId(), form.therapistId(), form.start(), form.clientId(),
					form.screeningOverride()), actors.of(user));
		}
		catch (ApiProblem problem) {
			Panels.problem(words, model, response, problem, zone, queries.therapistNames(), Map.of("start", "start"));
			if ("screeningOverride".equals(problem.field())) {
				GateDecision decision = booking.screening(form.clientId(), form.serviceId(), form.start());
				if (!decision.allowed()) {
					Panels.screening(model, decision.reasons(), decision.overridable());
				}
			}
			fill(model, filled, zone);
			return Panels.view(request, response, VIEW);
		}
		CalendarEntry entry = queries.entry(booked.id()).orElseThrow();
		String message = words.text("booking.book.booked", entry.clientFull(), entry.service(),
				Panels.when(entry.localStart()), entry.therapist());
		if (!Panels.htmx(request)) {
			redirect.addFlashAttribute("message", message);
			return "redirect:" + CalendarController.url(entry.localStart().toLocalDate(), "day", null);
		}
		Panels.changed(response);
		model.addAttribute("message", message);
		model.addAttribute("bookedId", booked.id());
		fill(model, new BookForm(null, null, form.serviceId(), form.therapistId(), form.date(), null, null), zone);
		return Panels.view(request, response, VIEW);
	}

	private void fill(Model model, BookForm form, ZoneId zone) {
		model.addAttribute("book", form);
		model.addAttribute("owner", owner());
		List<Option> found = new ArrayList<>();
		clients.search(form.q(), 20).forEach(m -> found.add(new Option(String.valueOf(m.id()), m.name())));
		if (form.clientId() != null && found.stream().noneMatch(o -> o.value().equals(String.valueOf(form.clientId())))) {
			clients.contact(form.clientId())
				.ifPresent(c -> found.add(0, new Option(String.valueOf(form.clientId()), c.firstName() + " " + c.lastName())));
		}
		model.addAttribute("clientOptions", found);
		model.addAttribute("services", queries.services());
		model.addAttribute("therapists", queries.therapists());
		model.addAttribute("times", times(form, zone, model));
		model.addAttribute("searched", form.q() != null && form.q().strip().length() >= 2);
	}

	/** Whether the signed-in user is the clinic's owner (who alone may override the screening). */
	static boolean owner() {
		var auth = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
		return auth != null && auth.getPrincipal() instanceof FasciaUser user
				&& user.role() == org.fascia.identity.Role.OWNER;
	}

	/** The free starts of the chosen service, therapist and day; empty until all three are chosen. */
	private List<Option> times(BookForm form, ZoneId zone, Model model) {
		if (form.serviceId() == null || form.therapistId() == null || form.date() == null) {
			return List.of();
		}
		try {
			return booking.availability(form.serviceId(), form.date(), form.date(), form.therapistId(), true).stream()
				.map(s -> new Option(s.start().toString(), HH_MM.format(s.start().atZone(zone))))
				.toList();
		}
		catch (ApiProblem problem) {
			model.addAttribute("timesProblem", problem.getMessage());
			return List.of();
		}
	}


}
