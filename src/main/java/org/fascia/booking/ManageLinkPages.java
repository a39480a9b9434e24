package org.fascia.booking;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.fascia.platform.ApiProblem;
import org.fascia.platform.Words;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The link in every booking email: see, cancel or move the appointment without a password, within
 * the clinic's cancellation window. The link's token is replaced whenever the appointment moves.
 */
@Controller
class ManageLinkPages {

	private static final String VIEW = "booking/manage";

	private final ClientAppointments appointments;

	private final BookingChanges changes;

	private final BookingService booking;

	private final ScreeningWords screeningWords;

	private final Words words;

	ManageLinkPages(ClientAppointments appointments, BookingChanges changes, BookingService booking,
			ScreeningWords screeningWords, Words words) {
		this.screeningWords = screeningWords;
		this.words = words;
		this.appointments = appointments;
		this.changes = changes;
		this.booking = booking;
	}

	@GetMapping("/appointments/manage")
	String show(@RequestParam(required = false) String token, @RequestParam(required = false) LocalDate date,
			Model model) {
		AppointmentView appointment = appointments.byManageToken(token).orElse(null);
		model.addAttribute("appointment", appointment);
		model.addAttribute("token", token);
		if (appointment != null) {
			describe(appointment, model);
			if (appointment.changeable()) {
				ZoneId zone = booking.zone();
				LocalDate day = date == null ? appointment.start().atZone(zone).toLocalDate() : date;
				model.addAttribute("date", day);
				model.addAttribute("times", times(appointment, day, zone));
			}
		}
		return VIEW;
	}

	@PostMapping("/appointments/manage/cancel")
	String cancel(@RequestParam String token, Model model) {
		AppointmentView appointment = appointments.byManageToken(token)
			.orElseThrow(() -> ApiProblem.notFound(words.text("booking.problem.linkInvalid")));
		try {
			changes.cancel(appointment.id(), Actor.client(null, appointment.clientId()), null, false);
			model.addAttribute("done", words.text("booking.manage.cancelled"));
		}
		catch (ApiProblem problem) {
			model.addAttribute("error", problem.getMessage());
		}
		return show(token, null, model);
	}

	@PostMapping("/appointments/manage/reschedule")
	String reschedule(@RequestParam String token, @RequestParam Instant start, Model model) {
		AppointmentView appointment = appointments.byManageToken(token)
			.orElseThrow(() -> ApiProblem.notFound(words.text("booking.problem.linkInvalid")));
		try {
			changes.reschedule(appointment.id(), start, appointment.therapistId(),
					Actor.client(null, appointment.clientId()), null);
		}
		catch (ApiProblem problem) {
			ScreeningWords.Note screening = screeningWords.of(problem);
			model.addAttribute("error", screening == null ? problem.getMessage()
					: words.text("booking.manage.screening", screening.heading(), screening.text()));
			return show(token, null, model);
		}
		model.addAttribute("done", words.text("booking.manage.moved"));
		model.addAttribute("appointment", null);
		return VIEW;
	}

	private void describe(AppointmentView a, Model model) {
		ZoneId zone = booking.zone();
		model.addAttribute("when", words.text("booking.visit.at", BookingPages.DAY.format(a.start().atZone(zone)),
				BookingPages.TIME.format(a.start().atZone(zone))));
		model.addAttribute("zone", zone.getId());
	}

	private List<BookingPages.TimeChoice> times(AppointmentView a, LocalDate day, ZoneId zone) {
		try {
			return booking.availability(a.serviceId(), day, day, a.therapistId(), false)
				.stream()
				.map(s -> new BookingPages.TimeChoice(s.start(), BookingPages.TIME.format(s.start().atZone(zone)),
						s.therapistId(), a.therapist(), ""))
				.toList();
		}
		catch (ApiProblem problem) {
			return List.of();
		}
	}

}
