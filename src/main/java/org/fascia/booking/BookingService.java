package org.fascia.booking;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.fascia.audit.AuditLog;
import org.fascia.audit.AuditOutcome;
import org.fascia.booking.BookingData.ServiceAndPolicy;
import org.fascia.booking.BookingPolicy.Decision;
import org.fascia.clinic.ServiceKind;
import org.fascia.platform.ApiProblem;
import org.fascia.platform.Words;
import org.fascia.screening.GateDecision;
import org.fascia.screening.ScreeningGate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The booking module's API: availability, booking, and changes. No two occupying appointments ever
 * overlap for a therapist or a room: a booking locks the therapist's row, then rooms in ascending
 * order, re-checks against committed data, and only then writes; on PostgreSQL an exclusion
 * constraint guards the same invariant.
 */
@Service
public class BookingService {

	static final int MAX_RANGE_DAYS = 92;

	private final BookingData data;

	private final Appointments appointments;

	private final BookingMails mails;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final ScreeningGate gate;

	private final Words words;

	BookingService(BookingData data, Appointments appointments, BookingMails mails, AuditLog audit,
			ApplicationEventPublisher events, Clock clock, ScreeningGate gate, Words words) {
		this.gate = gate;
		this.words = words;
		this.data = data;
		this.appointments = appointments;
		this.mails = mails;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/** Free slots of a service between two dates (inclusive) in the clinic's zone. */
	@Transactional(readOnly = true)
	public List<Slot> availability(long serviceId, LocalDate from, LocalDate to, Long therapistId, boolean staff) {
		if (to.isBefore(from)) {
			throw ApiProblem.badRequest("to", words.text("booking.problem.rangeBackwards"));
		}
		if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_RANGE_DAYS) {
			throw ApiProblem.badRequest("to", words.text("booking.problem.rangeTooLong", MAX_RANGE_DAYS));
		}
		ServiceAndPolicy service = service(serviceId, staff);
		return Availability.freeSlots(request(service, from, to, therapistId, staff, null));
	}

	/** Books one appointment or explains, with a 4xx problem, why not. */
	@Transactional
	public Appointment book(BookingRequest request, Actor actor) {
		return book(request, actor, null, true);
	}

	@Transactional
	Appointment book(BookingRequest request, Actor actor, Long seriesId, boolean notify) {
		if (!actor.staff() && !actor.actsFor(request.clientId())) {
			throw ApiProblem.forbidden(words.text("booking.problem.bookOwnFamily"));
		}
		ServiceAndPolicy service = service(request.serviceId(), actor.staff());
		Instant now = clock.instant();
		check(service.policy().notInThePast(now, request.start()), "start");
		if (!actor.staff()) {
			check(service.policy().minimumNotice(now, request.start()), "start");
			check(service.policy().bookingHorizon(now, request.start()), "start");
		}
		if (!mails.clientExists(request.clientId())) {
			throw ApiProblem.notFound(words.text("booking.problem.noClient", String.valueOf(request.clientId())));
		}
		Override override = screen(request.clientId(), service, request.start(), actor, request.screeningOverride());
		Placement placement = place(service, request.therapistId(), request.start(), null, actor.staff());
		String manageToken = ManageLinks.newToken();
		long id;
		try {
			id = appointments.insert(request.clientId(), request.therapistId(), placement.roomId(), service.serviceId(),
					request.start(), placement.end(), placement.occupiedUntil(), seriesId, actor.userId(),
					ManageLinks.digest(manageToken), now);
		}
		catch (DataIntegrityViolationException ex) {
			throw lostRace(service, request.therapistId(), request.start());
		}
		if (override != null) {
			overridden(id, request.clientId(), actor, override);
		}
		Appointment booked = appointments.find(id).orElseThrow();
		if (notify) {
			mails.confirmation(booked, manageToken);
		}
		audit.record("APPOINTMENT_BOOKED", "appointment", id, AuditOutcome.SUCCESS,
				"client " + request.clientId() + (actor.staff() ? " by staff" : " online"));
		events.publishEvent(new AppointmentBooked(id, request.clientId(), request.therapistId(), request.start()));
		return booked;
	}

