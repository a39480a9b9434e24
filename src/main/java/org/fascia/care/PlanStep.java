package org.fascia.care;

/**
 * What a care plan should do next (CARE.md "Care plan defaults", OUTCOMES.md "Responder status"); the words are in
 * the bundle: care.step.*.
 */
public enum PlanStep {

	CONTINUE, WIDEN_INTERVAL, REVIEW, DISCHARGE_WITH_PREVENTION, STOP_AND_RESCREEN

}
