package org.fascia.charting;

/**
 * Where charting's pure rules (the note and treatment-log forms, the caution check) get their words: a message key
 * with its arguments, as in messages.properties (issue 7, requirement 7). The Spring callers pass their
 * {@code Words} ({@code words::text}), so these classes stay plain Java; numbers arrive as strings.
 */
@FunctionalInterface
public interface ChartingWords {

	/** The text of {@code key} with {@code args} filling {0}, {1}, … */
	String text(String key, Object... args);

}
