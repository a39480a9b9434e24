package org.fascia.platform;

/**
 * Where plain Java code (pure rules, records, chart renderers) gets its words: a message key with its arguments, as
 * in messages.properties (issue 7, requirement 7). The application passes {@link Words} (it implements this), a
 * template passes the bean {@code @words}, a unit test {@link Words#standalone()}; the code stays free of Spring.
 * Write the key out at the call ({@code texts.text("care.plan.weekly")}) and pass numbers as strings.
 */
@FunctionalInterface
public interface Texts {

	/** The text of {@code key} with {@code args} filling {0}, {1}, … */
	String text(String key, Object... args);

}
