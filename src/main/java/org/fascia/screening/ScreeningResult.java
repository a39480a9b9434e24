package org.fascia.screening;

import java.util.List;

/**
 * The outcome of evaluating every screening rule: the most restrictive decision that fired, the
 * referral advice, all cautions (each code once) and every finding.
 */
public record ScreeningResult(Decision decision, ReferralAdvice referralAdvice, List<Caution> cautions,
		List<Finding> findings) {

	public ScreeningResult {
		cautions = List.copyOf(cautions);
		findings = List.copyOf(findings);
	}

}
