package org.fascia.screening;

import java.util.List;

import org.fascia.platform.Pure;

/** Words and small facts about screening results, shared by the gate, the pages and the letter. */
@Pure
public final class Screenings {

	private Screenings() {
	}

	/** The rule ids of the NEEDS_CLEARANCE findings, each once, in the order they fired. */
	public static List<String> rulesNeedingClearance(ScreeningResult result) {
		return result.findings()
			.stream()
			.filter(finding -> finding.decision() == Decision.NEEDS_CLEARANCE)
			.map(Finding::rule)
			.distinct()
			.toList();
	}

	/**
	 * A decision in words for staff, from the default bundle (English, {@code screening.decision.*}): for the records
	 * module's client record, which has no words of its own for it yet. This module's pages choose the words from the
	 * bundle by value, in the request's language.
	 */
	public static String label(Decision decision) {
		return ScreeningWords.ENGLISH.decision(decision);
	}

	/**
	 * What a decision means for treatment, in one sentence for staff ({@code screening.meaning.*}; as
	 * {@link #label(Decision)}).
	 */
	public static String meaning(Decision decision) {
		return ScreeningWords.ENGLISH.meaning(decision);
	}

	/** Referral advice in words for staff ({@code screening.advice.*}; as {@link #label(Decision)}). */
	public static String label(ReferralAdvice advice) {
		return ScreeningWords.ENGLISH.advice(advice);
	}

}