	/**
	 * Asks the screening gate whether the client may have this service on the start's clinic-local date.
	 * Refused: the gate's 409 problem (decision, reasons, overridable), unless the owner gave a reason and
	 * the decision may be overridden; then that reason comes back, to be kept and audited with the booking.
	 * An allowed booking returns null (a reason given anyway is not needed and not kept).
	 */
	Override screen(long clientId, ServiceAndPolicy service, Instant start, Actor actor, String screeningOverride) {
		String reason = overrideReason(actor, screeningOverride);
		GateDecision decision = gate.check(clientId, ServiceKind.valueOf(service.kind()),
				start.atZone(service.zone()).toLocalDate());
		if (decision.allowed()) {
			return null;
		}
		if (reason == null || !decision.overridable()) {
			throw gate.refusal(decision);
		}
		return new Override(reason, decision);
	}

	/** The owner's reason to book despite a refusal, and the refusal it overrides. */
	record Override(String reason, GateDecision decision) {
	}

	/** The screening gate's answer for this client, service and start (pages re-show a refusal with it). */
	@Transactional(readOnly = true)
	GateDecision screening(long clientId, long serviceId, Instant start) {
		ServiceAndPolicy service = service(serviceId, true);
		return gate.check(clientId, ServiceKind.valueOf(service.kind()), start.atZone(service.zone()).toLocalDate());
	}

	/** The same for a clinic-local day: the public booking page asks before it offers times. */
	@Transactional(readOnly = true)
	GateDecision screening(long clientId, long serviceId, LocalDate day) {
		ServiceAndPolicy service = service(serviceId, true);
		return gate.check(clientId, ServiceKind.valueOf(service.kind()), day);
	}

	/** Keeps the owner's reason on the appointment and audits the override. */
	void overridden(long appointmentId, long clientId, Actor actor, Override override) {
		appointments.setScreeningOverride(appointmentId, override.reason(), actor.userId());
		audit.record("SCREENING_GATE_OVERRIDDEN", "appointment", appointmentId, AuditOutcome.SUCCESS,
				"client " + clientId + ", decision " + override.decision().decision() + ": " + override.reason());
	}

	static final int MAX_OVERRIDE_REASON = 500;

	/** The override reason, checked: only the owner gives one, and it must say something (at most 500 characters). */
	String overrideReason(Actor actor, String screeningOverride) {
		if (screeningOverride == null) {
			return null;
		}
		if (!actor.owner()) {
			throw ApiProblem.forbidden(words.text("booking.problem.overrideOwnerOnly"))
				.with("field", "screeningOverride");
		}
		String reason = screeningOverride.strip();
		if (reason.isEmpty()) {
			throw ApiProblem.badRequest("screeningOverride", words.text("booking.problem.overrideReason"));
		}
		if (reason.length() > MAX_OVERRIDE_REASON) {
			throw ApiProblem.badRequest("screeningOverride",
					words.text("booking.problem.overrideTooLong", MAX_OVERRIDE_REASON));
		}
		return reason;
	}

	record Placement(long roomId, Instant end, Instant occupiedUntil) {
	}

	/**
	 * Finds and locks a therapist and room for [start, end + buffer), re-checked under the locks.
	 * {@code moving} is the appointment being moved (its own time does not count as busy).
	 */
	Placement place(ServiceAndPolicy service, long therapistId, Instant start, Appointment moving, boolean staff) {
		if (!appointments.lockTherapist(therapistId)) {
			throw ApiProblem.notFound(words.text("booking.problem.noTherapist", String.valueOf(therapistId)));
		}
		LocalDate day = start.atZone(service.zone()).toLocalDate();
		AvailabilityRequest request = request(service, day, day, therapistId, true, moving);
		Optional<Slot> slot = Availability.freeSlots(request).stream()
			.filter(s -> s.start().equals(start) && s.therapistId() == therapistId)
			.findFirst();
		if (slot.isEmpty()) {
			if (request.therapists().isEmpty()) {
				throw ApiProblem.unprocessable(words.text("booking.problem.notOffered", service.name()));
			}
			AvailabilityRequest unbooked = new AvailabilityRequest(request.zone(), day, day, request.service(),
					request.therapists(), request.roomIds(), List.of(), null, null, request.slotStepMinutes(), false);
			boolean bookableTime = Availability.freeSlots(unbooked).stream().anyMatch(s -> s.start().equals(start));
			if (!bookableTime) {
				throw ApiProblem.unprocessable(words.text("booking.problem.notBookable", request.slotStepMinutes()));
			}
			throw lostRace(service, therapistId, start);
		}
		Instant end = start.plus(service.duration());
		Instant until = end.plus(service.buffer());
		Long except = moving == null ? null : moving.id();
		if (appointments.therapistBusy(therapistId, start, until, except)) {
			throw lostRace(service, therapistId, start);
		}
		// Lock only a room that looks free, in ascending order (so no two bookings wait on each other
		// in a cycle), and check it again under the lock.
		for (long room : data.rooms()) {
			if (!appointments.roomBusy(room, start, until, except) && appointments.lockRoom(room)
					&& !appointments.roomBusy(room, start, until, except)) {
				return new Placement(room, end, until);
			}
		}
		throw lostRace(service, therapistId, start);
	}

