package org.fascia.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The intake definition is a FHIR-shaped Questionnaire holding every SCREENING.md intake code. */
class QuestionnairesTest {

	/** SCREENING.md "Intake answers read by screening", less the codes other tools supply (STarT Back, soreness). */
	static final Map<String, String> SCREENING_CODES = codes();

	private static Map<String, String> codes() {
		Map<String, String> c = new LinkedHashMap<>();
		String[][] table = { { "age", "int" }, { "sex", "female/male/other" }, { "pain_duration_days", "int" },
				{ "pain_onset_age", "int" }, { "pain_trend", "improving/stable/worsening" },
				{ "leg_pain", "none/one_leg/both_legs" }, { "leg_pain_below_knee", "bool" },
				{ "leg_pain_became_bilateral", "bool" }, { "leg_weakness", "none/one_leg/both_legs" },
				{ "weakness_progressing", "bool" }, { "gait_disturbance", "bool" }, { "bladder_change", "bool" },
				{ "bowel_incontinence", "bool" }, { "saddle_numbness", "bool" }, { "sexual_dysfunction_new", "bool" },
				{ "trauma", "none/minor/major" }, { "thoracic_pain", "bool" }, { "night_pain", "bool" },
				{ "constant_pain", "bool" }, { "pain_on_straining", "bool" }, { "sudden_severe_onset", "bool" },
				{ "abdominal_pain", "bool" }, { "faint_or_collapse", "bool" }, { "weight_loss_unexplained", "bool" },
				{ "fever", "bool" }, { "iv_drug_use", "bool" }, { "immunosuppressed", "bool" },
				{ "recent_infection", "bool" }, { "cancer", "none/past/active" }, { "smoker", "bool" },
				{ "hypertension", "none/controlled/uncontrolled" }, { "aortic_aneurysm_known", "bool" },
				{ "osteoporosis", "bool" }, { "long_term_steroids", "bool" }, { "dvt_signs", "bool" },
				{ "chest_symptoms", "bool" }, { "dvt_history_weeks", "int" }, { "anticoagulant", "bool" },
				{ "antiplatelet", "bool" }, { "bleeding_disorder", "bool" }, { "varicose_veins", "none/mild/severe" },
				{ "surgery_weeks_ago", "int" }, { "wound_or_skin_lesion", "bool" },
				{ "contagious_skin_condition", "bool" }, { "fracture_weeks_ago", "int" }, { "pregnant_weeks", "int" },
				{ "pregnancy_high_risk", "bool" }, { "pregnancy_warning_signs", "bool" },
				{ "peripheral_neuropathy", "bool" }, { "diabetes", "none/controlled/uncontrolled" },
				{ "acute_local_injury", "bool" }, { "wakes_second_half_night", "bool" }, { "buttock_pain", "bool" },
				{ "improves_with_movement", "bool" }, { "nsaid_relief_48h", "bool" }, { "family_spa", "bool" },
				{ "arthritis_enthesitis_psoriasis", "bool" } };
		for (String[] row : table) {
			c.put(row[0], row[1]);
		}
		return c;
	}

