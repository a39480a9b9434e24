package org.fascia.outcomes;

/**
 * When a questionnaire is asked (OUTCOMES.md, "Schedule"): the baseline at intake, the NPRS before each visit,
 * the baseline set again at weeks 4-6 ({@code REVIEW}) and week 10 of a plan, and at discharge.
 */
public enum OutcomeRound {

	BASELINE("Your starting point", "before your first treatment"),
	VISIT("Before your visit", "how your back is today, before treatment"),
	REVIEW("Progress check", "weeks 4 to 6 of your care plan"),
	WEEK_10("Progress check", "week 10 of your care plan"),
	DISCHARGE("End of your care plan", "where you are now that your plan ends");

	private final String title;

	private final String when;

	OutcomeRound(String title, String when) {
		this.title = title;
		this.when = when;
	}

	/** What the client sees as the questionnaire's heading, e.g. "Progress check". */
	public String title() {
		return title;
	}

	/** When, in the client's words: "weeks 4 to 6 of your care plan". */
	public String when() {
		return when;
	}

	/** The rounds that ask the full baseline set (all but the visit's NPRS). */
	public boolean fullSet() {
		return this != VISIT;
	}

}
