package org.fascia.outcomes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fascia.platform.Pure;

import tools.jackson.databind.JsonNode;

/**
 * Checks that a Questionnaire-shaped JSON definition is one Fascia can score: {@code resourceType} Questionnaire,
 * {@code name} a known instrument code, and exactly the items the scoring expects (same linkIds, same types, the
 * same answer codes for a choice), each with a text. Every problem is named by its JSON path, e.g.
 * {@code item[4].type}.
 */
@Pure
final class QuestionnaireShape {

	private QuestionnaireShape() {
	}

	/** The definition, or the problems by path (never both). */
	record Checked(InstrumentDefinition definition, Map<String, String> errors) {
	}

	static Checked check(JsonNode json, boolean withText) {
		Map<String, String> errors = new LinkedHashMap<>();
		if (json == null || !json.isObject()) {
			errors.put("resourceType", "Send a FHIR Questionnaire as a JSON object.");
			return new Checked(null, errors);
		}
		if (!"Questionnaire".equals(text(json, "resourceType"))) {
			errors.put("resourceType", "The resourceType must be \"Questionnaire\".");
		}
		String code = text(json, "name");
		Instrument instrument = Instrument.of(code).orElse(null);
		if (instrument == null) {
			errors.put("name", "The name must be an instrument code Fascia scores: NPRS, PEG, PSFS, RMDQ, ODI or STARTBACK"
					+ (code == null ? "." : "; \"" + abbreviate(code) + "\" is not one."));
			return new Checked(null, errors);
		}
		String title = text(json, "title");
		if (title == null || title.isBlank()) {
			errors.put("title", "The title is missing.");
		}
		JsonNode items = json.get("item");
		if (items == null || !items.isArray()) {
			errors.put("item", "The items are missing.");
			return new Checked(null, errors);
		}
		List<InstrumentDefinition.DefinedItem> defined = new ArrayList<>();
		Map<String, Instrument.Item> expected = new LinkedHashMap<>();
		instrument.items().forEach(item -> expected.put(item.linkId(), item));
		for (int i = 0; i < items.size(); i++) {
			JsonNode item = items.get(i);
			String path = "item[" + i + "]";
			String linkId = text(item, "linkId");
			Instrument.Item want = linkId == null ? null : expected.remove(linkId);
			if (want == null) {
				errors.put(path + ".linkId", (linkId == null ? "An item has no linkId"
						: "\"" + abbreviate(linkId) + "\" is not an item of " + instrument.name() + " (or comes twice)") + ".");
				continue;
			}
			String type = text(item, "type");
			if (!want.type().equals(type)) {
				errors.put(path + ".type", "Item " + linkId + " must be of type " + want.type() + ".");
			}
			String itemText = text(item, "text");
			if (withText && (itemText == null || itemText.isBlank())) {
				errors.put(path + ".text", "Item " + linkId + " has no text.");
			}
			List<String> codes = codes(item.get("answerOption"));
			if (!want.codes().equals(codes)) {
				errors.put(path + ".answerOption", want.codes().isEmpty() ? "Item " + linkId + " takes no answer options."
						: "Item " + linkId + " must offer exactly the codes " + String.join(", ", want.codes()) + ", in order.");
			}
			defined.add(new InstrumentDefinition.DefinedItem(linkId, want.type(), itemText == null ? "" : itemText, codes));
		}
		if (!expected.isEmpty()) {
			errors.put("item", instrument.name() + " is missing the items " + String.join(", ", expected.keySet()) + ".");
		}
		if (!errors.isEmpty()) {
			return new Checked(null, errors);
		}
		String version = text(json, "version");
		String url = text(json, "url");
		return new Checked(new InstrumentDefinition(instrument, url == null || url.isBlank() ? null : url, title,
				version == null ? "" : version, List.copyOf(defined), withText), Map.of());
	}

	private static List<String> codes(JsonNode options) {
		List<String> codes = new ArrayList<>();
		if (options != null && options.isArray()) {
			for (JsonNode option : options) {
				JsonNode coding = option.get("valueCoding");
				codes.add(coding == null ? String.valueOf(text(option, "valueString")) : String.valueOf(text(coding, "code")));
			}
		}
		return codes;
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = node == null ? null : node.get(field);
		return value != null && value.isString() ? value.asString() : null;
	}

	private static String abbreviate(String value) {
		return value.length() > 40 ? value.substring(0, 40) + "…" : value;
	}

}
