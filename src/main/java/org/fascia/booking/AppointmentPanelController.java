package org.fascia.booking;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.fascia.booking.AppointmentForms.Cancel;
import org.fascia.booking.AppointmentForms.Move;
import org.fascia.booking.AppointmentForms.NoShow;
import org.fascia.booking.BookingData.ServiceAndPolicy;
import org.fascia.clinic.ServiceKind;
import org.fascia.identity.FasciaUser;
import org.fascia.intake.IntakeResponses;
import org.fascia.screening.GateDecision;
import org.fascia.screening.TreatmentReadiness;
import org.fascia.platform.ApiProblem;
import org.fascia.platform.Words;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One appointment in the calendar's side panel, and what staff do with it: move it (to another time
 * or therapist), cancel it (normally or as a late cancellation), or record a no-show.
 */
@Controller
class AppointmentPanelController {

	private static final String VIEW = "booking/appointment";

	private static final Map<String, String> FIELDS = Map.of("start", "time", "therapistId", "therapistId");

	private final BookingService booking;

	private final BookingChanges changes;

	private final BookingData data;

	private final CalendarQueries queries;

	private final Actors actors;

	private final Clock clock;

	private final Appointments appointments;

	private final TreatmentReadiness readiness;

	private final IntakeResponses intake;

	private final Words words;

	AppointmentPanelController(BookingService booking, BookingChanges changes, BookingData data,
			CalendarQueries queries, Actors actors, Clock clock, Appointments appointments, TreatmentReadiness readiness,
			IntakeResponses intake, Words words) {
		this.words = words;
		this.appointments = appointments;
		this.readiness = readiness;
		this.intake = intake;
		this.booking = booking;
		this.changes = changes;
		this.data = data;
		this.queries = queries;
		this.actors = actors;
		this.clock = clock;
	}

	@GetMapping("/calendar/appointments/{id}")
	String show(@PathVariable long id, @AuthenticationPrincipal FasciaUser user, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		changes.get(id, actors.of(user));
		CalendarEntry entry = entry(id);
		panel(model, entry, Move.of(entry));
		return Panels.view(request, response, VIEW);
	}

	@PostMapping("/calendar/appointments/{id}/move")
	String move(@PathVariable long id, @Valid @ModelAttribute("move") Move form, BindingResult binding,
			@AuthenticationPrincipal FasciaUser user, HttpServletRequest request, HttpServletResponse response,
			Model model, RedirectAttributes redirect) {
		CalendarEntry entry = entry(id);
		ZoneId zone = queries.zone();
		if (binding.hasErrors()) {
			Panels.invalid(words, model, response, binding);
			return failed(model, entry, form, "move", request, response);
		}
		Instant start = ZonedDateTime.of(form.date(), form.time(), zone).toInstant();
		try {
			changes.reschedule(id, start, form.therapistId(), actors.of(user), blank(form.reason()),
					form.screeningOverride());
		}
		catch (ApiProblem problem) {
			Panels.problem(words, model, response, problem, zone, queries.therapistNames(), FIELDS);
			if ("screeningOverride".equals(problem.field())) {
				GateDecision decision = booking.screening(entry.clientId(), entry.serviceId(), start);
				if (!decision.allowed()) {
					Panels.screening(model, decision.reasons(), decision.overridable());
				}
			}
			return failed(model, entry, form, "move", request, response);
		}
		CalendarEntry moved = entry(id);
		return done(moved, words.text("booking.appointment.moved", Panels.when(moved.localStart()), moved.therapist()),
				request, response, model, redirect);
	}

