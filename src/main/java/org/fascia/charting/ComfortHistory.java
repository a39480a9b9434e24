package org.fascia.charting;

import java.util.List;

import org.fascia.platform.Pure;

/**
 * What the top of the next session's note shows from earlier logs: every "too much" entry once (region,
 * technique, pressure used and the pressure it was reduced to), most recent first as given. The page words the
 * line ({@code templates/charting/treatment-log.html :: tooMuchLine}).
 */
@Pure
public final class ComfortHistory {

	private ComfortHistory() {
	}

	public static List<TreatmentEntry> tooMuch(List<TreatmentEntry> earlierEntries) {
		return earlierEntries.stream().filter(TreatmentEntry::pressureReduced).distinct().toList();
	}

}
