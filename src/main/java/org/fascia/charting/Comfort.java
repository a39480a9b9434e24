package org.fascia.charting;

/** The client's comfort during the work; {@link #TOO_MUCH} means the therapist reduced the pressure. */
public enum Comfort {

	COMFORTABLE("Comfortable"), INTENSE_BUT_OK("Intense but OK"), TOO_MUCH("Too much, pressure reduced");

	private final String plainName;

	Comfort(String plainName) {
		this.plainName = plainName;
	}

	public String plainName() {
		return this.plainName;
	}

}