	/** 409 with the next free slots, so the person can pick another time at once. */
	ApiProblem lostRace(ServiceAndPolicy service, long therapistId, Instant start) {
		LocalDate day = start.atZone(service.zone()).toLocalDate();
		List<Slot> next = Availability.freeSlots(request(service, day, day.plusDays(13), therapistId, false, null))
			.stream()
			.filter(s -> s.start().isAfter(start))
			.sorted(Comparator.comparing(Slot::start))
			.limit(5)
			.toList();
		return ApiProblem.conflict(words.text("booking.problem.taken")).with("nextSlots", next);
	}

	AvailabilityRequest request(ServiceAndPolicy service, LocalDate from, LocalDate to, Long therapistId,
			boolean staff, Appointment moving) {
		ZoneId zone = service.zone();
		Instant rangeStart = from.minusDays(1).atStartOfDay(zone).toInstant();
		Instant rangeEnd = to.plusDays(2).atStartOfDay(zone).toInstant();
		List<AvailabilityRequest.Busy> busy = data.busy(rangeStart, rangeEnd);
		if (moving != null) {
			busy = busy.stream()
				.filter(b -> !(b.therapistId() == moving.therapistId() && b.roomId() == moving.roomId()
						&& b.start().equals(moving.start()) && b.end().equals(moving.occupiedUntil())))
				.toList();
		}
		Instant now = clock.instant();
		BookingPolicy policy = service.policy();
		Instant earliest = staff ? now : now.plus(java.time.Duration.ofHours(policy.minimumNoticeHours()));
		Instant latest = staff ? null : now.plus(java.time.Duration.ofDays(policy.bookingHorizonDays()));
		return new AvailabilityRequest(zone, from, to, service.spec(),
				data.schedules(service.serviceId(), therapistId, from, to), data.rooms(), busy, earliest, latest,
				policy.slotStepMinutes(), therapistId == null);
	}

	public boolean therapistExists(long therapistId) {
		return data.therapistExists(therapistId);
	}

	/** The clinic's zone (UTC before setup). */
	public ZoneId zone() {
		return data.zone();
	}

	ServiceAndPolicy service(long serviceId, boolean staff) {
		ServiceAndPolicy service = data.service(serviceId)
			.orElseThrow(() -> ApiProblem.notFound(words.text("booking.problem.noService", String.valueOf(serviceId))));
		if (!service.active() || (!staff && !service.bookableOnline())) {
			throw ApiProblem.unprocessable(words.text("booking.problem.notOnline", service.name()));
		}
		return service;
	}

	private void check(Decision decision, String field) {
		if (!decision.allowed()) {
			throw ApiProblem.badRequest(field, reason(decision));
		}
	}

	/** Why a booking rule refused a time, in the words of the message bundle. */
	String reason(Decision decision) {
		return switch (decision.rule()) {
			case PAST -> words.text("booking.policy.past");
			case MINIMUM_NOTICE -> words.text("booking.policy.minimumNotice", decision.limit());
			case BOOKING_HORIZON -> words.text("booking.policy.bookingHorizon", decision.limit());
			case CANCELLATION_WINDOW -> words.text("booking.policy.cancellationWindow", decision.limit());
		};
	}

}
