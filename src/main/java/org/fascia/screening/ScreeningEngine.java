package org.fascia.screening;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.fascia.platform.Pure;

/**
 * Evaluates every rule over a client's typed answers: the result is the most restrictive decision of
 * the rules that fired (PROCEED when none did), the most urgent referral advice, every caution once
 * (in the order of the rule data's caution list) and one finding per fired rule (in rule order).
 */
@Pure
final class ScreeningEngine {

	private final ScreeningRules rules;

	ScreeningEngine(ScreeningRules rules) {
		this.rules = rules;
	}

	ScreeningRules rules() {
		return rules;
	}

	/**
	 * @param answers typed answers (Integer, Boolean, String) by code; absent or null means "no" or
	 *        unknown
	 * @throws IllegalArgumentException when an answer has an unknown code, the wrong type or is out
	 *         of range (parse raw answers first)
	 */
	ScreeningResult evaluate(Map<String, ?> answers) {
		// a programming error, told in the default bundle's words
		AnswerSchema.Reading reading = rules.schema().read(answers, "", ScreeningWords.ENGLISH);
		if (!reading.valid()) {
			throw new IllegalArgumentException("Invalid screening answers: " + reading.errors());
		}
		Map<String, Object> typed = reading.answers();
		Decision decision = Decision.PROCEED;
		ReferralAdvice advice = ReferralAdvice.NONE;
		Set<String> cautionCodes = new HashSet<>();
		List<Finding> findings = new ArrayList<>();
		for (Rule rule : rules.rules()) {
			if (rule.condition().test(typed)) {
				decision = decision.max(rule.effectiveDecision());
				advice = advice.max(rule.referralAdvice());
				cautionCodes.addAll(rule.cautions());
				findings.add(rule.finding());
			}
		}
		List<Caution> cautions = new ArrayList<>();
		rules.cautionTexts().forEach((code, text) -> {
			if (cautionCodes.contains(code)) {
				cautions.add(new Caution(code, text));
			}
		});
		return new ScreeningResult(decision, advice, cautions, findings);
	}

}
