package org.fascia.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The built-in definition files: every one loads and has exactly the scoring's items; NPRS, PEG and PSFS carry
 * their text; the licensed ones only placeholders ("Item 5", "Section 3"); a malformed file stops the start; an
 * import is checked item by item.
 */
class InstrumentDefinitionsTest {

	@ParameterizedTest
	@EnumSource(Instrument.class)
	void everyBuiltInFileLoadsWithTheScoringsItems(Instrument instrument) {
		InstrumentDefinition definition = InstrumentRegistry.load().get(instrument);
		assertThat(definition.instrument()).isEqualTo(instrument);
		assertThat(definition.items()).extracting(InstrumentDefinition.DefinedItem::linkId)
			.containsExactlyElementsOf(instrument.items().stream().map(Instrument.Item::linkId).toList());
		assertThat(definition.withText()).isEqualTo(instrument.shipsText());
	}

	@ParameterizedTest
	@EnumSource(value = Instrument.class, names = { "RMDQ", "ODI", "STARTBACK" })
	void licensedInstrumentsShipNoItemText(Instrument instrument) {
		InstrumentRegistry.load().get(instrument).items()
			.forEach(item -> assertThat(item.text()).matches("(Item|Section) \\d+"));
	}

	@ParameterizedTest
	@EnumSource(value = Instrument.class, names = { "NPRS", "PEG", "PSFS" })
	void builtInsWithTextHaveRealWording(Instrument instrument) {
		InstrumentRegistry.load().get(instrument).items()
			.forEach(item -> assertThat(item.text()).hasSizeGreaterThan(15).doesNotMatch("(Item|Section) \\d+"));
	}

	@Test
	void psfsDefinesTheActivityNamesBesideTheRatings() {
		assertThat(InstrumentRegistry.load().get(Instrument.PSFS).items())
			.extracting(InstrumentDefinition.DefinedItem::linkId, InstrumentDefinition.DefinedItem::type)
			.contains(org.assertj.core.groups.Tuple.tuple("activity1_name", "string"),
					org.assertj.core.groups.Tuple.tuple("activity3", "integer"));
	}

	@Test
	void aMalformedFileStopsTheStart() {
		assertThatThrownBy(() -> InstrumentRegistry.parse("/instruments/odi.json", Instrument.ODI, "{not json", false))
			.isInstanceOf(IllegalStateException.class).hasMessageContaining("odi.json").hasMessageContaining("not valid JSON");
		assertThatThrownBy(() -> InstrumentRegistry.parse("/instruments/odi.json", Instrument.ODI,
				"{\"resourceType\":\"Questionnaire\",\"name\":\"ODI\",\"title\":\"x\",\"item\":[]}", false))
			.isInstanceOf(IllegalStateException.class).hasMessageContaining("missing the items s1, s2");
		assertThatThrownBy(() -> InstrumentRegistry.parse("/instruments/odi.json", Instrument.ODI, file("nprs.json"), false))
			.isInstanceOf(IllegalStateException.class).hasMessageContaining("not ODI");
	}

	@Test
	void anImportWithTheRightItemsAndTextIsAccepted() {
		ObjectNode odi = withText(file("odi.json"));
		QuestionnaireShape.Checked checked = QuestionnaireShape.check(odi, true);
		assertThat(checked.errors()).isEmpty();
		assertThat(checked.definition().withText()).isTrue();
	}

	@Test
	void anImportIsRefusedNamingEachProblem() {
		ObjectNode odi = withText(file("odi.json"));
		((ObjectNode) odi.get("item").get(3)).put("type", "string");
		((ObjectNode) odi.get("item").get(5)).put("text", " ");
		((tools.jackson.databind.node.ArrayNode) odi.get("item")).remove(9);
		Map<String, String> errors = QuestionnaireShape.check(odi, true).errors();
		assertThat(errors).containsOnlyKeys("item[3].type", "item[5].text", "item");
		assertThat(errors.get("item")).contains("s10");
	}

	@Test
	void anImportOfAnUnknownCodeOrAWrongChoiceIsRefused() {
		ObjectNode unknown = withText(file("odi.json"));
		unknown.put("name", "PROMIS");
		assertThat(QuestionnaireShape.check(unknown, true).errors()).containsOnlyKeys("name");
		ObjectNode startBack = withText(file("startback.json"));
		((tools.jackson.databind.node.ArrayNode) startBack.get("item").get(8).get("answerOption")).remove(4);
		assertThat(QuestionnaireShape.check(startBack, true).errors()).containsOnlyKeys("item[8].answerOption");
	}

	/** A definition with made-up wording, as a clinic's file would carry the real one. */
	static ObjectNode withText(String json) {
		ObjectNode tree = (ObjectNode) InstrumentRegistry.JSON.readTree(json);
		for (JsonNode item : tree.get("item")) {
			((ObjectNode) item).put("text", "Test wording of " + item.get("linkId").asString());
		}
		return tree;
	}

	static String file(String name) {
		try (InputStream in = InstrumentDefinitionsTest.class.getResourceAsStream("/instruments/" + name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
