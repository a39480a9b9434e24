package org.fascia.charting;

import java.time.Instant;

/** A stored line of the treatment log, with who recorded it and when. */
public record LoggedEntry(long id, long appointmentId, BodyRegion region, Technique technique, int pressure,
		Comfort comfort, Integer reducedPressure, long recordedBy, String recordedByName, Instant recordedAt) {

	public TreatmentEntry entry() {
		return new TreatmentEntry(region, technique, pressure, comfort, reducedPressure);
	}

}
