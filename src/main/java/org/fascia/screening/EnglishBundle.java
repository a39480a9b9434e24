package org.fascia.screening;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The default message bundle ({@code messages.properties}, English) read without Spring: for the words that a few
 * static methods still give to callers without the request's words (the records module's client record calls
 * {@link Screenings#label(Decision)}, {@link ScreeningKind#label()}, {@link Clearance.Status#label()} and
 * {@link TreatmentGate#decide(java.util.Optional, java.util.Collection, org.fascia.clinic.ServiceKind,
 * java.time.LocalDate)}) and for exception messages of pure code. Pages, mails and the API take their words from
 * {@code platform.Words} instead. It formats as Spring's message source does: a message with arguments goes through
 * MessageFormat, one without is given as it is.
 */
final class EnglishBundle {

	private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("messages", Locale.ROOT,
			EnglishBundle.class.getClassLoader(),
			ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

	private EnglishBundle() {
	}

	static String text(String key, Object... args) {
		String message = BUNDLE.getString(key);
		return args == null || args.length == 0 ? message : new MessageFormat(message, Locale.ENGLISH).format(args);
	}

}
