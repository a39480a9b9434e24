package org.fascia.charting;

/** Techniques of the treatment log (issue 5, requirement 5). */
public enum Technique {

	DEEP_TISSUE("Deep tissue"), SWEDISH("Swedish"), MYOFASCIAL_RELEASE("Myofascial release"),
	TRIGGER_POINT("Trigger point"), STRETCHING("Stretching");

	private final String plainName;

	Technique(String plainName) {
		this.plainName = plainName;
	}

	public String plainName() {
		return this.plainName;
	}

}