	static String resource(String path) {
		try (InputStream in = QuestionnairesTest.class.getResourceAsStream(path)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	static Questionnaire intake() {
		return Questionnaires.parse(resource("/questionnaires/intake-1.json"), "intake-1.json");
	}

	@Test
	void theRegistryLoadsTheIntakeAndCurrentIsTheHighestVersion() {
		Questionnaires registry = new Questionnaires(new String[] { "classpath*:questionnaires/*.json" });
		assertThat(registry.current().url()).isEqualTo(Questionnaires.INTAKE);
		assertThat(registry.current().version()).isEqualTo("1");

		Questionnaires two = new Questionnaires(
				new String[] { "classpath*:questionnaires/*.json", "classpath:intake-test/intake-2.json" });
		assertThat(two.current().version()).isEqualTo("2");
		assertThat(two.get(Questionnaires.INTAKE, "1").version()).isEqualTo("1");
		assertThat(Questionnaires.compareVersions("10", "9")).isPositive();
	}

	@Test
	void theFileIsFhirShaped() {
		JsonNode root = JsonMapper.builder().build().readTree(resource("/questionnaires/intake-1.json"));
		assertThat(root.get("resourceType").asString()).isEqualTo("Questionnaire");
		assertThat(root.get("url").asString()).isEqualTo("https://fascia.dev/fhir/Questionnaire/intake");
		assertThat(root.get("version").asString()).isEqualTo("1");
		assertThat(root.get("status").asString()).isEqualTo("active");
		assertThat(root.get("title").asString()).isNotBlank();
		Set<String> linkIds = new HashSet<>();
		List<JsonNode> all = new java.util.ArrayList<>();
		for (JsonNode group : root.get("item")) {
			assertThat(group.get("type").asString()).as(group.get("linkId").asString()).isEqualTo("group");
			all.add(group);
			group.get("item").forEach(all::add);
		}
		for (JsonNode item : all) {
			String linkId = item.get("linkId").asString();
			assertThat(linkIds.add(linkId)).as("unique linkId " + linkId).isTrue();
			assertThat(item.get("text").asString()).isNotBlank();
			if (item.get("type").asString().equals("choice")) {
				assertThat(item.get("answerOption")).as(linkId).isNotEmpty();
			}
			if (!item.get("type").asString().equals("group")) {
				assertThat(item.toString()).as(linkId + " has help").contains(Questionnaires.HELP);
			}
		}
		for (JsonNode item : all) {
			if (item.has("enableWhen")) {
				for (JsonNode when : item.get("enableWhen")) {
					assertThat(linkIds).as(item.get("linkId") + " enableWhen").contains(when.get("question").asString());
				}
			}
		}
		assertThat(root.get("item")).hasSizeGreaterThanOrEqualTo(11);
	}

	@Test
	void everyScreeningCodeAClientAnswersIsAnItemOfTheRightType() {
		Questionnaire intake = intake();
		SCREENING_CODES.forEach((code, type) -> {
			Questionnaire.Item item = intake.question(code).orElseThrow(() -> new AssertionError("missing item " + code));
			assertThat(item.screening()).as(code + " carries its screening code").isTrue();
			switch (type) {
				case "bool" -> assertThat(item.type()).as(code).isEqualTo(Questionnaire.Type.BOOLEAN);
				case "int" -> assertThat(item.type()).as(code).isEqualTo(Questionnaire.Type.INTEGER);
				default -> {
					assertThat(item.type()).as(code).isEqualTo(Questionnaire.Type.CHOICE);
					assertThat(item.options().stream().map(Questionnaire.Option::code).toList()).as(code)
						.containsExactly(type.split("/"));
				}
			}
		});
		assertThat(Questionnaires.screeningCodes(intake)).containsExactlyInAnyOrderElementsOf(SCREENING_CODES.keySet());
		assertThat(intake.question("startback_total")).isEmpty();
		assertThat(intake.question("soreness_hours_last_session")).isEmpty();
	}

	@Test
	void theNonScreeningDetailsAreAsked() {
		Questionnaire intake = intake();
		for (String linkId : List.of("first_name", "phone", "emergency_contact_name", "emergency_contact_phone",
				"emergency_contact_relationship", "gp_name", "gp_practice", "gp_phone", "medications", "goals",
				"pressure_preference")) {
			assertThat(intake.question(linkId)).as(linkId).isPresent();
		}
		assertThat(intake.question("pressure_preference").orElseThrow().options().stream()
			.map(Questionnaire.Option::code)).containsExactly("light", "medium", "firm", "unsure");
	}

	@Test
	void aMalformedDefinitionFailsFastNamingTheProblem() {
		String good = resource("/questionnaires/intake-1.json");
		assertThatThrownBy(() -> Questionnaires.parse(good.replace("\"Questionnaire\"", "\"Patient\""), "x.json"))
			.hasMessageContaining("x.json").hasMessageContaining("resourceType");
		assertThatThrownBy(() -> Questionnaires.parse(good.replace("\"linkId\": \"phone\"", "\"linkId\": \"age\""), "x.json"))
			.hasMessageContaining("age");
		assertThatThrownBy(() -> Questionnaires.parse(good.replace("\"question\": \"leg_pain\"", "\"question\": \"nope\""), "x.json"))
			.hasMessageContaining("nope");
		assertThatThrownBy(() -> Questionnaires.parse(good.replaceFirst("\"answerOption\": \\[", "\"answerOptionX\": ["), "x.json"))
			.hasMessageContaining("answerOption");
		assertThatThrownBy(() -> Questionnaires.parse("{not json", "x.json")).hasMessageContaining("x.json");
		assertThatThrownBy(() -> new Questionnaires(new String[] { "classpath*:no-such-dir/*.json" }))
			.hasMessageContaining("No questionnaire");
	}

}
