package org.fascia.charting;

/**
 * One line of the treatment and comfort log: region, technique, pressure 1 (very light) … 5 (very firm),
 * the client's comfort, and, when the comfort was {@link Comfort#TOO_MUCH}, the pressure it was reduced to.
 */
public record TreatmentEntry(BodyRegion region, Technique technique, int pressure, Comfort comfort,
		Integer reducedPressure) {

	public boolean pressureReduced() {
		return this.comfort == Comfort.TOO_MUCH;
	}

}
