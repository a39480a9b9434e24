package org.fascia.screening;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.fascia.platform.Pure;

/**
 * A client's current screening as the client reads it: plain words only, never a diagnosis, cautions
 * told as how the therapist will adapt the massage. Built from the stored result by {@link #of}.
 *
 * @param decision the current decision, or null when the client has not been screened yet
 * @param screenedAt when the answers it rests on were screened, or null
 * @param reasons the plain words of the findings behind the decision (for a referral or a clearance)
 * @param adaptations how the therapist will adapt the massage, one sentence each
 * @param goodToKnow calm advice for the client to keep in mind (safety nets)
 * @param gpAdvice findings worth mentioning to the GP, in plain words, while massage goes ahead
 * @param clearanceOnRecord for NEEDS_CLEARANCE: a valid clearance covers everything today
 * @param letterAvailable whether there is a letter for the doctor to download
 * @param emergencyNumber the number to call, or {@link EmergencyNumbers#UNKNOWN}'s words
 * @param statusLine the calm one-line summary for the portal's start page
 */
public record ClientScreeningView(Decision decision, Instant screenedAt, List<String> reasons, List<String> adaptations,
		List<String> goodToKnow, List<String> gpAdvice, boolean clearanceOnRecord, boolean letterAvailable,
		String emergencyNumber, String statusLine) {

	/** Caution codes that are advice for the client rather than something the therapist does. */
	private static final Set<String> ADVICE = Set.of("CES_SAFETY_NET", "SAFETY_NET",
			"WITH_EXERCISE_AND_PSYCHOLOGICAL_SUPPORT");

	/**
	 * The client's words of a view, from the message bundle ({@link ClientScreenings} reads them through
	 * platform.Words).
	 */
	public interface ClientWords {

		/**
		 * How the therapist adapts the massage for a caution code (or the advice it is), or null when the code has
		 * no words for the client, and the caution's own text is shown.
		 */
		String caution(String code);

		/** The calm one-line summary; decision null before the first screening. */
		String status(Decision decision, boolean clearanceOnRecord);

	}

	public ClientScreeningView {
		reasons = List.copyOf(reasons);
		adaptations = List.copyOf(adaptations);
		goodToKnow = List.copyOf(goodToKnow);
		gpAdvice = List.copyOf(gpAdvice);
	}

	/** No screening yet. */
	public static ClientScreeningView none(String emergencyNumber, ClientWords words) {
		return new ClientScreeningView(null, null, List.of(), List.of(), List.of(), List.of(), false, false,
				emergencyNumber, words.status(null, false));
	}

	/**
	 * The client's view of a stored result.
	 * @param ruleAdvice the referral advice of each rule id (from the rule data); findings of rules asking
	 *        for a routine GP visit while massage goes ahead become {@link #gpAdvice}
	 * @param clearanceOnRecord whether clearances valid today cover every rule asking for one
	 * @param words the client's words for the cautions and the status line
	 */
	public static ClientScreeningView of(ScreeningResult result, Instant screenedAt,
			Map<String, ReferralAdvice> ruleAdvice, boolean clearanceOnRecord, String emergencyNumber,
			ClientWords words) {
		Decision decision = result.decision();
		Set<String> reasons = new LinkedHashSet<>();
		Set<String> gp = new LinkedHashSet<>();
		for (Finding finding : result.findings()) {
			if (finding.plain() == null || finding.plain().isBlank()) {
				continue;
			}
			if (finding.decision() == decision && decision.isMoreRestrictiveThan(Decision.PROCEED_WITH_CAUTIONS)) {
				reasons.add(finding.plain());
			}
			if (!finding.decision().isMoreRestrictiveThan(Decision.PROCEED_WITH_CAUTIONS)
					&& ruleAdvice.getOrDefault(finding.rule(), ReferralAdvice.NONE) == ReferralAdvice.ROUTINE_GP) {
				gp.add(finding.plain());
			}
		}
		List<String> adaptations = new ArrayList<>();
		List<String> goodToKnow = new ArrayList<>();
		for (Caution caution : result.cautions()) {
			String told = words.caution(caution.code());
			(ADVICE.contains(caution.code()) ? goodToKnow : adaptations).add(told != null ? told : caution.text());
		}
		boolean cleared = decision == Decision.NEEDS_CLEARANCE && clearanceOnRecord;
		return new ClientScreeningView(decision, screenedAt, List.copyOf(reasons), adaptations, goodToKnow,
				List.copyOf(gp), cleared, !Screenings.rulesNeedingClearance(result).isEmpty(), emergencyNumber,
				words.status(decision, cleared));
	}

	public boolean screened() {
		return decision != null;
	}

	public boolean emergency() {
		return decision == Decision.EMERGENCY_REFERRAL;
	}

	public boolean urgent() {
		return decision == Decision.URGENT_REFERRAL;
	}

	public boolean needsClearance() {
		return decision == Decision.NEEDS_CLEARANCE;
	}

	/** PROCEED or PROCEED_WITH_CAUTIONS: treatment goes ahead. */
	public boolean proceed() {
		return decision != null && !decision.isMoreRestrictiveThan(Decision.PROCEED_WITH_CAUTIONS);
	}

	/** Whether {@link #emergencyNumber} is a number to dial (else it is words). */
	public boolean dialable() {
		return EmergencyNumbers.dialable(emergencyNumber);
	}

}
