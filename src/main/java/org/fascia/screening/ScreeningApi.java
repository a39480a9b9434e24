package org.fascia.screening;

import java.util.List;
import java.util.Map;

import org.fascia.platform.ApiProblem;
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

	private final Screening screening;

	ScreeningApi(Screening screening) {
		this.screening = screening;
	}

	record Evaluation(Decision decision, ReferralAdvice referralAdvice, List<Caution> cautions,
			List<Finding> findings, List<ReviewNote> review, String rulesVersion) {
	}

	@PostMapping("/api/v1/screening/evaluate")
	Evaluation evaluate(@RequestBody JsonNode body) {
		Map<String, Object> answers = screening.parse(answersOf(body));
		ScreeningResult result = screening.evaluate(answers);
		return new Evaluation(result.decision(), result.referralAdvice(), result.cautions(), result.findings(),
				screening.review(answers), screening.rulesVersion());
	}

	/** The {@code answers} member of a body that must be {@code {"answers": {…}}} and nothing else (400 otherwise). */
	static JsonNode answersOf(JsonNode body) {
		if (body == null || !body.isObject()) {
			throw ApiProblem.badRequest(Screening.ANSWERS,
					"Send a JSON object {\"answers\": {<code>: <value>, …}}.");
		}
		for (String key : body.propertyNames()) {
			if (!Screening.ANSWERS.equals(key)) {
				String shown = key.length() > 60 ? key.substring(0, 60) + "…" : key;
				throw ApiProblem.badRequest(shown, "Unknown field \"" + shown + "\": send only {\"answers\": {…}}.");
			}
		}
		return body.get(Screening.ANSWERS);
	}

}
