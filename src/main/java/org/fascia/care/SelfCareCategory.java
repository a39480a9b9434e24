package org.fascia.care;

/** What kind of self-care an item is. */
public enum SelfCareCategory {

	STRETCH("Stretch"), MOBILITY("Mobility"), STRENGTH("Strength"), HEAT("Heat"), ERGONOMICS("Ergonomics"),
	STRESS_MANAGEMENT("Stress management"), ACTIVITY("Activity");

	private final String label;

	SelfCareCategory(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
