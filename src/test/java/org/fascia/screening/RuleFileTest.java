package org.fascia.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The rule file loads, and a malformed one stops the application at start-up, naming the place. */
class RuleFileTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void theRuleFileLoads() {
		ScreeningRules rules = new RuleFile().rules();
		assertThat(rules.version()).isNotBlank();
		assertThat(rules.rules()).hasSizeGreaterThanOrEqualTo(39);
		assertThat(rules.schema().codes()).hasSize(60).contains("age", "bladder_change", "soreness_hours_last_session");
		assertThat(rules.cautionTexts()).containsKeys("SAFETY_NET", "CES_SAFETY_NET", "AVOID_AREA");
	}

	@Test
	void anUnknownAnswerCodeInAConditionIsRefused() {
		assertRefused(file -> rule(file, 0).set("condition", JSON.readTree("{\"yes\":\"bladder_changes\"}")),
				"rules[0] \"cauda-equina\".condition.yes: unknown answer code \"bladder_changes\"");
		assertRefused(file -> rule(file, 0).set("condition",
				JSON.readTree("{\"any\":[{\"yes\":\"fever\"},{\"all\":[{\"gt\":[\"agee\",3]}]}]}")),
				"condition.any[1].all[0].gt: unknown answer code \"agee\"");
	}

	@Test
	void anUnknownCautionCodeIsRefused() {
		assertRefused(file -> ((ArrayNode) rule(file, 20).get("cautions")).add("NO_DEEP_PRESURE"),
				"unknown caution code \"NO_DEEP_PRESURE\"");
	}

	@Test
	void anUnknownDecisionOrAdviceIsRefused() {
		assertRefused(file -> rule(file, 0).put("decision", "EMERGENCY"), "unknown Decision \"EMERGENCY\"");
		assertRefused(file -> rule(file, 0).put("referralAdvice", "SOON"), "unknown ReferralAdvice \"SOON\"");
		assertRefused(file -> rule(file, 0).put("referralAdvice", "URGENT"),
				"a rule deciding EMERGENCY_REFERRAL advises EMERGENCY, not URGENT");
	}

	@Test
	void malformedConditionsAreRefused() {
		assertRefused(file -> rule(file, 0).set("condition", JSON.readTree("{\"eq\":[\"leg_pain\",\"both\"]}")),
				"\"both\" is not a choice of \"leg_pain\"");
		assertRefused(file -> rule(file, 0).set("condition", JSON.readTree("{\"yes\":\"age\"}")),
				"\"age\" is int, this operator needs bool");
		assertRefused(file -> rule(file, 0).set("condition", JSON.readTree("{\"lt\":[\"fever\",3]}")),
				"\"fever\" is bool, this operator needs int");
		assertRefused(file -> rule(file, 0).set("condition", JSON.readTree("{\"not\":{\"yes\":\"fever\"}}")),
				"unknown operator \"not\"");
		assertRefused(file -> rule(file, 0).set("condition", JSON.readTree("{\"yes\":\"fever\",\"present\":\"age\"}")),
				"exactly one operator");
		assertRefused(file -> rule(file, 0).set("condition", JSON.readTree("{\"any\":[]}")), "non-empty array");
		assertRefused(file -> rule(file, 0).set("condition", JSON.readTree("{\"count\":\"red-flags\",\"min\":2}")),
				"unknown list \"red-flags\"");
		assertRefused(file -> rule(file, 0).set("condition", JSON.readTree("{\"count\":[{\"yes\":\"fever\"}],\"min\":2}")),
				"cannot count 2 of 1");
		assertRefused(file -> rule(file, 0).set("condition", JSON.readTree("{\"gte\":[\"age\",4.5]}")),
				"expected a whole number");
	}

	@Test
	void aTypoInARuleOrADuplicateIdIsRefused() {
		assertRefused(file -> rule(file, 1).set("clinicalReveiw", JSON.readTree("true")), "unknown key \"clinicalReveiw\"");
		assertRefused(file -> rule(file, 1).put("id", "cauda-equina"), "the rule id \"cauda-equina\" is used twice");
		assertRefused(file -> rule(file, 1).put("id", "Cauda_Equina"), "not kebab-case");
		assertRefused(file -> rule(file, 1).remove("source"), "\"source\" is missing");
		assertRefused(file -> rule(file, 1).put("plain", " "), "\"plain\" must be a non-blank text");
	}

	@Test
	void theSchemaAndTheCautionsAreChecked() {
		assertRefused(file -> ((ObjectNode) file.get("answers")).set("mood", JSON.readTree("{\"type\":\"text\"}")),
				"answers.mood: unknown type \"text\"");
		assertRefused(file -> ((ObjectNode) file.get("answers")).set("mood", JSON.readTree("{\"type\":\"int\"}")),
				"an int needs a range");
		assertRefused(file -> ((ObjectNode) file.get("cautions")).put("NEVER_USED", "A caution nobody adds."),
				"cautions without a rule that adds them: [NEVER_USED]");
		assertRefused(file -> file.put("version", ""), "\"version\" must be a non-blank text");
		assertThatThrownBy(() -> RuleFile.parse("{\"version\":\"1\",\"version\":\"2\"}"))
			.isInstanceOf(RuleFile.Malformed.class).hasMessageContaining("not valid JSON");
	}

	private static ObjectNode rule(ObjectNode file, int index) {
		return (ObjectNode) file.get("rules").get(index);
	}

	private static void assertRefused(Consumer<ObjectNode> change, String message) {
		ObjectNode file = original();
		change.accept(file);
		assertThatThrownBy(() -> RuleFile.parse(JSON.writeValueAsString(file))).isInstanceOf(RuleFile.Malformed.class)
			.hasMessageContaining(message);
	}

	private static ObjectNode original() {
		try (InputStream in = RuleFile.class.getResourceAsStream(RuleFile.LOCATION)) {
			return (ObjectNode) JSON.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new AssertionError(ex);
		}
	}

}
