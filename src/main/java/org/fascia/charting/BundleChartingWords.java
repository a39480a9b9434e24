package org.fascia.charting;

import org.fascia.platform.Words;
import org.springframework.stereotype.Component;

/**
 * {@link ChartingWords} from the message bundle in the request's language, for templates that word a note, e.g.
 * {@code ${note.content().planText(@chartingWords)}}.
 */
@Component("chartingWords")
class BundleChartingWords implements ChartingWords {

	private final Words words;

	BundleChartingWords(Words words) {
		this.words = words;
	}

	@Override
	public String text(String key, Object... args) {
		return words.text(key, args);
	}

}
