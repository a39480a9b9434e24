package org.fascia.care;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.fascia.care.RecommendationRequest.Experience;
import org.fascia.care.RecommendationRequest.Goal;
import org.fascia.care.RecommendationRequest.Pressure;
import org.fascia.care.RecommendationRequest.Sensitivity;
import org.junit.jupiter.api.Test;

/**
 * The care pages print enum values through keys built from the value's name ({@code #{'care.approach.' + ...}}),
 * which MessageBundlesTest cannot see: every value has its English text here, and the approaches' labels Java
 * still uses (the API, the recommendation's reasons, the dashboard rows) say the same as the pages. The plan steps and
 * self-care categories have their words only in the bundle.
 */
class CareWordsTest {

	static Properties english() {
		return org.fascia.support.EnglishBundle.load();
	}

	@Test
	void enumLabelsAndTheirPageWordsAgree() throws IOException {
		Properties english = english();
		for (Approach a : Approach.values()) {
			assertThat(english.getProperty("care.approach." + a.name())).as(a.name()).isEqualTo(a.label());
		}
		for (SelfCareCategory c : SelfCareCategory.values()) {
			assertThat(english.getProperty("care.category." + c.name())).as(c.name()).isNotBlank();
		}
		for (PlanStep s : PlanStep.values()) {
			assertThat(english.getProperty("care.step." + s.name())).as(s.name()).isNotBlank();
		}
	}

	@Test
	void everyConsultationAnswerHasItsWords() throws IOException {
		Properties english = english();
		Set<String> missing = new TreeSet<>();
		for (Goal g : Goal.values()) {
			check(english, missing, "care.consultation.goal." + g.name(), "care.consultation.goalText." + g.name());
		}
		for (Pressure p : Pressure.values()) {
			check(english, missing, "care.consultation.pressure." + p.name(),
					"care.consultation.history.pressure." + p.name());
		}
		for (Experience e : Experience.values()) {
			check(english, missing, "care.consultation.experience." + e.name(),
					"care.consultation.experienceText." + e.name());
		}
		for (Sensitivity s : Sensitivity.values()) {
			check(english, missing, "care.consultation.sensitivity." + s.name(),
					"care.consultation.sensitivityText." + s.name());
		}
		assertThat(missing).as("keys without an English text").isEmpty();
	}

	private static void check(Properties english, Set<String> missing, String... keys) {
		for (String key : keys) {
			if (english.getProperty(key, "").isBlank()) {
				missing.add(key);
			}
		}
	}

}
