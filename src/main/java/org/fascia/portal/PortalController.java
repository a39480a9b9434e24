package org.fascia.portal;

import java.time.Instant;
import java.util.List;

import org.fascia.booking.Actor;
import org.fascia.booking.AppointmentView;
import org.fascia.booking.BookingChanges;
import org.fascia.booking.ClientAppointments;
import org.fascia.clients.ClientDirectory;
import org.fascia.clients.Family;
import org.fascia.identity.FasciaUser;
import org.fascia.intake.ConsentStatus;
import org.fascia.intake.Consents;
import org.fascia.intake.IntakeResponses;
import org.fascia.platform.ApiProblem;
import org.fascia.screening.ClientScreenings;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The client's start page: upcoming and past appointments, and their details. */
@Controller
class PortalController {

	private final Family family;

	private final ClientAppointments appointments;

	private final BookingChanges changes;

	private final IntakeResponses intake;

	private final Consents consents;

	private final ClientScreenings screenings;

	private final org.fascia.outcomes.OutcomeRequests outcomes;

	// branch your-data: which past visits have a receipt
	private final org.fascia.payments.Payments payments;

	private final org.fascia.identity.Accounts accounts;

	private final org.fascia.platform.Words words;

	PortalController(Family family, ClientAppointments appointments, BookingChanges changes,
			IntakeResponses intake, Consents consents, ClientScreenings screenings,
			org.fascia.outcomes.OutcomeRequests outcomes, org.fascia.payments.Payments payments,
			org.fascia.identity.Accounts accounts, org.fascia.platform.Words words) {
		this.words = words;
		this.payments = payments;
		this.accounts = accounts;
		this.outcomes = outcomes;
		this.family = family;
		this.appointments = appointments;
		this.changes = changes;
		this.intake = intake;
		this.consents = consents;
		this.screenings = screenings;
	}

	/** An upcoming visit in "Before your next visit": has the health question been answered for it? */
	record VisitCheck(AppointmentView appointment, boolean answered) {
	}

	/** How far ahead the health question is asked. */
	static final java.time.Duration HEALTH_CHECK_AHEAD = java.time.Duration.ofDays(14);

	@GetMapping("/portal")
	String show(@AuthenticationPrincipal FasciaUser user, @RequestParam(required = false) Long booked, Model model) {
		ClientDirectory.ClientRecord client = family.actingForRecord(user.id()).orElse(null);
		model.addAttribute("client", client);
		model.addAttribute("name", user.displayName());
		model.addAttribute("family", family.members(user.id()));
		List<AppointmentView> all = client == null ? List.of() : appointments.of(client.id());
		Instant now = Instant.now();
		java.util.function.Predicate<AppointmentView> upcoming = a -> a.end().isAfter(now)
				&& a.status() == org.fascia.booking.AppointmentStatus.BOOKED;
		model.addAttribute("upcoming", all.stream().filter(upcoming)
			.sorted(java.util.Comparator.comparing(AppointmentView::start)).toList());
		model.addAttribute("past", all.stream().filter(upcoming.negate()).toList());
		model.addAttribute("booked", booked);
		model.addAttribute("paid", client == null ? java.util.Set.of() : payments.paidAppointments(client.id()));
		// branch client-accounts: until the address is confirmed the portal asks for it; booking waits for it.
		model.addAttribute("unverified", !accounts.emailVerified(user.id()));
		if (client != null) {
			beforeNextVisit(client.id(), all, now, model);
		}
		return "portal/home";
	}

	@PostMapping("/portal/appointments/{id}/cancel")
	String cancel(@AuthenticationPrincipal FasciaUser user, @PathVariable long id, RedirectAttributes redirect) {
		long clientId = clientId(user);
		try {
			changes.cancel(id, Actor.client(user.id(), clientId), null, false);
			redirect.addFlashAttribute("message", words.text("portal.cancelled"));
		}
		catch (ApiProblem problem) {
			redirect.addFlashAttribute("error", problem.getMessage());
		}
		return "redirect:/portal";
	}

	@GetMapping("/portal/appointments/{id}/calendar.ics")
	ResponseEntity<byte[]> calendar(@AuthenticationPrincipal FasciaUser user, @PathVariable long id) {
		byte[] ics = appointments.calendarFile(id, clientId(user));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("text/calendar; charset=UTF-8"))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("appointment-" + id + ".ics").build().toString())
			.body(ics);
	}

	/** Intake, consent, screening and the health question for each visit in the next 14 days. */
	private void beforeNextVisit(long clientId, List<AppointmentView> all, Instant now, Model model) {
		IntakeResponses.IntakeProgress progress = intake.progress(clientId);
		List<ConsentStatus> consent = consents.current(clientId);
		model.addAttribute("intakeProgress", progress.name());
		model.addAttribute("consentSigned", consent.stream().allMatch(ConsentStatus::signedCurrent));
		model.addAttribute("consentResign", consent.stream().anyMatch(ConsentStatus::needsResign));
		model.addAttribute("screening", screenings.of(clientId));
		model.addAttribute("questionnaires", outcomes.openFor(clientId));
		Instant horizon = now.plus(HEALTH_CHECK_AHEAD);
		Instant answered = intake.history(clientId).stream()
			.filter(s -> s.kind() == org.fascia.intake.IntakeSubmitted.Kind.INTAKE)
			.map(IntakeResponses.Summary::submittedAt)
			.findFirst()
			.orElse(null);
		List<VisitCheck> visits = progress != IntakeResponses.IntakeProgress.SUBMITTED || answered == null ? List.of()
				: all.stream()
					.filter(a -> a.status() == org.fascia.booking.AppointmentStatus.BOOKED && a.end().isAfter(now)
							&& a.start().isBefore(horizon) && hasVisitBefore(a, all, answered))
					.sorted(java.util.Comparator.comparing(AppointmentView::start))
					.map(a -> new VisitCheck(a, intake.healthCheckFor(a.id()).isPresent()))
					.toList();
		model.addAttribute("visitChecks", visits);
	}

	/**
	 * "Has anything changed since your last visit?" needs a last visit: one booked or completed before this one and
	 * after the health questions were answered (as the treatment readiness asks). Before a first visit the health
	 * questions just answered are the answer.
	 */
	static boolean hasVisitBefore(AppointmentView visit, List<AppointmentView> all, Instant intakeAnswered) {
		return all.stream()
			.anyMatch(b -> b.id() != visit.id() && b.start().isBefore(visit.start()) && b.start().isAfter(intakeAnswered)
					&& (b.status() == org.fascia.booking.AppointmentStatus.BOOKED
							|| b.status() == org.fascia.booking.AppointmentStatus.COMPLETED));
	}

	private long clientId(FasciaUser user) {
		return family.actingFor(user.id()).orElseThrow(() -> ApiProblem.notFound(words.text("portal.problem.noClientRecord")));
	}

}
