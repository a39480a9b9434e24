package org.fascia.outcomes;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fascia.identity.FasciaUser;
import org.fascia.platform.ApiProblem;
import org.fascia.platform.Words;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.JsonNode;

/**
 * The instrument API. Scoring and change are stateless (nothing about a client is read or stored; staff);
 * importing a definition file with the item text is the owner's:
 * <ul>
 * <li>{@code POST /api/v1/instruments/{code}/score} {@code {"answers": {<linkId>: <value>}}} &rarr;
 * {@code {"score", "band"?, "subscale"?, "riskGroup"?}}; 400 naming {@code answers.<linkId>}, 404 for an unknown
 * code.</li>
 * <li>{@code POST /api/v1/instruments/{code}/change} {@code {"baseline", "current", "activities"?}} &rarr;
 * {@code {"status", "absolute", "relative"}}; 422 for STarT Back, which has no MCID.</li>
 * <li>{@code POST /api/v1/instruments} with the Questionnaire JSON &rarr; 201 {@code {"code", "title", "version",
 * "items"}}.</li>
 * </ul>
 */
@RestController
class InstrumentApi {

	private final InstrumentLibrary library;

	private final Words words;

	InstrumentApi(InstrumentLibrary library, Words words) {
		this.library = library;
		this.words = words;
	}

	@PostMapping("/api/v1/instruments/{code}/score")
	Map<String, Object> score(@PathVariable String code, @RequestBody(required = false) JsonNode body) {
		Instrument instrument = known(code);
		JsonNode answers = body == null ? null : body.get("answers");
		if (answers == null || !answers.isObject()) {
			throw ApiProblem.badRequest("answers", words.text("outcomes.problem.sendAnswers"));
		}
		Map<String, Object> values = new LinkedHashMap<>();
		for (String linkId : answers.propertyNames()) {
			values.put(linkId, plain(answers.get(linkId)));
		}
		Score score;
		try {
			score = Scoring.score(instrument, values);
		}
		catch (ScoringError error) {
			throw ApiProblem.badRequest(error.item() == null ? "answers" : "answers." + error.item(), error.getMessage());
		}
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("score", score.score());
		if (score.band() != null) {
			out.put("band", score.band());
		}
		if (score.subscale() != null) {
			out.put("subscale", score.subscale());
			out.put("riskGroup", score.riskGroup());
		}
		return out;
	}

	record ChangeAnswer(ChangeStatus status, BigDecimal absolute, BigDecimal relative) {
	}

	@PostMapping("/api/v1/instruments/{code}/change")
	ChangeAnswer change(@PathVariable String code, @RequestBody(required = false) JsonNode body) {
		Instrument instrument = known(code);
		if (instrument == Instrument.STARTBACK) {
			throw ApiProblem.unprocessable(words.text("outcomes.problem.startBackNoMcid"));
		}
		Map<String, String> errors = new LinkedHashMap<>();
		BigDecimal baseline = ScoreRange.read(words, instrument, body, "baseline", errors);
		BigDecimal current = ScoreRange.read(words, instrument, body, "current", errors);
		int activities = ScoreRange.activities(words, instrument, body, errors);
		if (!errors.isEmpty()) {
			throw ApiProblem.invalid(errors);
		}
		Change.Result result = Change.status(instrument, baseline, current, activities);
		return new ChangeAnswer(result.status(), result.absolute(), result.relative());
	}

	record Imported(String code, String title, String version, List<String> items) {
	}

	@PostMapping("/api/v1/instruments")
	ResponseEntity<Imported> importDefinition(@RequestBody(required = false) String json,
			@AuthenticationPrincipal FasciaUser owner) {
		InstrumentDefinition definition = library.importDefinition(json, owner.id());
		List<String> items = new ArrayList<>();
		definition.items().forEach(item -> items.add(item.linkId()));
		return ResponseEntity.status(201)
			.body(new Imported(definition.instrument().name(), definition.title(), definition.version(), items));
	}

	private Instrument known(String code) {
		return Instrument.of(code)
			.orElseThrow(() -> ApiProblem.notFound(words.text("outcomes.problem.noInstrument",
					code.length() > 20 ? code.substring(0, 20) : code)));
	}

	/** A JSON answer as the plain value {@link Scoring} reads; other shapes stay nodes and are refused as wrong types. */
	static Object plain(JsonNode node) {
		if (node == null || node.isNull()) {
			return null;
		}
		if (node.isBoolean()) {
			return node.asBoolean();
		}
		if (node.isString()) {
			return node.asString();
		}
		if (node.isIntegralNumber()) {
			return node.canConvertToLong() ? (Object) node.asLong() : node.decimalValue();
		}
		if (node.isNumber()) {
			return node.decimalValue();
		}
		if (node.isArray()) {
			List<Object> list = new ArrayList<>();
			node.forEach(element -> list.add(plain(element)));
			return list;
		}
		return node;
	}

}
