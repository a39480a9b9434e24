package org.fascia.platform;

import org.springframework.context.MessageSource;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;

/**
 * Words built in Java for a page (a flash message, an error shown beside a form, a caption) come from the message
 * bundles like the templates' words do (issue 7, requirement 7), in the request's language. Call it as
 * {@code words.text("portal.cancelled")} with the key written out, so MessageBundlesTest finds the key.
 */
@Component
public class Words implements Texts {

	private final MessageSourceAccessor messages;

	Words(MessageSource messages) {
		this.messages = new MessageSourceAccessor(messages);
	}

	/**
	 * The same bundle for the few platform classes no Spring bean builds ({@link ApiProblem}, {@link UploadedImages},
	 * {@link PersonalData}'s rows) and for unit tests of plain code, read as Boot reads it (spring.messages.* in
	 * application.properties): base name {@code messages}, UTF-8, no guessing from the server's locale. Spring beans
	 * take the injected Words.
	 */
	public static Words standalone() {
		return Standalone.WORDS;
	}

	private static final class Standalone {

		static final Words WORDS = new Words(source());

		private static MessageSource source() {
			ResourceBundleMessageSource source = new ResourceBundleMessageSource();
			source.setBasename("messages");
			source.setDefaultEncoding("UTF-8");
			source.setFallbackToSystemLocale(false);
			return source;
		}

	}

	/** The text of a key in the current request's language; arguments fill {0}, {1}, … */
	@Override
	public String text(String key, Object... args) {
		return messages.getMessage(key, args);
	}

}
