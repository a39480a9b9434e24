package org.fascia.benchmark;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.fascia.booking.Availability;
import org.fascia.booking.AvailabilityRequest;
import org.fascia.booking.AvailabilityRequest.Busy;
import org.fascia.booking.AvailabilityRequest.ServiceSpec;
import org.fascia.booking.Slot;

/**
 * Free slots that the booking benchmark's clients can all book, in any order and at the same time,
 * without one booking ever taking what another needs: so a 409 can only mean a lost race.
 * <p>
 * One call of {@link Availability#freeSlots} per therapist (not "any therapist", which offers each
 * start time to one therapist only) over the generated clinic, which is exactly what the database
 * holds; then, in order of start, a slot is kept when its therapist has no kept slot overlapping it,
 * and when rooms cannot run out: the server gives a booking the lowest room free at that moment, so
 * whatever the order, a kept slot finds a room as long as the rooms taken by existing appointments
 * during it plus the kept slots overlapping it are fewer than the rooms.
 */
final class BookableSlots {

	private BookableSlots() {
	}

	/** At most {@code wanted} slots of {@code service}, starting on {@code from} for {@code days} days. */
	static List<Slot> select(BenchmarkClinic clinic, ServiceSpec service, LocalDate from, int days, Instant now,
			int wanted) {
		AvailabilityRequest request = new AvailabilityRequest(clinic.zone(), from, from.plusDays(days - 1L), service,
				clinic.therapists(), clinic.roomIds(), clinic.busy(), now, null, 15, false);
		List<Busy> busy = clinic.busy();
		int rooms = clinic.roomIds().size();
		Map<Long, Instant> therapistFreeFrom = new HashMap<>();
		List<Kept> running = new ArrayList<>();
		List<Slot> kept = new ArrayList<>();
		for (Slot slot : Availability.freeSlots(request)) {
			if (kept.size() == wanted) {
				break;
			}
			Instant start = slot.start();
			Instant until = slot.end().plus(service.buffer());
			Instant free = therapistFreeFrom.get(slot.therapistId());
			if (free != null && start.isBefore(free)) {
				continue;
			}
			running.removeIf((other) -> !other.until().isAfter(start));
			// Slots come sorted by start, so the kept ones still running are exactly those overlapping this one.
			int spare = rooms - roomsTaken(busy, start, until) - running.size() - 1;
			if (spare < 0 || running.stream().anyMatch((other) -> other.spare()[0] < 1)) {
				continue;
			}
			running.forEach((other) -> other.spare()[0]--);
			running.add(new Kept(until, new int[] { spare }));
			therapistFreeFrom.put(slot.therapistId(), until);
			kept.add(slot);
		}
		return kept;
	}

	/** Rooms that existing appointments occupy at some time in [start, until). */
	private static int roomsTaken(List<Busy> busy, Instant start, Instant until) {
		Set<Long> rooms = new HashSet<>();
		for (Busy b : busy) {
			if (b.start().isBefore(until) && b.end().isAfter(start)) {
				rooms.add(b.roomId());
			}
		}
		return rooms.size();
	}

	/** A kept slot still running, and how many more overlapping slots it can take before rooms could run out. */
	private record Kept(Instant until, int[] spare) {
	}

}
