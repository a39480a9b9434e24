package org.fascia.outcomes;

import java.util.List;

/**
 * One instrument's definition as read from its FHIR Questionnaire-shaped file: title, version, the items with their
 * text, and whether that text is the real wording ({@code withText}: the built-ins that may ship it, or a clinic's
 * import) or only placeholders ("Item 5") for the licensed ones. {@code url} is the Questionnaire's canonical URL
 * (null when the file has none: an import may leave it out).
 */
public record InstrumentDefinition(Instrument instrument, String url, String title, String version,
		List<DefinedItem> items, boolean withText) {

	/** An item: its linkId, FHIR type, the text shown, and the answer codes of a choice. */
	public record DefinedItem(String linkId, String type, String text, List<String> codes) {
	}

}
