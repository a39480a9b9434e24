package org.fascia.outcomes;

/**
 * Where an outcome chart's words come from: a message key with its arguments, as in messages.properties (issue 7,
 * requirement 7). The app passes its {@code Words} ({@code words::text}), so the pure chart code stays plain Java
 * and says what the bundle says; numbers arrive already formatted, as strings.
 */
@FunctionalInterface
public interface ChartWords {

	/** The text of {@code key} with {@code args} filling {0}, {1}, … */
	String text(String key, Object... args);

}
