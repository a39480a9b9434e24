package org.fascia.screening;

/**
 * Where words come from: {@code platform.Words::text} (the request's language) in the application, or
 * {@link EnglishBundle#text} where no request is at hand. Keys are written out at the call, so MessageBundlesTest
 * finds them.
 */
@FunctionalInterface
interface Texts {

	/** The text of a key; arguments fill {0}, {1}, … */
	String text(String key, Object... args);

}
