package org.fascia.booking;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.fascia.booking.AvailabilityRequest.Busy;
import org.fascia.platform.Pure;

/**
 * The busy time of one therapist or one room, sorted for binary search: the union of its busy
 * intervals as disjoint half-open intervals, and the start of every busy interval. Questions cost
 * O(log n) instead of a scan over every appointment.
 */
@Pure
final class Timeline {

	static final Timeline EMPTY = new Timeline(new Instant[0], new Instant[0], new Instant[0]);

	private final Instant[] starts;

	private final Instant[] ends;

	private final Instant[] appointmentStarts;

	private Timeline(Instant[] starts, Instant[] ends, Instant[] appointmentStarts) {
		this.starts = starts;
		this.ends = ends;
		this.appointmentStarts = appointmentStarts;
	}

	static Timeline of(List<Busy> busy) {
		Busy[] sorted = busy.stream()
			.filter((b) -> b.start().isBefore(b.end()))
			.sorted((a, b) -> a.start().compareTo(b.start()))
			.toArray(Busy[]::new);
		Instant[] starts = new Instant[sorted.length];
		Instant[] ends = new Instant[sorted.length];
		Instant[] appointmentStarts = new Instant[sorted.length];
		int n = 0;
		for (int i = 0; i < sorted.length; i++) {
			Busy b = sorted[i];
			appointmentStarts[i] = b.start();
			if (n > 0 && !b.start().isAfter(ends[n - 1])) {
				if (b.end().isAfter(ends[n - 1])) {
					ends[n - 1] = b.end();
				}
			}
			else {
				starts[n] = b.start();
				ends[n] = b.end();
				n++;
			}
		}
		return new Timeline(Arrays.copyOf(starts, n), Arrays.copyOf(ends, n), appointmentStarts);
	}

	/** Whether nothing busy overlaps [from, until); touching is not overlapping. */
	boolean isFree(Instant from, Instant until) {
		// The last interval starting before until has the latest end of all that do: intervals are disjoint.
		int last = countBefore(this.starts, until) - 1;
		return last < 0 || !this.ends[last].isAfter(from);
	}

	/** How many busy intervals start in [from, until). */
	int countStarting(Instant from, Instant until) {
		return countBefore(this.appointmentStarts, until) - countBefore(this.appointmentStarts, from);
	}

	/** How many of the sorted instants are before the given one. */
	private static int countBefore(Instant[] sorted, Instant instant) {
		int low = 0;
		int high = sorted.length;
		while (low < high) {
			int mid = (low + high) >>> 1;
			if (sorted[mid].isBefore(instant)) {
				low = mid + 1;
			}
			else {
				high = mid;
			}
		}
		return low;
	}

}
