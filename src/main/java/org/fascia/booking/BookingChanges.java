package org.fascia.booking;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.fascia.audit.AuditLog;
import org.fascia.audit.AuditOutcome;
import org.fascia.booking.BookingData.ServiceAndPolicy;
import org.fascia.booking.BookingPolicy.Decision;
import org.fascia.platform.ApiProblem;
import org.fascia.platform.Words;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to booked appointments: cancel, reschedule, late cancellation and no-show, and recurring
 * series. Clients act inside the cancellation window only; staff may override with a reason.
 */
@Service
public class BookingChanges {

	private final BookingService booking;

	private final BookingData data;

	private final Appointments appointments;

	private final BookingMails mails;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final Words words;

	BookingChanges(BookingService booking, BookingData data, Appointments appointments, BookingMails mails,
			AuditLog audit, ApplicationEventPublisher events, Clock clock, Words words) {
		this.words = words;
		this.booking = booking;
		this.data = data;
		this.appointments = appointments;
		this.mails = mails;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/** The appointment, if the actor may see it (a client only their own; 404 otherwise). */
	@Transactional(readOnly = true)
	public Appointment get(long id, Actor actor) {
		Appointment appointment = appointments.find(id).filter(a -> visibleTo(a, actor))
			.orElseThrow(() -> ApiProblem.notFound(words.text("booking.problem.noAppointment", String.valueOf(id))));
		audit.record("APPOINTMENT_READ", "appointment", id, AuditOutcome.SUCCESS, null);
		return appointment;
	}

	@Transactional
	public Appointment cancel(long id, Actor actor, String reason, boolean late) {
		Appointment a = locked(id, actor);
		requireBooked(a);
		Instant now = clock.instant();
		ServiceAndPolicy service = booking.service(a.serviceId(), true);
		Decision window = service.policy().cancellationWindow(now, a.start());
		AppointmentStatus status = AppointmentStatus.CANCELLED;
		if (!actor.staff()) {
			requireAllowed(window);
		}
		else if (late) {
			status = AppointmentStatus.LATE_CANCELLED;
		}
		else if (!window.allowed()) {
			requireReason(reason);
			audit.record("POLICY_OVERRIDE", "appointment", id, AuditOutcome.SUCCESS, "cancelled inside window: " + reason);
		}
		appointments.setStatus(id, status, reason, now);
		Appointment cancelled = appointments.find(id).orElseThrow();
		mails.cancelled(cancelled);
		audit.record("APPOINTMENT_CANCELLED", "appointment", id, AuditOutcome.SUCCESS, status + (reason == null ? "" : ": " + reason));
		events.publishEvent(new AppointmentFreed(id, a.serviceId(), a.therapistId(), a.start()));
		return cancelled;
	}

	/** Staff record that the client did not come. */
	@Transactional
	public Appointment noShow(long id, Actor actor, String note) {
		if (!actor.staff()) {
			throw ApiProblem.forbidden(words.text("booking.problem.noShowStaffOnly"));
		}
		Appointment a = locked(id, actor);
		requireBooked(a);
		if (a.start().isAfter(clock.instant())) {
			throw ApiProblem.unprocessable(words.text("booking.problem.noShowTooEarly"));
		}
		appointments.setStatus(id, AppointmentStatus.NO_SHOW, note, clock.instant());
		audit.record("APPOINTMENT_NO_SHOW", "appointment", id, AuditOutcome.SUCCESS, note);
		return appointments.find(id).orElseThrow();
	}

	@Transactional
	public Appointment reschedule(long id, Instant newStart, Long newTherapistId, Actor actor, String reason) {
		return reschedule(id, newStart, newTherapistId, actor, reason, null);
	}

	/**
	 * Moves an appointment; the screening gate is asked again for the new date (a clearance may have
	 * expired by then). {@code screeningOverride}: the owner's reason to move it despite the screening.
	 */
	@Transactional
	public Appointment reschedule(long id, Instant newStart, Long newTherapistId, Actor actor, String reason,
			String screeningOverride) {
		booking.overrideReason(actor, screeningOverride);
		Appointment a = locked(id, actor);
		requireBooked(a);
		Instant now = clock.instant();
		ServiceAndPolicy service = booking.service(a.serviceId(), actor.staff());
		long therapist = newTherapistId == null ? a.therapistId() : newTherapistId;
		requireAllowed(service.policy().notInThePast(now, newStart), "start");
		if (!actor.staff()) {
			requireAllowed(service.policy().cancellationWindow(now, a.start()));
			requireAllowed(service.policy().minimumNotice(now, newStart), "start");
			requireAllowed(service.policy().bookingHorizon(now, newStart), "start");
		}
		else if (!service.policy().cancellationWindow(now, a.start()).allowed()) {
			requireReason(reason);
			audit.record("POLICY_OVERRIDE", "appointment", id, AuditOutcome.SUCCESS, "moved inside window: " + reason);
		}
		BookingService.Override override = booking.screen(a.clientId(), service, newStart, actor, screeningOverride);
		if (therapist != a.therapistId() && a.therapistId() < therapist) {
			appointments.lockTherapist(a.therapistId());
		}
		BookingService.Placement placement = booking.place(service, therapist, newStart, a, actor.staff());
		try {
			appointments.move(id, therapist, placement.roomId(), newStart, placement.end(), placement.occupiedUntil(), now);
		}
		catch (DataIntegrityViolationException ex) {
			throw booking.lostRace(service, therapist, newStart);
		}
		if (override != null) {
			booking.overridden(id, a.clientId(), actor, override);
		}
		Appointment moved = appointments.find(id).orElseThrow();
		String token = ManageLinks.newToken();
		appointments.setManageToken(id, ManageLinks.digest(token));
		mails.changed(moved, token);
		audit.record("APPOINTMENT_RESCHEDULED", "appointment", id, AuditOutcome.SUCCESS, a.start() + " -> " + newStart);
		events.publishEvent(new AppointmentFreed(id, a.serviceId(), a.therapistId(), a.start()));
		return moved;
	}

	/**
	 * Books {@code count} appointments every {@code intervalWeeks} weeks at the same wall-clock time.
	 * Every occurrence is checked first; one conflict and nothing is saved (409 listing them).
	 */
	@Transactional
	public List<Appointment> bookSeries(BookingRequest first, int count, int intervalWeeks, Actor actor) {
		if (count < 1 || count > 52) {
			throw ApiProblem.badRequest("count", words.text("booking.problem.seriesCount"));
		}
		if (intervalWeeks < 1 || intervalWeeks > 12) {
			throw ApiProblem.badRequest("intervalWeeks", words.text("booking.problem.seriesInterval"));
		}
		booking.overrideReason(actor, first.screeningOverride());
		ServiceAndPolicy service = booking.service(first.serviceId(), actor.staff());
		ZoneId zone = service.zone();
		LocalDateTime firstLocal = LocalDateTime.ofInstant(first.start(), zone);
		List<Instant> starts = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			starts.add(firstLocal.plusWeeks((long) i * intervalWeeks).atZone(zone).toInstant());
		}
		List<String> conflicts = new ArrayList<>();
		long seriesId = appointments.newSeries(first.clientId(), count + " × every " + intervalWeeks + " week(s)", clock.instant());
		List<Appointment> booked = new ArrayList<>();
		for (Instant start : starts) {
			try {
				booked.add(booking.book(new BookingRequest(first.serviceId(), first.therapistId(), start, first.clientId(),
						first.screeningOverride()), actor, seriesId, false));
			}
			catch (ApiProblem problem) {
				if (screeningRefusal(problem)) {
					throw problem;
				}
				conflicts.add(start + ": " + problem.getMessage());
			}
		}
		if (!conflicts.isEmpty()) {
			throw ApiProblem.conflict(words.text("booking.problem.seriesConflicts", conflicts.size(), count))
				.with("conflicts", conflicts);
		}
		mails.series(booked);
		return booked;
	}

