package org.fascia.care;

/** What a care plan should do next (CARE.md "Care plan defaults", OUTCOMES.md "Responder status"). */
public enum PlanStep {

	CONTINUE("Continue the plan"), WIDEN_INTERVAL("Widen the interval"), REVIEW("Review the plan"),
	DISCHARGE_WITH_PREVENTION("Discharge with a prevention program"), STOP_AND_RESCREEN("Stop and re-screen");

	private final String label;

	PlanStep(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