	@PostMapping("/calendar/appointments/{id}/cancel")
	String cancel(@PathVariable long id, @Valid @ModelAttribute("cancel") Cancel form, BindingResult binding,
			@AuthenticationPrincipal FasciaUser user, HttpServletRequest request, HttpServletResponse response,
			Model model, RedirectAttributes redirect) {
		CalendarEntry entry = entry(id);
		if (binding.hasErrors()) {
			Panels.invalid(words, model, response, binding);
			return failed(model, entry, null, "cancel", request, response);
		}
		boolean late = Boolean.TRUE.equals(form.late());
		try {
			changes.cancel(id, actors.of(user), blank(form.reason()), late);
		}
		catch (ApiProblem problem) {
			Panels.problem(words, model, response, problem, queries.zone(), Map.of(), FIELDS);
			return failed(model, entry, null, "cancel", request, response);
		}
		return done(entry(id),
				late ? words.text("booking.appointment.cancelledLate") : words.text("booking.appointment.cancelled"),
				request, response, model, redirect);
	}

	@PostMapping("/calendar/appointments/{id}/no-show")
	String noShow(@PathVariable long id, @Valid @ModelAttribute("noShow") NoShow form, BindingResult binding,
			@AuthenticationPrincipal FasciaUser user, HttpServletRequest request, HttpServletResponse response,
			Model model, RedirectAttributes redirect) {
		CalendarEntry entry = entry(id);
		if (binding.hasErrors()) {
			Panels.invalid(words, model, response, binding);
			return failed(model, entry, null, "noShow", request, response);
		}
		try {
			changes.noShow(id, actors.of(user), blank(form.note()));
		}
		catch (ApiProblem problem) {
			Panels.problem(words, model, response, problem, queries.zone(), Map.of(), FIELDS);
			return failed(model, entry, null, "noShow", request, response);
		}
		return done(entry(id), words.text("booking.appointment.noShowRecorded"), request, response, model, redirect);
	}

	/** "Yes, something has changed": the screening questions, pre-filled with the latest answers. */
	@GetMapping("/calendar/appointments/{id}/health-check")
	String healthChangeForm(@PathVariable long id, @AuthenticationPrincipal FasciaUser user, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		changes.get(id, actors.of(user));
		CalendarEntry entry = entry(id);
		model.addAttribute("healthSteps", intake.healthChangeForm(entry.clientId(), null, null));
		model.addAttribute("healthChanged", true);
		panel(model, entry, Move.of(entry));
		return Panels.view(request, response, VIEW);
	}