	/** A refusal of the screening gate (it carries the decision), as opposed to a time conflict. */
	static boolean screeningRefusal(ApiProblem problem) {
		Map<String, Object> properties = problem.getBody().getProperties();
		return properties != null && properties.containsKey("decision") && properties.containsKey("overridable");
	}

	private Appointment locked(long id, Actor actor) {
		return appointments.findForUpdate(id).filter(a -> visibleTo(a, actor))
			.orElseThrow(() -> ApiProblem.notFound(words.text("booking.problem.noAppointment", String.valueOf(id))));
	}

	static boolean visibleTo(Appointment a, Actor actor) {
		return actor.staff() || actor.actsFor(a.clientId());
	}

	private void requireBooked(Appointment a) {
		if (a.status() != AppointmentStatus.BOOKED) {
			throw ApiProblem.conflict(switch (a.status()) {
				case BOOKED -> words.text("booking.problem.already.BOOKED");
				case CANCELLED -> words.text("booking.problem.already.CANCELLED");
				case LATE_CANCELLED -> words.text("booking.problem.already.LATE_CANCELLED");
				case NO_SHOW -> words.text("booking.problem.already.NO_SHOW");
				case COMPLETED -> words.text("booking.problem.already.COMPLETED");
			});
		}
	}

	private void requireAllowed(Decision decision) {
		if (!decision.allowed()) {
			throw ApiProblem.unprocessable(booking.reason(decision));
		}
	}

	private void requireAllowed(Decision decision, String field) {
		if (!decision.allowed()) {
			throw ApiProblem.badRequest(field, booking.reason(decision));
		}
	}

	private void requireReason(String reason) {
		if (reason == null || reason.isBlank()) {
			throw ApiProblem.badRequest("reason", words.text("booking.problem.reasonInsideWindow"));
		}
	}

}
