package org.fascia.care;

/** The massage approaches Fascia can recommend (a clinic choosing which it offers is a later step). */
public enum Approach {
	DEEP_TISSUE("Deep tissue"), SWEDISH("Swedish (relaxation)"), MYOFASCIAL_RELEASE("Myofascial release"),
	TRIGGER_POINT("Trigger-point work"), ASSISTED_STRETCHING("Assisted stretching");

	private final String label;

	Approach(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** Deep or focused firm pressure: never with NO_DEEP_PRESSURE / LIGHT_PRESSURE_ONLY. */
	boolean deep() {
		return this == DEEP_TISSUE || this == TRIGGER_POINT;
	}
}
