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

	/**
	 * In words, from the default bundle (English, {@code screening.kind.*}): for the records module's client record.
	 * This module's pages choose the words from the bundle by value, in the request's language.
	 */
	public String label() {
		return ScreeningWords.ENGLISH.kind(this);
	}

}
