package org.fascia.screening;

import java.util.List;
import java.util.Map;

import org.fascia.platform.ApiProblem;
import org.fascia.platform.Words;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.JsonNode;

/**
 * {@code POST /api/v1/screening/evaluate}: the screening of a set of answers, for staff programs;
 * {@code review} lists contradictory answers to check with the client (they are screened as given).
 * Stateless: nothing about a client is read or stored.
 */
@RestController
class ScreeningApi {

	/** The shape of the body, shown in its problems. */
	static final String BODY_SHAPE = "{\"answers\": {…}}";

	private final Screening screening;

	private final Words words;

	ScreeningApi(Screening screening, Words words) {
		this.screening = screening;
		this.words = words;
	}

	record Evaluation(Decision decision, ReferralAdvice referralAdvice, List<Caution> cautions,
			List<Finding> findings, List<ReviewNote> review, String rulesVersion) {
	}

	@PostMapping("/api/v1/screening/evaluate")
	Evaluation evaluate(@RequestBody JsonNode body) {
		Map<String, Object> answers = screening.parse(answersOf(body, words));
		ScreeningResult result = screening.evaluate(answers);
		return new Evaluation(result.decision(), result.referralAdvice(), result.cautions(), result.findings(),
				screening.review(answers), screening.rulesVersion());
	}

	/** The {@code answers} member of a body that must be {@code {"answers": {…}}} and nothing else (400 otherwise). */
	static JsonNode answersOf(JsonNode body, Words words) {
		if (body == null || !body.isObject()) {
			throw ApiProblem.badRequest(Screening.ANSWERS, words.text("screening.problem.bodyNotAnObject"));
		}
		for (String key : body.propertyNames()) {
			if (!Screening.ANSWERS.equals(key)) {
				String shown = key.length() > 60 ? key.substring(0, 60) + "…" : key;
				throw ApiProblem.badRequest(shown, words.text("screening.problem.unknownField", shown, BODY_SHAPE));
			}
		}
		return body.get(Screening.ANSWERS);
	}

}
