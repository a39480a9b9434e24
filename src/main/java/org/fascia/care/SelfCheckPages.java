package org.fascia.care;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fascia.platform.Words;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public self-check "Which massage is right for my back?" ({@code /which-massage}): anonymous, works
 * without JavaScript, nothing stored and no personal data asked. A yes to a red-flag question shows advice
 * to see a doctor (or call emergency services) instead of a recommendation; blood thinners mean gentle
 * approaches only.
 */
@Controller
class SelfCheckPages {

	static final List<String> SAFETY = List.of("numbness", "fever", "bloodThinners", "pregnant");

	private final Words words;

	SelfCheckPages(Words words) {
		this.words = words;
	}

	@GetMapping("/which-massage")
	String form(Model model) {
		model.addAttribute("form", Map.of());
		model.addAttribute("errors", Map.of());
		return "care/self-check";
	}

	@PostMapping("/which-massage")
	String check(@RequestParam Map<String, String> params, Model model) {
		Map<String, String> errors = new LinkedHashMap<>();
		Integer weeks = null;
		String w = params.getOrDefault("weeks", "").trim();
		if (w.isEmpty()) {
			errors.put("weeks", words.text("care.selfCheck.weeks.missing"));
		}
		else {
			try {
				weeks = Integer.valueOf(w);
				if (weeks < 0 || weeks > 5200) {
					errors.put("weeks", words.text("care.selfCheck.weeks.range"));
				}
			}
			catch (NumberFormatException e) {
				errors.put("weeks", words.text("care.selfCheck.weeks.whole"));
			}
		}
		var goal = choice(params, "goal", RecommendationRequest.Goal.class, words.text("care.selfCheck.goal"), errors);
		var pressure = choice(params, "pressure", RecommendationRequest.Pressure.class, words.text("care.selfCheck.pressure"), errors);
		var experience = choice(params, "experience", RecommendationRequest.Experience.class,
				words.text("care.selfCheck.experience"), errors);
		var sensitivity = choice(params, "sensitivity", RecommendationRequest.Sensitivity.class,
				words.text("care.selfCheck.sensitivity"), errors);
		for (String q : SAFETY) {
			String v = params.get(q);
			if (!"yes".equals(v) && !"no".equals(v)) {
				errors.put(q, words.text("care.selfCheck.yesNo"));
			}
		}
		model.addAttribute("form", params);
		model.addAttribute("errors", errors);
		if (!errors.isEmpty()) {
			return "care/self-check";
		}
		if ("yes".equals(params.get("numbness"))) {
			model.addAttribute("stop", "EMERGENCY");
			return "care/self-check";
		}
		if ("yes".equals(params.get("fever")) || "yes".equals(params.get("pregnant"))) {
			model.addAttribute("stop", "yes".equals(params.get("fever")) ? "DOCTOR" : "PREGNANT");
			return "care/self-check";
		}
		List<String> cautions = new ArrayList<>();
		if ("yes".equals(params.get("bloodThinners"))) {
			cautions.add("LIGHT_PRESSURE_ONLY");
		}
		Recommendation r = Recommender.recommend(
				new RecommendationRequest(weeks * 7, goal, pressure, experience, sensitivity, cautions));
		model.addAttribute("recommendation", r);
		model.addAttribute("gentleOnly", !cautions.isEmpty());
		return "care/self-check";
	}

	private static <E extends Enum<E>> E choice(Map<String, String> params, String field, Class<E> type, String message,
			Map<String, String> errors) {
		String v = params.get(field);
		for (E e : type.getEnumConstants()) {
			if (e.name().equals(v)) {
				return e;
			}
		}
		errors.put(field, message);
		return null;
	}
}
