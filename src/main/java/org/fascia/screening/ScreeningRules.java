package org.fascia.screening;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parsed rule data: its version, the answer schema, the caution texts (in the order cautions
 * are listed in a result) and the rules (in the order findings are listed).
 */
record ScreeningRules(String version, AnswerSchema schema, Map<String, String> cautionTexts, List<Rule> rules) {

	ScreeningRules {
		cautionTexts = Collections.unmodifiableMap(new LinkedHashMap<>(cautionTexts));
		rules = List.copyOf(rules);
	}

	Rule rule(String id) {
		return rules.stream().filter(rule -> rule.id().equals(id)).findFirst().orElse(null);
	}

}
