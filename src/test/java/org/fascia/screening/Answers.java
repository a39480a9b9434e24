package org.fascia.screening;

import java.util.LinkedHashMap;
import java.util.Map;

/** Answer maps in tests: {@code Answers.of("age", 55, "night_pain", true)}. */
final class Answers {

	/** The rules of the real file, parsed once for every pure test. */
	static final ScreeningRules RULES = RuleFile.load();

	static final ScreeningEngine ENGINE = new ScreeningEngine(RULES);

	private Answers() {
	}

	static Map<String, Object> of(Object... codesAndValues) {
		if (codesAndValues.length % 2 != 0) {
			throw new IllegalArgumentException("codes and values come in pairs");
		}
		Map<String, Object> answers = new LinkedHashMap<>();
		for (int i = 0; i < codesAndValues.length; i += 2) {
			answers.put((String) codesAndValues[i], codesAndValues[i + 1]);
		}
		return answers;
	}

	static ScreeningResult evaluate(Object... codesAndValues) {
		return ENGINE.evaluate(of(codesAndValues));
	}

	static boolean fired(ScreeningResult result, String ruleId) {
		return result.findings().stream().anyMatch(finding -> finding.rule().equals(ruleId));
	}

}
