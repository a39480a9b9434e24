package org.fascia.outcomes;

/**
 * Answers that cannot be scored: {@code item} names the linkId that is missing, out of range or of the wrong
 * type (null when the whole response is at fault, e.g. an ODI with fewer than 8 sections answered).
 */
public class ScoringError extends IllegalArgumentException {

	private static final long serialVersionUID = 1L;

	private final String item;

	ScoringError(String item, String message) {
		super(message);
		this.item = item;
	}

	/** The linkId at fault, or null when the response as a whole cannot be scored. */
	public String item() {
		return item;
	}

}
