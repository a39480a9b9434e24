package org.fascia.care;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.fascia.care.RecommendationRequest.Duration;
import org.fascia.care.RecommendationRequest.Experience;
import org.fascia.care.RecommendationRequest.Goal;
import org.fascia.care.RecommendationRequest.Pressure;
import org.fascia.care.RecommendationRequest.Sensitivity;
import org.fascia.platform.Pure;

/**
 * "Which massage will work best": the rules of CARE.md as a pure function. Preference, tolerance and
 * cautions choose the approach, never a claim that one approach is superior (Cherkin 2011). Cautions
 * always win. Which approaches a clinic offers is not configurable yet (a later step).
 */
@Pure
public final class Recommender {

	/** Caution codes this function understands; other screening cautions pass through without effect. */
	public static final Set<String> LIGHT_ONLY = Set.of("NO_DEEP_PRESSURE", "LIGHT_PRESSURE_ONLY");
	public static final String MODERATE_MAX = "MODERATE_PRESSURE_MAX";
	public static final String NO_LUMBAR = "NO_AGGRESSIVE_LUMBAR_PRESSURE";

	public static final String EVIDENCE_NOTE = "For long-lasting low back pain, firmer \"structural\" massage "
			+ "(deep tissue, myofascial) and relaxation (Swedish) massage gave similar benefit in a large trial, "
			+ "lasting at least 6 months (Cherkin 2011), so we choose by what you prefer and tolerate, not because "
			+ "one kind is better. The evidence for massage is of low quality overall and supports a short-term "
			+ "benefit (Cochrane 2015); for pain lasting more than 12 weeks, massage works best alongside "
			+ "exercise you do yourself (NICE NG59).";

	public static final List<String> SOURCES = List.of(
			"Cherkin DC et al. A comparison of the effects of 2 types of massage and usual care on chronic low back pain. Ann Intern Med 2011;155:1-9.",
			"Furlan AD et al. Massage for low-back pain. Cochrane Database Syst Rev 2015;(9):CD001929.",
			"NICE NG59. Low back pain and sciatica in over 16s: assessment and management (2016, updated 2020).",
			"Qaseem A et al. Noninvasive treatments for acute, subacute, and chronic low back pain. ACP guideline. Ann Intern Med 2017;166:514-530.");

	private Recommender() {
	}

	public static Recommendation recommend(RecommendationRequest in) {
		List<String> reasons = new ArrayList<>();
		boolean lightOnly = in.cautions().stream().anyMatch(LIGHT_ONLY::contains);
		Set<Approach> allowed = allowed(in.cautions());

		Approach first = byGoal(in, reasons);
		Approach choice = first;
		if (choice.deep() && in.sensitivity() == Sensitivity.HIGH) {
			choice = Approach.MYOFASCIAL_RELEASE;
			reasons.add("You said you are sensitive to pressure or bruise easily, so slow, gentle myofascial work suits you better than deep pressure.");
		}
		if (choice.deep() && in.experience() == Experience.NONE) {
			choice = Approach.MYOFASCIAL_RELEASE;
			reasons.add("As this is your first massage, we start with steady, moderate work and build up only if it feels right.");
		}
		if (choice.deep() && in.duration() == Duration.ACUTE) {
			choice = Approach.MYOFASCIAL_RELEASE;
			reasons.add("Your pain is recent (under 6 weeks); gentler work is usually better tolerated while it settles.");
		}
		if (!allowed.contains(choice)) {
			Approach safer = in.goal() == Goal.RELAXATION || !allowed.contains(Approach.MYOFASCIAL_RELEASE)
					? Approach.SWEDISH : Approach.MYOFASCIAL_RELEASE;
			if (!allowed.contains(safer)) {
				safer = Approach.SWEDISH;
			}
			reasons.add(lightOnly
					? "Your health check asks for gentle pressure only, so we recommend " + safer.label().toLowerCase()
							+ " work whatever the preference; it still helps."
					: "Your health check asks for moderate pressure at most, so no deep tissue work.");
			choice = safer;
		}
		if (choice != first) {
			// the goal reason named an approach we no longer recommend: restate the wish in plain words only
			reasons.set(0, wish(in));
		}
		if (lightOnly && choice == Approach.MYOFASCIAL_RELEASE) {
			reasons.add("Myofascial work will stay gentle and slow, within light pressure.");
		}
		if (in.cautions().contains(NO_LUMBAR)) {
			reasons.add("No strong pressure on the lower back: your therapist stays within what feels comfortable there.");
		}
		if (in.duration() == Duration.CHRONIC) {
			reasons.add("Your pain has lasted more than 12 weeks, so your plan also includes simple exercises to do at home; massage works best together with them (NICE NG59).");
		}
		else if (in.duration() == Duration.SUBACUTE) {
			reasons.add("Your pain has lasted 6 to 12 weeks; massage is one of the recommended non-drug options, and keeping active helps (ACP 2017).");
		}
		else {
			reasons.add("Recent back pain often improves most in the first 6 weeks; massage can help and keeping active helps too (ACP 2017).");
		}

		List<Recommendation.Alternative> alternatives = new ArrayList<>();
		for (Approach a : List.of(Approach.SWEDISH, Approach.MYOFASCIAL_RELEASE, Approach.ASSISTED_STRETCHING,
				Approach.DEEP_TISSUE, Approach.TRIGGER_POINT)) {
			if (a == choice || !allowed.contains(a) || alternatives.size() == 2) {
				continue;
			}
			if (a.deep() && (in.sensitivity() == Sensitivity.HIGH || in.pressurePreference() == Pressure.LIGHT)) {
				continue;
			}
			alternatives.add(new Recommendation.Alternative(a, why(a)));
		}

		List<String> wouldChange = new ArrayList<>();
		wouldChange.add("A change in your health or new symptoms: we re-check your health answers first.");
		if (!lightOnly) {
			wouldChange.add("If the pressure feels too much during or after the session (soreness longer than a day and a half), we make the next session gentler.");
		}
		if (in.duration() != Duration.CHRONIC) {
			wouldChange.add("If the pain lasts beyond 12 weeks, the plan adds a home exercise program.");
		}
		wouldChange.add("A different goal or pressure preference: the choice follows what you prefer and tolerate.");
		return new Recommendation(choice, reasons, alternatives, wouldChange, EVIDENCE_NOTE, SOURCES);
	}

