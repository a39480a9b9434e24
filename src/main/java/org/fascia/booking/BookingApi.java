package org.fascia.booking;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.fascia.identity.FasciaUser;
import org.fascia.platform.ApiProblem;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Availability and appointments for programs: bearer token, problem+json errors. */
@RestController
class BookingApi {

	private final BookingService booking;

	private final BookingChanges changes;

	private final Appointments appointments;

	private final Actors actors;

	private final Waitlist waitlist;

	private final org.fascia.identity.Accounts accounts;

	BookingApi(BookingService booking, BookingChanges changes, Appointments appointments, Actors actors,
			Waitlist waitlist, org.fascia.identity.Accounts accounts) {
		this.accounts = accounts;
		this.waitlist = waitlist;
		this.booking = booking;
		this.changes = changes;
		this.appointments = appointments;
		this.actors = actors;
	}

	@GetMapping("/api/v1/availability")
	List<Slot> availability(@RequestParam long serviceId, @RequestParam LocalDate from, @RequestParam LocalDate to,
			@RequestParam(required = false) Long therapistId, @AuthenticationPrincipal FasciaUser user) {
		List<Slot> slots = booking.availability(serviceId, from, to, therapistId, user.role().isStaff());
		if (therapistId != null && slots.isEmpty() && !booking.therapistExists(therapistId)) {
			throw ApiProblem.notFound("There is no therapist " + therapistId + ".");
		}
		return slots;
	}

	record NewAppointment(@NotNull(message = "Choose a service.") Long serviceId,
			@NotNull(message = "Choose a therapist.") Long therapistId,
			@NotNull(message = "Give the start as an ISO-8601 instant, e.g. 2026-12-01T10:00:00Z.") Instant start,
			Long clientId, @Size(max = 500, message = "At most 500 characters.") String screeningOverride) {
	}

	@PostMapping("/api/v1/appointments")
	ResponseEntity<Appointment> book(@Valid @RequestBody NewAppointment body, @AuthenticationPrincipal FasciaUser user) {
		Actor actor = actors.of(user);
		// branch client-accounts: a client books once their email address is confirmed.
		if (!actor.staff() && !accounts.emailVerified(user.id())) {
			throw ApiProblem.forbidden("Confirm your email address first: open the link we emailed you.");
		}
		Long clientId = body.clientId() != null ? body.clientId() : actor.clientId();
		if (clientId == null) {
			throw ApiProblem.badRequest("clientId", "Name the client the appointment is for.");
		}
		Appointment booked = booking.book(new BookingRequest(body.serviceId(), body.therapistId(), body.start(), clientId,
				body.screeningOverride()), actor);
		return ResponseEntity.created(URI.create("/api/v1/appointments/" + booked.id())).body(booked);
	}

	record NewSeries(@NotNull(message = "Choose a service.") Long serviceId,
			@NotNull(message = "Choose a therapist.") Long therapistId,
			@NotNull(message = "Give the first start as an ISO-8601 instant.") Instant start, Long clientId,
			@Min(value = 1, message = "At least 1.") @Max(value = 52, message = "At most 52.") int count,
			@Min(value = 1, message = "At least every week.") @Max(value = 12, message = "At most every 12 weeks.") int intervalWeeks,
			@Size(max = 500, message = "At most 500 characters.") String screeningOverride) {
	}

	@PostMapping("/api/v1/appointment-series")
	ResponseEntity<List<Appointment>> bookSeries(@Valid @RequestBody NewSeries body,
			@AuthenticationPrincipal FasciaUser user) {
		Actor actor = actors.of(user);
		Long clientId = body.clientId() != null ? body.clientId() : actor.clientId();
		if (clientId == null) {
			throw ApiProblem.badRequest("clientId", "Name the client the appointments are for.");
		}
		List<Appointment> booked = changes.bookSeries(
				new BookingRequest(body.serviceId(), body.therapistId(), body.start(), clientId,
						body.screeningOverride()), body.count(),
				body.intervalWeeks(), actor);
		return ResponseEntity.status(201).body(booked);
	}

