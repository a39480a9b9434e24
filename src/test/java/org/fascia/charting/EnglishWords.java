package org.fascia.charting;

import java.util.Locale;

import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The English message bundle read the way the app reads it (Spring's message source over messages.properties), for
 * tests of the pure rules that take their words as an argument ({@link ChartingWords}).
 */
final class EnglishWords {

	private static final ResourceBundleMessageSource MESSAGES = messages();

	/** The words the app passes to the forms and the caution check (it passes {@code Words::text}). */
	static final ChartingWords WORDS = EnglishWords::text;

	private EnglishWords() {
	}

	static String text(String key, Object... args) {
		return MESSAGES.getMessage(key, args, Locale.ENGLISH);
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

}
