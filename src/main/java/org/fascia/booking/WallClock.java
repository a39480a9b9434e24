package org.fascia.booking;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;

import org.fascia.platform.Pure;

/**
 * The clinic's wall-clock times as instants, the way {@link Availability} reads them across
 * daylight-saving changes.
 * <ul>
 * <li>A slot start that does not exist (in a spring-forward gap) has no instant: no slot.</li>
 * <li>A slot start that occurs twice (in a fall-back overlap) takes the earlier offset, so it gives
 * one slot, at its first occurrence.</li>
 * <li>The end of working time follows {@link java.time.ZonedDateTime#of}: in a gap it moves forward
 * by the length of the gap (01:30 on a day that skips 01:00–02:00 ends at 02:30 new time, one hour
 * after 00:30); in an overlap it takes the earlier offset, like a start.</li>
 * </ul>
 */
@Pure
final class WallClock {

	private final ZoneRules rules;

	WallClock(ZoneId zone) {
		this.rules = zone.getRules();
	}

	/** The instant a slot starting at this wall-clock time starts; null when the time does not exist. */
	Instant start(LocalDateTime time) {
		ZoneOffsetTransition transition = this.rules.getTransition(time);
		if (transition == null) {
			return time.toInstant(this.rules.getOffset(time));
		}
		return transition.isGap() ? null : time.toInstant(transition.getOffsetBefore());
	}

	/** The instant working time that ends at this wall-clock time ends. */
	Instant end(LocalDateTime time) {
		ZoneOffsetTransition transition = this.rules.getTransition(time);
		if (transition == null) {
			return time.toInstant(this.rules.getOffset(time));
		}
		// Gap: the offset before the change is the same instant as ZonedDateTime.of's shifted time.
		// Overlap: the offset before the change is the earlier one.
		return time.toInstant(transition.getOffsetBefore());
	}

}
