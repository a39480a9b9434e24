package org.fascia.screening;

/** What a stored screening was evaluated from. */
public enum ScreeningKind {

	/** The full health-history intake. */
	INTAKE,

	/** The changed items of "has anything about your health changed since your last visit?". */
	HEALTH_CHANGE,

	/** Symptom answers from a session follow-up. */
	FOLLOW_UP,

	/** Answers sent through the JSON API. */
	API;

	/** In words, for the pages. */
	public String label() {
		return switch (this) {
			case INTAKE -> "Intake";
			case HEALTH_CHANGE -> "Health change";
			case FOLLOW_UP -> "Follow-up";
			case API -> "API";
		};
	}

}
