package org.fascia.care;

/**
 * Where care's pure rules and records (the plan and consultation forms, the self-care conflicts, the MCID shares, a
 * plan's frequency, adherence counts) get their words: a message key with its arguments, as in messages.properties
 * (issue 7, requirement 7). Spring code passes {@code words::text}; templates pass the bean {@code @careWords}
 * ({@link BundleCareWords}); these classes stay plain Java. Numbers arrive as strings.
 */
@FunctionalInterface
public interface CareWords {

	/** The text of {@code key} with {@code args} filling {0}, {1}, … */
	String text(String key, Object... args);

}
