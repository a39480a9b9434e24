package org.fascia.intake;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The intake module's words in English for pure tests, read from {@code messages.properties} as the application's
 * message source does: a message with arguments goes through MessageFormat, one without is given as it is.
 */
final class EnglishWords {

	private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("messages", Locale.ROOT,
			ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

	static final IntakeWords WORDS = new IntakeWords(EnglishWords::text);

	private EnglishWords() {
	}

	static String text(String key, Object... args) {
		String message = BUNDLE.getString(key);
		return args.length == 0 ? message : new MessageFormat(message, Locale.ENGLISH).format(args);
	}

}
