package org.fascia.screening;

import java.util.List;

/**
 * One rule of the rule data.
 *
 * @param id kebab-case id, e.g. {@code cauda-equina}
 * @param title clinical words, for staff and the physician's letter
 * @param decision what the rule asks for when it fires
 * @param referralAdvice how fast a medical professional should be seen when it fires
 * @param cautions caution codes it adds, in the order written
 * @param condition when it fires
 * @param source where it comes from
 * @param plain the reason in plain words for the client, no diagnosis
 * @param clinicalReview whether the evidence is weak and the rule is marked for clinical review
 */
record Rule(String id, String title, Decision decision, ReferralAdvice referralAdvice, List<String> cautions,
		Condition condition, String source, String plain, boolean clinicalReview) {

	Rule {
		cautions = List.copyOf(cautions);
	}

	/** The decision the rule contributes when it fires: a rule with cautions is at least PROCEED_WITH_CAUTIONS. */
	Decision effectiveDecision() {
		return cautions.isEmpty() ? decision : decision.max(Decision.PROCEED_WITH_CAUTIONS);
	}

	Finding finding() {
		return new Finding(id, title, effectiveDecision(), source, plain, clinicalReview);
	}

}
