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

	/** A decision in words for staff. */
	public static String label(Decision decision) {
		return switch (decision) {
			case PROCEED -> "Proceed";
			case PROCEED_WITH_CAUTIONS -> "Proceed with cautions";
			case NEEDS_CLEARANCE -> "Needs a physician's clearance";
			case URGENT_REFERRAL -> "Urgent referral";
			case EMERGENCY_REFERRAL -> "Emergency referral";
		};
	}

	/** What a decision means for treatment, in one sentence for staff. */
	public static String meaning(Decision decision) {
		return switch (decision) {
			case PROCEED -> "No finding: treatment can go ahead.";
			case PROCEED_WITH_CAUTIONS -> "Treatment can go ahead within the cautions below.";
			case NEEDS_CLEARANCE -> "Treatment only after written clearance from the client's physician; consultations stay bookable.";
			case URGENT_REFERRAL -> "The client needs a medical assessment (same day to within days) before any treatment; consultations stay bookable.";
			case EMERGENCY_REFERRAL -> "Possible emergency: the client should go to an emergency department or call emergency services now. Nothing is bookable.";
		};
	}

	/** Referral advice in words for staff. */
	public static String label(ReferralAdvice advice) {
		return switch (advice) {
			case NONE -> "No referral";
			case ROUTINE_GP -> "See their GP (routine)";
			case URGENT -> "Medical assessment within days (urgent)";
			case EMERGENCY -> "Emergency department now";
		};
	}

}
