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
 */
public record ClientScreeningView(Decision decision, Instant screenedAt, List<String> reasons, List<String> adaptations,
		List<String> goodToKnow, List<String> gpAdvice, boolean clearanceOnRecord, boolean letterAvailable,
		String emergencyNumber) {

	/** Caution codes that are advice for the client rather than something the therapist does. */
	private static final Set<String> ADVICE = Set.of("CES_SAFETY_NET", "SAFETY_NET",
			"WITH_EXERCISE_AND_PSYCHOLOGICAL_SUPPORT");

	/** Each caution told to the client; a code not listed here is shown with its own text. */
	private static final Map<String, String> CLIENT_WORDS = Map.ofEntries(
			Map.entry("NO_DEEP_PRESSURE", "Your therapist will keep the massage gentle, without deep pressure."),
			Map.entry("LIGHT_PRESSURE_ONLY", "Your therapist will use light pressure."),
			Map.entry("MODERATE_PRESSURE_MAX", "Your therapist will keep pressure moderate, without deep work."),
			Map.entry("WATCH_BRUISING", "Your therapist will keep an eye on your skin and ease off where it marks easily."),
			Map.entry("AVOID_AFFECTED_LIMB", "Your therapist will leave out the arm or leg where the clot was."),
			Map.entry("AVOID_TUMOUR_AND_PORT_SITES",
					"Your therapist will keep away from any area being treated, a port or line, a drain, and skin that has had radiotherapy."),
			Map.entry("GENTLE_PRESSURE_SPINE_RIBS", "Your therapist will use gentle pressure over your spine and ribs."),
			Map.entry("POSITIONING_SUPPORT",
					"Your therapist will use pillows and supports to keep you comfortable, and help you on and off the table."),
			Map.entry("NO_SPINAL_MANIPULATION",
					"Your therapist will not use spinal manipulation or forceful joint techniques."),
			Map.entry("NO_AGGRESSIVE_LUMBAR_PRESSURE",
					"Your therapist will keep pressure on your lower back within what feels comfortable."),
			Map.entry("SIDE_LYING",
					"Your therapist will have you lie on your side with pillows for support, rather than face down or flat on your back for long."),
			Map.entry("NO_DEEP_WORK_LEGS_ABDOMEN", "Your therapist will keep the work on your legs and tummy light."),
			Map.entry("LIGHT_PRESSURE_HANDS_FEET",
					"Your therapist will use light pressure on your hands and feet and check often that it feels comfortable."),
			Map.entry("CHECK_SKIN",
					"Your therapist will look after your skin, especially on your feet, before and after the session."),
			Map.entry("AVOID_VEINS_AND_DISTAL",
					"Your therapist will not massage over the varicose veins or the part of the leg below them."),
			Map.entry("NO_DEEP_WORK_ON_VEINS", "Your therapist will use only light strokes over varicose veins."),
			Map.entry("AVOID_AREA", "Your therapist will leave out the injured, healing or broken-skin area."),
			Map.entry("AVOID_INCISION", "Your therapist will keep away from your surgery scar and the area around it."),
			Map.entry("CHECK_CALVES", "Your therapist will ask how your calves feel before each session."),
			Map.entry("MONITOR_BP_RESPONSE",
					"Your therapist will check how you feel during and after the session, and let you get up slowly."),
			Map.entry("REDUCE_INTENSITY",
					"Your therapist will use less pressure than last time, as the soreness lasted longer than usual."),
			Map.entry("CES_SAFETY_NET",
					"If bladder or bowel control changes, the area between your legs feels numb, or pain or weakness spreads to both legs, get medical help straight away at an emergency department."),
			Map.entry("SAFETY_NET",
					"If your back pain is not better within 4 weeks, or pain at night or weight loss you cannot explain appear, please see your GP."),
			Map.entry("WITH_EXERCISE_AND_PSYCHOLOGICAL_SUPPORT",
					"Massage works best together with exercise and support for coping with pain; your GP can help arrange this."));

	public ClientScreeningView {
		reasons = List.copyOf(reasons);
		adaptations = List.copyOf(adaptations);
		goodToKnow = List.copyOf(goodToKnow);
		gpAdvice = List.copyOf(gpAdvice);
	}

	/** No screening yet. */
	public static ClientScreeningView none(String emergencyNumber) {
		return new ClientScreeningView(null, null, List.of(), List.of(), List.of(), List.of(), false, false,
				emergencyNumber);
	}

	/**
	 * The client's view of a stored result.
	 * @param ruleAdvice the referral advice of each rule id (from the rule data); findings of rules asking
	 *        for a routine GP visit while massage goes ahead become {@link #gpAdvice}
	 * @param clearanceOnRecord whether clearances valid today cover every rule asking for one
	 */
	public static ClientScreeningView of(ScreeningResult result, Instant screenedAt,
			Map<String, ReferralAdvice> ruleAdvice, boolean clearanceOnRecord, String emergencyNumber) {
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
			String words = CLIENT_WORDS.getOrDefault(caution.code(), caution.text());
			(ADVICE.contains(caution.code()) ? goodToKnow : adaptations).add(words);
		}
		return new ClientScreeningView(decision, screenedAt, List.copyOf(reasons), adaptations, goodToKnow,
				List.copyOf(gp), decision == Decision.NEEDS_CLEARANCE && clearanceOnRecord,
				!Screenings.rulesNeedingClearance(result).isEmpty(), emergencyNumber);
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

	/** The calm one-line summary for the portal's start page. */
	public String statusLine() {
		if (decision == null) {
			return "We don't have your health questions yet. Please answer them before your first treatment.";
		}
		return switch (decision) {
			case PROCEED -> "Your health answers are in, and your massage can go ahead as planned.";
			case PROCEED_WITH_CAUTIONS ->
				"Your health answers are in. Your massage can go ahead, and your therapist will adapt it to suit you.";
			case NEEDS_CLEARANCE -> clearanceOnRecord
					? "Your doctor's note is on record, so treatments can be booked."
					: "Before a treatment we need a short note from your doctor. We have a letter ready for you to take.";
			case URGENT_REFERRAL ->
				"Please see a doctor today or within the next few days, before any treatment.";
			case EMERGENCY_REFERRAL -> "Please get medical help now.";
		};
	}

}
