package org.fascia.outcomes;

/**
 * When a questionnaire is asked (OUTCOMES.md, "Schedule"): the baseline at intake, the NPRS before each visit,
 * the baseline set again at weeks 4-6 ({@code REVIEW}) and week 10 of a plan, and at discharge. What the client
 * reads as its heading and when it is asked are in the message bundle: {@code outcomes.round.<ROUND>.title} and
 * {@code outcomes.round.<ROUND>.when}.
 */
public enum OutcomeRound {

	BASELINE, VISIT, REVIEW, WEEK_10, DISCHARGE;

	/** The rounds that ask the full baseline set (all but the visit's NPRS). */
	public boolean fullSet() {
		return this != VISIT;
	}

}
