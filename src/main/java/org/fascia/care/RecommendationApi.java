package org.fascia.care;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.fascia.platform.ApiProblem;
import org.fascia.platform.Words;
import org.fascia.screening.Screening;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.JsonNode;

/**
 * {@code POST /api/v1/recommendation}: "which massage will work best" for the inputs sent (staff only;
 * the public self-check calls the same function server-side). Stateless: nothing is read or stored.
 */
@RestController
class RecommendationApi {

	static final Set<String> FIELDS = Set.of("painDurationDays", "goal", "pressurePreference", "experience",
			"sensitivity", "cautions");

	private final Screening screening;

	private final Words words;

	RecommendationApi(Screening screening, Words words) {
		this.screening = screening;
		this.words = words;
	}

	record Recommended(Approach approach, List<String> reasons) {
	}

	record Alternative(Approach approach, String why) {
	}

	record Answer(Recommended recommended, List<Alternative> alternatives, String evidenceNote,
			List<String> wouldChange, List<String> sources) {
	}

	@PostMapping("/api/v1/recommendation")
	Answer recommend(@RequestBody JsonNode body) {
		Recommendation r = Recommender.recommend(parse(body));
		return new Answer(new Recommended(r.approach(), r.reasons()),
				r.alternatives().stream().map(a -> new Alternative(a.approach(), a.why())).toList(), r.evidenceNote(),
				r.wouldChange(), r.sources());
	}

	RecommendationRequest parse(JsonNode body) {
		if (body == null || !body.isObject()) {
			throw ApiProblem.badRequest("body", words.text("care.problem.recommend.body", String.join(", ", FIELDS)));
		}
		Map<String, String> errors = new LinkedHashMap<>();
		for (String key : body.propertyNames()) {
			if (!FIELDS.contains(key)) {
				String shown = key.length() > 60 ? key.substring(0, 60) + "…" : key;
				errors.put(shown, words.text("care.problem.recommend.unknownField", shown));
			}
		}
		int days = 0;
		JsonNode d = body.get("painDurationDays");
		if (d == null || d.isNull()) {
			errors.put("painDurationDays", words.text("care.problem.recommend.durationRequired"));
		}
		else if (!d.isIntegralNumber() || !d.canConvertToInt() || d.intValue() < 0) {
			errors.put("painDurationDays", words.text("care.problem.recommend.duration"));
		}
		else {
			days = d.intValue();
		}
		var goal = choice(body, "goal", RecommendationRequest.Goal.class, errors);
		var pressure = choice(body, "pressurePreference", RecommendationRequest.Pressure.class, errors);
		var experience = choice(body, "experience", RecommendationRequest.Experience.class, errors);
		var sensitivity = choice(body, "sensitivity", RecommendationRequest.Sensitivity.class, errors);
		List<String> cautions = new ArrayList<>();
		JsonNode c = body.get("cautions");
		if (c != null && !c.isNull()) {
			if (!c.isArray()) {
				errors.put("cautions", words.text("care.problem.recommend.cautions"));
			}
			else {
				Set<String> known = screening.cautionTexts().keySet();
				for (JsonNode code : c) {
					if (!code.isString() || !known.contains(code.stringValue())) {
						errors.put("cautions",
								words.text("care.problem.recommend.unknownCaution", shorten(code.toString())));
						break;
					}
					cautions.add(code.stringValue());
				}
			}
		}
		if (!errors.isEmpty()) {
			throw ApiProblem.invalid(errors);
		}
		return new RecommendationRequest(days, goal, pressure, experience, sensitivity, cautions);
	}

	private <E extends Enum<E>> E choice(JsonNode body, String field, Class<E> type, Map<String, String> errors) {
		JsonNode n = body.get(field);
		String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
		if (n == null || n.isNull()) {
			errors.put(field, words.text("care.problem.recommend.required", allowed));
			return null;
		}
		if (n.isString()) {
			for (E e : type.getEnumConstants()) {
				if (e.name().equals(n.stringValue())) {
					return e;
				}
			}
		}
		errors.put(field, words.text("care.problem.recommend.unknownValue", shorten(n.toString()), allowed));
		return null;
	}

	private static String shorten(String s) {
		return s.length() > 60 ? s.substring(0, 60) + "…" : s;
	}
}
