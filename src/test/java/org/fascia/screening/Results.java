package org.fascia.screening;

import java.util.List;

/** Screening results built by hand (the engine is tested on its own). */
final class Results {

	static final Finding ANTICOAGULANT = new Finding("anticoagulant-or-bleeding", "Anticoagulant therapy or bleeding disorder",
			Decision.NEEDS_CLEARANCE, "Walton, Medical Conditions and Massage Therapy; Werner & Benjamin",
			"You take medicine that thins the blood, so we ask your doctor first.", false);

	static final Finding SURGERY = new Finding("recent-surgery", "Surgery within the last 12 weeks",
			Decision.NEEDS_CLEARANCE, "Werner & Benjamin, A Massage Therapist's Guide to Pathology",
			"You had an operation recently, so we ask your doctor first.", true);

	static final Finding CAUDA_EQUINA = new Finding("cauda-equina", "Possible cauda equina syndrome",
			Decision.EMERGENCY_REFERRAL, "British Association of Spine Surgeons (2018)",
			"Some of your answers need a doctor to look at them today.", false);

	static final Finding SPINAL_INFECTION = new Finding("spinal-infection", "Possible spinal infection",
			Decision.URGENT_REFERRAL, "NICE NG59; IFOMPT framework (Finucane 2020)",
			"A fever with back pain should be checked by a doctor within days.", false);

	static final Finding ANTIPLATELET = new Finding("antiplatelet", "Antiplatelet medication", Decision.PROCEED_WITH_CAUTIONS,
			"Walton", "We will keep the pressure moderate.", false);

	static final Caution LIGHT = new Caution("LIGHT_PRESSURE_ONLY", "Light pressure only.");

	static final Caution BRUISING = new Caution("WATCH_BRUISING", "Watch for bruising.");

	private Results() {
	}

	static ScreeningResult proceed() {
		return new ScreeningResult(Decision.PROCEED, ReferralAdvice.NONE, List.of(), List.of());
	}

	static ScreeningResult cautions() {
		return new ScreeningResult(Decision.PROCEED_WITH_CAUTIONS, ReferralAdvice.NONE, List.of(BRUISING),
				List.of(ANTIPLATELET));
	}

	/** Two rules that each need clearance. */
	static ScreeningResult needsClearance() {
		return new ScreeningResult(Decision.NEEDS_CLEARANCE, ReferralAdvice.NONE, List.of(LIGHT, BRUISING),
				List.of(ANTICOAGULANT, SURGERY, ANTIPLATELET));
	}

	static ScreeningResult urgent() {
		return new ScreeningResult(Decision.URGENT_REFERRAL, ReferralAdvice.URGENT, List.of(LIGHT),
				List.of(SPINAL_INFECTION, ANTICOAGULANT));
	}

	static ScreeningResult emergency() {
		return new ScreeningResult(Decision.EMERGENCY_REFERRAL, ReferralAdvice.EMERGENCY, List.of(),
				List.of(CAUDA_EQUINA));
	}

	static ScreeningResult of(Decision decision) {
		return switch (decision) {
			case PROCEED -> proceed();
			case PROCEED_WITH_CAUTIONS -> cautions();
			case NEEDS_CLEARANCE -> needsClearance();
			case URGENT_REFERRAL -> urgent();
			case EMERGENCY_REFERRAL -> emergency();
		};
	}

}
