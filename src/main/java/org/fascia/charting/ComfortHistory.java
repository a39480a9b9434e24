package org.fascia.charting;

import java.util.List;

import org.fascia.platform.Pure;

/**
 * What the top of the next session's note shows from earlier logs: every "too much" entry as a plain line
 * (region, technique, pressure used and the pressure it was reduced to), most recent first as given.
 */
@Pure
public final class ComfortHistory {

	private ComfortHistory() {
	}

	public static List<String> tooMuchLines(List<TreatmentEntry> earlierEntries) {
		return earlierEntries.stream()
			.filter(TreatmentEntry::pressureReduced)
			.map((e) -> e.region().plainName() + ": " + e.technique().plainName() + " at pressure " + e.pressure()
					+ " was too much" + ((e.reducedPressure() != null) ? ", reduced to " + e.reducedPressure() : ""))
			.distinct()
			.toList();
	}

}