	/**
	 * The front desk's check-in: "Has anything about your health changed since your last visit?" No is
	 * recorded as it is; yes stores the changed answers, and the client is screened again at once.
	 */
	@PostMapping("/calendar/appointments/{id}/health-check")
	String healthCheck(@PathVariable long id, @RequestParam MultiValueMap<String, String> params,
			@AuthenticationPrincipal FasciaUser user, HttpServletRequest request, HttpServletResponse response,
			Model model, RedirectAttributes redirect) {
		changes.get(id, actors.of(user));
		CalendarEntry entry = entry(id);
		String changed = params.getFirst("changed");
		if (!"true".equals(changed) && !"false".equals(changed)) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("failed", "healthCheck");
			model.addAttribute("problem", words.text("booking.appointment.checkIn.choose"));
			model.addAttribute("errors", Map.of("changed", words.text("booking.appointment.checkIn.yesOrNo")));
			panel(model, entry, Move.of(entry));
			return Panels.view(request, response, VIEW);
		}
		Map<String, String> form = new LinkedHashMap<>();
		params.forEach((name, values) -> form.put(name, values.isEmpty() ? null : values.get(0)));
		String message;
		try {
			if ("false".equals(changed)) {
				intake.recordHealthChange(entry.clientId(), id, false, Map.of(), IntakeResponses.Source.STAFF_ENTERED,
						user.id());
				message = words.text("booking.appointment.checkIn.recordedUnchanged");
			}
			else {
				intake.recordHealthChange(entry.clientId(), id, true, intake.fromForm(form),
						IntakeResponses.Source.STAFF_ENTERED, user.id());
				message = words.text("booking.appointment.checkIn.recordedChanged");
			}
		}
		catch (ApiProblem problem) {
			response.setStatus(problem.getStatusCode().value());
			model.addAttribute("failed", "healthCheck");
			model.addAttribute("problem", problem.errors().size() > 1
					? words.text("booking.appointment.checkIn.checkAnswers", problem.errors().size()) : problem.getMessage());
			model.addAttribute("healthSteps", intake.healthChangeForm(entry.clientId(), form, problem.errors()));
			model.addAttribute("healthChanged", "true".equals(changed));
			panel(model, entry, Move.of(entry));
			return Panels.view(request, response, VIEW);
		}
		if (!Panels.htmx(request)) {
			redirect.addFlashAttribute("message", message);
			return "redirect:/calendar/appointments/" + id;
		}
		Panels.changed(response);
		model.addAttribute("message", message);
		panel(model, entry, Move.of(entry));
		return Panels.view(request, response, VIEW);
	}

	private String failed(Model model, CalendarEntry entry, Move move, String form, HttpServletRequest request,
			HttpServletResponse response) {
		model.addAttribute("failed", form);
		panel(model, entry, move != null ? move : Move.of(entry));
		return Panels.view(request, response, VIEW);
	}

	/** Success: htmx gets the fresh panel and tells the page to reload its grid; others go to the day. */
	private String done(CalendarEntry entry, String message, HttpServletRequest request, HttpServletResponse response,
			Model model, RedirectAttributes redirect) {
		if (!Panels.htmx(request)) {
			redirect.addFlashAttribute("message", message);
			return "redirect:" + CalendarController.url(entry.localStart().toLocalDate(), "day", null);
		}
		Panels.changed(response);
		model.addAttribute("message", message);
		panel(model, entry, Move.of(entry));
		return Panels.view(request, response, VIEW);
	}

	private void panel(Model model, CalendarEntry entry, Move move) {
		Instant now = clock.instant();
		ServiceAndPolicy service = data.service(entry.serviceId()).orElseThrow();
		boolean booked = entry.status() == AppointmentStatus.BOOKED;
		model.addAttribute("entry", entry);
		model.addAttribute("move", move);
		model.addAttribute("therapists", queries.therapists());
		model.addAttribute("canChange", booked);
		model.addAttribute("canNoShow", booked && !entry.start().isAfter(now));
		model.addAttribute("insideWindow", !service.policy().cancellationWindow(now, entry.start()).allowed());
		model.addAttribute("windowHours", service.policy().cancellationWindowHours());
		model.addAttribute("stepSeconds", service.policy().slotStepMinutes() * 60);
		model.addAttribute("freeTimes", booked ? freeTimes(entry, move) : List.of());
		model.addAttribute("backUrl", CalendarController.url(entry.localStart().toLocalDate(), "day", null));
		model.addAttribute("owner", CalendarBookingController.owner());
		model.addAttribute("screeningOverride", appointments.screeningOverride(entry.id()).orElse(null));
		boolean treatment = ServiceKind.TREATMENT.name().equals(service.kind());
		TreatmentReadiness.Readiness readiness = booked
				? this.readiness.forAppointment(entry.clientId(), entry.id(), treatment, entry.localStart().toLocalDate(),
						appointments.previousTreatmentStart(entry.clientId(), entry.start(), entry.id()).orElse(null))
				: null;
		model.addAttribute("readiness", readiness);
		model.addAttribute("healthAction", "/calendar/appointments/" + entry.id() + "/health-check");
	}

	/** Suggestions for the time field: the free starts that day (the appointment's own time is busy). */
	private List<LocalTime> freeTimes(CalendarEntry entry, Move move) {
		if (move.date() == null) {
			return List.of();
		}
		long therapist = move.therapistId() == null ? entry.therapistId() : move.therapistId();
		try {
			ZoneId zone = queries.zone();
			return booking.availability(entry.serviceId(), move.date(), move.date(), therapist, true).stream()
				.map(s -> s.start().atZone(zone).toLocalTime())
				.toList();
		}
		catch (ApiProblem ex) {
			return List.of();
		}
	}


	private CalendarEntry entry(long id) {
		return queries.entry(id)
			.orElseThrow(() -> ApiProblem.notFound(words.text("booking.problem.noAppointment", String.valueOf(id))));
	}

	private static String blank(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
