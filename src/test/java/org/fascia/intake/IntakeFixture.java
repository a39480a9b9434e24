package org.fascia.intake;

import java.util.LinkedHashMap;
import java.util.Map;

/** A complete, valid set of wizard answers as typed into the forms (a client with sciatica in one leg). */
final class IntakeFixture {

	private IntakeFixture() {
	}

	static Map<String, String> completeForm() {
		Map<String, String> f = new LinkedHashMap<>();
		f.put("first_name", "Robin");
		f.put("last_name", "Hale");
		f.put("age", "44");
		f.put("sex", "female");
		f.put("phone", "07700 900111");
		f.put("emergency_contact_name", "Sam Hale");
		f.put("emergency_contact_phone", "07700 900222");
		f.put("pain_duration_days", "3");
		f.put("pain_duration_days__unit", "weeks");
		f.put("pain_trend", "improving");
		f.put("leg_pain", "one_leg");
		f.put("trauma", "none");
		f.put("leg_weakness", "none");
		f.put("cancer", "none");
		f.put("diabetes", "none");
		f.put("hypertension", "controlled");
		f.put("varicose_veins", "none");
		f.put("pressure_preference", "medium");
		for (String yesNo : new String[] { "leg_pain_below_knee", "leg_pain_became_bilateral", "thoracic_pain", "night_pain",
				"constant_pain", "pain_on_straining", "sudden_severe_onset", "wakes_second_half_night", "buttock_pain",
				"improves_with_movement", "nsaid_relief_48h", "gait_disturbance", "bladder_change", "bowel_incontinence",
				"saddle_numbness", "sexual_dysfunction_new", "peripheral_neuropathy", "fever", "weight_loss_unexplained",
				"recent_infection", "iv_drug_use", "immunosuppressed", "long_term_steroids", "osteoporosis", "smoker",
				"abdominal_pain", "faint_or_collapse", "family_spa", "arthritis_enthesitis_psoriasis",
				"aortic_aneurysm_known", "anticoagulant", "antiplatelet", "bleeding_disorder", "clot_diagnosed", "dvt_signs",
				"chest_symptoms", "recent_surgery", "recent_fracture", "acute_local_injury", "wound_or_skin_lesion",
				"contagious_skin_condition", "pregnant" }) {
			f.put(yesNo, "false");
		}
		f.put("leg_pain_below_knee", "true");
		f.put("goals", "Sleep through the night <script>alert('x')</script>");
		return f;
	}

	/** The fields of one step, from a complete form. */
	static Map<String, String> stepForm(Questionnaire questionnaire, int step, Map<String, String> all) {
		Map<String, String> form = new LinkedHashMap<>();
		for (Questionnaire.Item item : questionnaire.questionsOf(step)) {
			if (all.containsKey(item.linkId())) {
				form.put(item.linkId(), all.get(item.linkId()));
			}
			if (all.containsKey(item.linkId() + "__unit")) {
				form.put(item.linkId() + "__unit", all.get(item.linkId() + "__unit"));
			}
		}
		return form;
	}

}