	/**
	 * The approaches these screening cautions allow: gentle ones only with NO_DEEP_PRESSURE or
	 * LIGHT_PRESSURE_ONLY, no deep tissue with MODERATE_PRESSURE_MAX, all of them otherwise.
	 */
	public static Set<Approach> allowed(List<String> cautions) {
		if (cautions.stream().anyMatch(LIGHT_ONLY::contains)) {
			return EnumSet.of(Approach.SWEDISH, Approach.MYOFASCIAL_RELEASE);
		}
		Set<Approach> allowed = EnumSet.allOf(Approach.class);
		if (cautions.contains(MODERATE_MAX)) {
			allowed.remove(Approach.DEEP_TISSUE);
		}
		return allowed;
	}

	/** The caution codes that rule this approach out (empty when the cautions allow it), in the order given. */
	public static List<String> refusedBy(Approach approach, List<String> cautions) {
		if (allowed(cautions).contains(approach)) {
			return List.of();
		}
		List<String> codes = cautions.stream().filter(LIGHT_ONLY::contains).toList();
		return codes.isEmpty() ? List.of(MODERATE_MAX) : codes;
	}

	private static Approach byGoal(RecommendationRequest in, List<String> reasons) {
		Pressure p = in.pressurePreference();
		switch (in.goal()) {
			case RELAXATION -> {
				reasons.add("You want to relax: Swedish massage uses long, flowing strokes and helps as much as firmer styles for back pain.");
				return Approach.SWEDISH;
			}
			case MOBILITY -> {
				if (p == Pressure.FIRM) {
					reasons.add("You want to move more freely and like firm pressure: myofascial release works slowly into tight tissue.");
					return Approach.MYOFASCIAL_RELEASE;
				}
				reasons.add("You want to move more freely: assisted stretching takes your hips and back gently through their range.");
				return Approach.ASSISTED_STRETCHING;
			}
			case RETURN_TO_ACTIVITY -> {
				if (p == Pressure.FIRM) {
					reasons.add("You want to get back to an activity and like firm pressure: trigger-point work targets the knots that hold you back, within your comfort.");
					return Approach.TRIGGER_POINT;
				}
				reasons.add("You want to get back to an activity: assisted stretching restores range for the movements you need.");
				return Approach.ASSISTED_STRETCHING;
			}
			default -> {
				if (p == Pressure.FIRM) {
					reasons.add("You want relief from tension and like firm pressure: deep tissue work, always within your comfort (no \"no pain, no gain\").");
					return Approach.DEEP_TISSUE;
				}
				if (p == Pressure.MEDIUM) {
					reasons.add("You want relief from tension with medium pressure: myofascial release eases tight tissue steadily.");
					return Approach.MYOFASCIAL_RELEASE;
				}
				reasons.add("You want relief from tension and prefer light pressure: Swedish massage relaxes the muscles gently.");
				return Approach.SWEDISH;
			}
		}
	}

	private static String wish(RecommendationRequest in) {
		String goal = switch (in.goal()) {
			case RELIEF -> "relief from tension";
			case MOBILITY -> "to move more freely";
			case RELAXATION -> "to relax";
			case RETURN_TO_ACTIVITY -> "to get back to an activity";
		};
		return "You want " + goal + " and prefer " + in.pressurePreference().name().toLowerCase() + " pressure.";
	}

	private static String why(Approach a) {
		return switch (a) {
			case SWEDISH -> "Relaxing and gentle; gave similar benefit to firmer massage for long-lasting back pain.";
			case MYOFASCIAL_RELEASE -> "Slow, sustained work on tight tissue; can be kept gentle or firmer.";
			case ASSISTED_STRETCHING -> "Helps you move more freely; you take part actively.";
			case DEEP_TISSUE -> "Firmer, slower pressure on deeper layers, always within your comfort.";
			case TRIGGER_POINT -> "Focused pressure on specific knots, if you like firm, targeted work.";
		};
	}
}
