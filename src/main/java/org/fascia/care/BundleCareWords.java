package org.fascia.care;

import org.fascia.platform.Words;
import org.springframework.stereotype.Component;

/**
 * {@link CareWords} from the message bundle in the request's language, for templates that word a care record, e.g.
 * {@code ${plan.frequency(@careWords)}}.
 */
@Component("careWords")
class BundleCareWords implements CareWords {

	private final Words words;

	BundleCareWords(Words words) {
		this.words = words;
	}

	@Override
	public String text(String key, Object... args) {
		return words.text(key, args);
	}

}
