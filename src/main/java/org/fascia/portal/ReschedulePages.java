package org.fascia.portal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.fascia.booking.Actor;
import org.fascia.booking.AppointmentView;
import org.fascia.booking.BookingChanges;
import org.fascia.booking.BookingService;
import org.fascia.booking.ClientAppointments;
import org.fascia.booking.Slot;
import org.fascia.clients.Family;
import org.fascia.identity.FasciaUser;
import org.fascia.platform.ApiProblem;
import org.fascia.platform.Words;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * A client moves their own visit in the portal ({@code /portal/appointments/{id}/reschedule}): the free times of the
 * same service with the same therapist over the next two weeks, by day; the move goes through booking's rules (the
 * cancellation window, the screening gate, conflicts), which explain a refusal. Another client's visit is "not found".
 */
@Controller
class ReschedulePages {

	static final int DAYS = 14;

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.UK);

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

	private final Family family;

	private final ClientAppointments appointments;

	private final BookingService booking;

	private final BookingChanges changes;

	private final Words words;

	ReschedulePages(Family family, ClientAppointments appointments, BookingService booking,
			BookingChanges changes, Words words) {
		this.family = family;
		this.appointments = appointments;
		this.booking = booking;
		this.changes = changes;
		this.words = words;
	}

	/** One free time: its start and what the button says. */
	record Choice(Instant start, String time) {
	}

	@GetMapping("/portal/appointments/{id}/reschedule")
	String show(@AuthenticationPrincipal FasciaUser user, @PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from, Model model) {
		AppointmentView visit = own(user, id);
		return page(visit, from, null, model);
	}

	@PostMapping("/portal/appointments/{id}/reschedule")
	String move(@AuthenticationPrincipal FasciaUser user, @PathVariable long id, @RequestParam(required = false) Instant start,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		AppointmentView visit = own(user, id);
		if (start == null) {
			response.setStatus(400);
			return page(visit, null, words.text("portal.reschedule.choose"), model);
		}
		try {
			changes.reschedule(id, start, visit.therapistId(), Actor.client(user.id(), visit.clientId()), null);
		}
		catch (ApiProblem problem) {
			response.setStatus(problem.getStatusCode().value() == 404 ? 404 : 409);
			return page(visit, null, problem.getMessage(), model);
		}
		redirect.addFlashAttribute("message", words.text("portal.reschedule.moved"));
		return "redirect:/portal";
	}

	private String page(AppointmentView visit, LocalDate from, String error, Model model) {
		ZoneId zone = booking.zone();
		LocalDate first = from != null && !from.isBefore(LocalDate.now(zone)) ? from : LocalDate.now(zone);
		Map<String, List<Choice>> days = new LinkedHashMap<>();
		if (visit.changeable()) {
			List<Slot> slots = booking.availability(visit.serviceId(), first, first.plusDays(DAYS - 1), visit.therapistId(),
					false);
			for (Slot slot : slots) {
				if (slot.start().equals(visit.start())) {
					continue;
				}
				days.computeIfAbsent(DAY.format(slot.start().atZone(zone)), d -> new java.util.ArrayList<>())
					.add(new Choice(slot.start(), TIME.format(slot.start().atZone(zone))));
			}
		}
		model.addAttribute("visit", visit);
		model.addAttribute("days", days);
		model.addAttribute("error", error);
		model.addAttribute("from", first);
		model.addAttribute("next", first.plusDays(DAYS));
		return "portal/reschedule";
	}

	private AppointmentView own(FasciaUser user, long id) {
		long clientId = family.actingFor(user.id())
			.orElseThrow(() -> ApiProblem.notFound(words.text("portal.problem.noRecordForAccount")));
		return appointments.one(id, clientId)
			.orElseThrow(() -> ApiProblem.notFound(words.text("portal.problem.noAppointment", String.valueOf(id))));
	}

}
