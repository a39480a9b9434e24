package org.fascia.platform;

import org.springframework.context.MessageSource;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.stereotype.Component;

/**
 * Words built in Java for a page (a flash message, an error shown beside a form, a caption) come from the message
 * bundles like the templates' words do (issue 7, requirement 7), in the request's language. Call it as
 * {@code words.text("portal.cancelled")} with the key written out, so MessageBundlesTest finds the key.
 */
@Component
public class Words {

	private final MessageSourceAccessor messages;

	Words(MessageSource messages) {
		this.messages = new MessageSourceAccessor(messages);
	}

	/** The text of a key in the current request's language; arguments fill {0}, {1}, … */
	public String text(String key, Object... args) {
		return messages.getMessage(key, args);
	}

}