	@GetMapping("/api/v1/appointments")
	List<Appointment> list(@RequestParam LocalDate from, @RequestParam LocalDate to,
			@RequestParam(required = false) Long therapistId, @AuthenticationPrincipal FasciaUser user) {
		if (to.isBefore(from)) {
			throw ApiProblem.badRequest("to", "The end date is before the start date.");
		}
		if (ChronoUnit.DAYS.between(from, to) + 1 > BookingService.MAX_RANGE_DAYS) {
			throw ApiProblem.badRequest("to", "Ask for at most " + BookingService.MAX_RANGE_DAYS + " days at a time.");
		}
		Actor actor = actors.of(user);
		var zone = booking.zone();
		return appointments.between(from.atStartOfDay(zone).toInstant(), to.plusDays(1).atStartOfDay(zone).toInstant(),
				actor.staff() ? null : actor.clientId(), therapistId);
	}

	@GetMapping("/api/v1/appointments/{id}")
	Appointment get(@PathVariable long id, @AuthenticationPrincipal FasciaUser user) {
		return changes.get(id, actors.of(user));
	}

	record Cancellation(@Size(max = 500, message = "At most 500 characters.") String reason, boolean late) {
	}

	@PostMapping("/api/v1/appointments/{id}/cancel")
	Appointment cancel(@PathVariable long id, @Valid @RequestBody(required = false) Cancellation body,
			@AuthenticationPrincipal FasciaUser user) {
		Cancellation c = body == null ? new Cancellation(null, false) : body;
		return changes.cancel(id, actors.of(user), c.reason(), c.late());
	}

	record Move(@NotNull(message = "Give the new start as an ISO-8601 instant.") Instant start, Long therapistId,
			@Size(max = 500, message = "At most 500 characters.") String reason,
			@Size(max = 500, message = "At most 500 characters.") String screeningOverride) {
	}

	@PostMapping("/api/v1/appointments/{id}/reschedule")
	Appointment reschedule(@PathVariable long id, @Valid @RequestBody Move body,
			@AuthenticationPrincipal FasciaUser user) {
		return changes.reschedule(id, body.start(), body.therapistId(), actors.of(user), body.reason(),
				body.screeningOverride());
	}

	record WaitFor(@NotNull(message = "Choose a service.") Long serviceId, Long therapistId,
			@NotNull(message = "Give the day (YYYY-MM-DD) before which you want a time.") LocalDate before,
			Long clientId) {
	}

	@PostMapping("/api/v1/waitlist")
	ResponseEntity<Waitlist.Entry> joinWaitlist(@Valid @RequestBody WaitFor body, @AuthenticationPrincipal FasciaUser user) {
		Actor actor = actors.of(user);
		Long clientId = actor.staff() || body.clientId() != null ? body.clientId() : actor.clientId();
		if (clientId == null) {
			throw ApiProblem.badRequest("clientId", "Name the client who waits.");
		}
		if (!actor.staff() && !actor.actsFor(clientId)) {
			throw ApiProblem.forbidden("A client can join the waitlist only for themselves or a child in their family.");
		}
		Waitlist.Entry entry = waitlist.join(clientId, body.serviceId(), body.therapistId(), body.before());
		return ResponseEntity.created(URI.create("/api/v1/waitlist/" + entry.id())).body(entry);
	}

	record NoShow(@Size(max = 500, message = "At most 500 characters.") String note) {
	}

	@PostMapping("/api/v1/appointments/{id}/no-show")
	Appointment noShow(@PathVariable long id, @Valid @RequestBody(required = false) NoShow body,
			@AuthenticationPrincipal FasciaUser user) {
		return changes.noShow(id, actors.of(user), body == null ? null : body.note());
	}

}
