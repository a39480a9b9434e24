package org.fascia.booking;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.fascia.booking.AvailabilityRequest.Busy;
import org.fascia.booking.AvailabilityRequest.TherapistSchedule;
import org.fascia.booking.WorkingDay.Span;
import org.fascia.platform.Pure;

/**
 * Free slots for a service: a pure function of plain data, with no clock, no database and no Spring.
 * <p>
 * For each day and therapist, slots start every {@code slotStepMinutes} of wall-clock time from the
 * start of each working span (see {@link WorkingDay}); DST gaps and overlaps are handled as
 * {@link WallClock} describes. A slot runs {@code duration} of elapsed time and must end within its
 * span; it occupies its therapist and a room for {@code duration + buffer} (the buffer may run past
 * working hours), and neither may be busy then. The lowest free room id is chosen. With
 * {@code anyTherapist}, each start time gives one slot, with the free therapist who has the fewest
 * appointments starting that local day (ties: lowest id).
 * <p>
 * Busy time is indexed per therapist and per room ({@link Timeline}), so each check is a binary
 * search rather than a scan over every appointment.
 */
@Pure
public final class Availability {

	private static final Comparator<Candidate> BY_START_THEN_THERAPIST = Comparator.comparing(Candidate::start)
		.thenComparingLong(Candidate::therapistId);

	private static final Comparator<Candidate> BY_START_THEN_LOAD = Comparator.comparing(Candidate::start)
		.thenComparingInt(Candidate::dayLoad)
		.thenComparingLong(Candidate::therapistId);

	private final AvailabilityRequest request;

	private final WallClock clock;

	private final Duration duration;

	private final Duration buffer;

	private final Map<Long, Timeline> therapistBusy = new HashMap<>();

	private final long[] rooms;

	private final Timeline[] roomBusy;

	private Availability(AvailabilityRequest request) {
		this.request = request;
		this.clock = new WallClock(request.zone());
		this.duration = request.service().duration();
		this.buffer = request.service().buffer();
		this.rooms = request.roomIds().stream().mapToLong(Long::longValue).distinct().sorted().toArray();
		this.roomBusy = new Timeline[this.rooms.length];
		index();
	}

	/** Free slots sorted by start, then therapist id; see the class description for the rules. */
	public static List<Slot> freeSlots(AvailabilityRequest request) {
		Objects.requireNonNull(request, "request");
		Duration duration = request.service().duration();
		Duration buffer = request.service().buffer();
		if (duration == null || duration.isNegative() || duration.isZero()) {
			throw new IllegalArgumentException("A service must last longer than zero");
		}
		if (buffer == null || buffer.isNegative()) {
			throw new IllegalArgumentException("A service's buffer must be zero or more");
		}
		if (request.to().isBefore(request.from()) || request.roomIds().isEmpty()) {
			return List.of();
		}
		return new Availability(request).search();
	}

	/** Sorts the busy intervals that could touch the requested days into timelines. */
	private void index() {
		Instant windowStart = this.request.from().atStartOfDay(this.request.zone()).toInstant();
		Instant windowEnd = this.request.to()
			.plusDays(1)
			.atStartOfDay(this.request.zone())
			.toInstant()
			.plus(this.duration)
			.plus(this.buffer);
		Map<Long, List<Busy>> byTherapist = new HashMap<>();
		Map<Long, List<Busy>> byRoom = new HashMap<>();
		for (Busy busy : this.request.busy()) {
			if (busy.end().isAfter(windowStart) && busy.start().isBefore(windowEnd)) {
				byTherapist.computeIfAbsent(busy.therapistId(), (id) -> new ArrayList<>()).add(busy);
				byRoom.computeIfAbsent(busy.roomId(), (id) -> new ArrayList<>()).add(busy);
			}
		}
		byTherapist.forEach((id, busy) -> this.therapistBusy.put(id, Timeline.of(busy)));
		for (int i = 0; i < this.rooms.length; i++) {
			List<Busy> busy = byRoom.get(this.rooms[i]);
			this.roomBusy[i] = (busy != null) ? Timeline.of(busy) : Timeline.EMPTY;
		}
	}

	private List<Slot> search() {
		List<Candidate> candidates = new ArrayList<>();
		for (LocalDate day = this.request.from(); !day.isAfter(this.request.to()); day = day.plusDays(1)) {
			Instant dayStart = day.atStartOfDay(this.request.zone()).toInstant();
			Instant dayEnd = day.plusDays(1).atStartOfDay(this.request.zone()).toInstant();
			Set<Long> seen = new HashSet<>();
			for (TherapistSchedule therapist : this.request.therapists()) {
				if (!seen.add(therapist.therapistId())) {
					continue;
				}
				Timeline busy = this.therapistBusy.getOrDefault(therapist.therapistId(), Timeline.EMPTY);
				int dayLoad = busy.countStarting(dayStart, dayEnd);
				for (Span span : WorkingDay.of(therapist, day)) {
					addCandidates(therapist.therapistId(), dayLoad, span, busy, candidates);
				}
			}
		}
		candidates.sort(this.request.anyTherapist() ? BY_START_THEN_LOAD : BY_START_THEN_THERAPIST);
		return withRooms(candidates);
	}

	/** Every start in the span where the therapist is free, within notice and horizon. */
	private void addCandidates(long therapistId, int dayLoad, Span span, Timeline busy, List<Candidate> out) {
		Instant spanEnd = this.clock.end(span.end());
		Instant earliest = this.request.earliestStart();
		Instant latest = this.request.latestStart();
		int step = this.request.slotStepMinutes();
		for (LocalDateTime time = span.start(); time.isBefore(span.end()); time = time.plusMinutes(step)) {
			Instant start = this.clock.start(time);
			if (start == null || (earliest != null && start.isBefore(earliest))) {
				continue;
			}
			Instant end = start.plus(this.duration);
			if (end.isAfter(spanEnd) || (latest != null && start.isAfter(latest))) {
				break;
			}
			Instant occupiedUntil = end.plus(this.buffer);
			if (busy.isFree(start, occupiedUntil)) {
				out.add(new Candidate(therapistId, dayLoad, start, end, occupiedUntil));
			}
		}
	}

	/**
	 * Turns sorted candidates into slots with the lowest free room; a room's freedom depends only on
	 * the start, so it is looked up once per start. With anyTherapist, the first candidate of a start
	 * (the least-booked therapist) takes it.
	 */
	private List<Slot> withRooms(List<Candidate> candidates) {
		List<Slot> slots = new ArrayList<>();
		Instant start = null;
		long room = -1;
		boolean found = false;
		for (Candidate candidate : candidates) {
			if (candidate.start().equals(start)) {
				if (this.request.anyTherapist()) {
					continue;
				}
			}
			else {
				start = candidate.start();
				int index = freeRoom(candidate.start(), candidate.occupiedUntil());
				found = index >= 0;
				room = found ? this.rooms[index] : -1;
			}
			if (found) {
				slots.add(new Slot(candidate.start(), candidate.end(), candidate.therapistId(), room));
			}
		}
		return slots;
	}

	private int freeRoom(Instant from, Instant until) {
		for (int i = 0; i < this.rooms.length; i++) {
			if (this.roomBusy[i].isFree(from, until)) {
				return i;
			}
		}
		return -1;
	}

	/** A start where the therapist is free; dayLoad counts the therapist's appointments that day. */
	private record Candidate(long therapistId, int dayLoad, Instant start, Instant end, Instant occupiedUntil) {
	}

}
