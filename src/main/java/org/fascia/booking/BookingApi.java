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
import org.fascia.platform.Words;
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

	private final Words words;

	BookingApi(BookingService booking, BookingChanges changes, Appointments appointments, Actors actors,
			Waitlist waitlist, org.fascia.identity.Accounts accounts, Words words) {
		this.words = words;
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
			throw ApiProblem.notFound(words.text("booking.problem.noTherapist", String.valueOf(therapistId)));
		}
		return slots;
	}

	record NewAppointment(@NotNull(message = "{booking.invalid.service}") Long serviceId,
			@NotNull(message = "{booking.invalid.therapist}") Long therapistId,
			@NotNull(message = "{booking.invalid.start}") Instant start, Long clientId,
			@Size(max = 500, message = "{booking.invalid.tooLong}") String screeningOverride) {
	}

	@PostMapping("/api/v1/appointments")
	ResponseEntity<Appointment> book(@Valid @RequestBody NewAppointment body, @AuthenticationPrincipal FasciaUser user) {
		Actor actor = actors.of(user);
		// branch client-accounts: a client books once their email address is confirmed.
		if (!actor.staff() && !accounts.emailVerified(user.id())) {
			throw ApiProblem.forbidden(words.text("booking.problem.confirmEmailFirst"));
		}
		Long clientId = body.clientId() != null ? body.clientId() : actor.clientId();
		if (clientId == null) {
			throw ApiProblem.badRequest("clientId", words.text("booking.problem.nameClient"));
		}
		Appointment booked = booking.book(new BookingRequest(body.serviceId(), body.therapistId(), body.start(), clientId,
				body.screeningOverride()), actor);
		return ResponseEntity.created(URI.create("/api/v1/appointments/" + booked.id())).body(booked);
	}

	record NewSeries(@NotNull(message = "{booking.invalid.service}") Long serviceId,
			@NotNull(message = "{booking.invalid.therapist}") Long therapistId,
			@NotNull(message = "{booking.invalid.firstStart}") Instant start, Long clientId,
			@Min(value = 1, message = "{booking.invalid.count.min}")
			@Max(value = 52, message = "{booking.invalid.count.max}") int count,
			@Min(value = 1, message = "{booking.invalid.interval.min}")
			@Max(value = 12, message = "{booking.invalid.interval.max}") int intervalWeeks,
			@Size(max = 500, message = "{booking.invalid.tooLong}") String screeningOverride) {
	}

	@PostMapping("/api/v1/appointment-series")
	ResponseEntity<List<Appointment>> bookSeries(@Valid @RequestBody NewSeries body,
			@AuthenticationPrincipal FasciaUser user) {
		Actor actor = actors.of(user);
		Long clientId = body.clientId() != null ? body.clientId() : actor.clientId();
		if (clientId == null) {
			throw ApiProblem.badRequest("clientId", words.text("booking.problem.nameClientOfSeries"));
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
			throw ApiProblem.badRequest("to", words.text("booking.problem.rangeBackwards"));
		}
		if (ChronoUnit.DAYS.between(from, to) + 1 > BookingService.MAX_RANGE_DAYS) {
			throw ApiProblem.badRequest("to", words.text("booking.problem.rangeTooLong", BookingService.MAX_RANGE_DAYS));
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

	record Cancellation(@Size(max = 500, message = "{booking.invalid.tooLong}") String reason, boolean late) {
	}

	@PostMapping("/api/v1/appointments/{id}/cancel")
	Appointment cancel(@PathVariable long id, @Valid @RequestBody(required = false) Cancellation body,
			@AuthenticationPrincipal FasciaUser user) {
		Cancellation c = body == null ? new Cancellation(null, false) : body;
		return changes.cancel(id, actors.of(user), c.reason(), c.late());
	}

	record Move(@NotNull(message = "{booking.invalid.newStart}") Instant start, Long therapistId,
			@Size(max = 500, message = "{booking.invalid.tooLong}") String reason,
			@Size(max = 500, message = "{booking.invalid.tooLong}") String screeningOverride) {
	}

	@PostMapping("/api/v1/appointments/{id}/reschedule")
	Appointment reschedule(@PathVariable long id, @Valid @RequestBody Move body,
			@AuthenticationPrincipal FasciaUser user) {
		return changes.reschedule(id, body.start(), body.therapistId(), actors.of(user), body.reason(),
				body.screeningOverride());
	}

	record WaitFor(@NotNull(message = "{booking.invalid.service}") Long serviceId, Long therapistId,
			@NotNull(message = "{booking.invalid.before}") LocalDate before,
			Long clientId) {
	}

	@PostMapping("/api/v1/waitlist")
	ResponseEntity<Waitlist.Entry> joinWaitlist(@Valid @RequestBody WaitFor body, @AuthenticationPrincipal FasciaUser user) {
		Actor actor = actors.of(user);
		Long clientId = actor.staff() || body.clientId() != null ? body.clientId() : actor.clientId();
		if (clientId == null) {
			throw ApiProblem.badRequest("clientId", words.text("booking.problem.nameWaitingClient"));
		}
		if (!actor.staff() && !actor.actsFor(clientId)) {
			throw ApiProblem.forbidden(words.text("booking.problem.waitlistOwnFamily"));
		}
		Waitlist.Entry entry = waitlist.join(clientId, body.serviceId(), body.therapistId(), body.before());
		return ResponseEntity.created(URI.create("/api/v1/waitlist/" + entry.id())).body(entry);
	}

	record NoShow(@Size(max = 500, message = "{booking.invalid.tooLong}") String note) {
	}

	@PostMapping("/api/v1/appointments/{id}/no-show")
	Appointment noShow(@PathVariable long id, @Valid @RequestBody(required = false) NoShow body,
			@AuthenticationPrincipal FasciaUser user) {
		return changes.noShow(id, actors.of(user), body == null ? null : body.note());
	}

}
