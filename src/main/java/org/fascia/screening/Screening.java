package org.fascia.screening;

import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;

import org.fascia.platform.ApiProblem;
import org.fascia.platform.Words;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;

/**
 * Screening for other modules: reads raw answers into typed ones (400 problems naming each bad field),
 * evaluates every rule of {@code screening/rules.json} over them, and tells the rule data's version
 * and answer schema. Stateless; stores nothing.
 */
@Component
public class Screening {

	/** The field prefix of answers in the API's request bodies: {@code answers.<code>}. */
	public static final String ANSWERS = "answers";

	private final ScreeningEngine engine;

	private final Words words;

	private final ScreeningWords screeningWords;

	Screening(RuleFile file, Words words) {
		this.engine = new ScreeningEngine(file.rules());
		this.words = words;
		this.screeningWords = new ScreeningWords(words);
	}

	/**
	 * Evaluates every rule over typed answers (as {@link #parse} returns them: Integer, Boolean,
	 * String; absent or null = "no"/unknown).
	 *
	 * @throws IllegalArgumentException for an unknown code or a value of the wrong type or range,
	 *         which is a programming error: parse what a person sent first
	 */
	public ScreeningResult evaluate(Map<String, ?> typedAnswers) {
		return engine.evaluate(typedAnswers);
	}

	/** Reads a JSON object of answers; problems name {@code answers.<code>}. */
	public Map<String, Object> parse(JsonNode answersObject) {
		return parse(answersObject, ANSWERS);
	}

	/**
	 * Reads a JSON object of answers into typed answers (schema order, nulls dropped).
	 *
	 * @param fieldPrefix how the problem names a field: {@code fieldPrefix.<code>}
	 * @throws ApiProblem 400 when it is not an object, naming {@code fieldPrefix}; 400 naming every
	 *         unknown code, value of the wrong type and value out of range
	 */
	public Map<String, Object> parse(JsonNode answersObject, String fieldPrefix) {
		return parse(raw(answersObject, fieldPrefix), fieldPrefix);
	}

	/**
	 * The answers object as plain values by code, unchecked; 400 naming {@code fieldPrefix} when it is not a
	 * JSON object.
	 */
	Map<String, Object> raw(JsonNode answersObject, String fieldPrefix) {
		if (answersObject == null || answersObject.isMissingNode() || answersObject.isNull()) {
			throw ApiProblem.badRequest(fieldPrefix, words.text("screening.problem.answersMissing"));
		}
		if (!answersObject.isObject()) {
			throw ApiProblem.badRequest(fieldPrefix, words.text("screening.problem.answersNotAnObject"));
		}
		Map<String, Object> raw = new LinkedHashMap<>();
		for (Map.Entry<String, JsonNode> entry : answersObject.properties()) {
			raw.put(entry.getKey(), plain(entry.getValue()));
		}
		return raw;
	}

	/**
	 * Reads answers already decoded from JSON (null, Boolean, Number, String); problems name
	 * {@code fieldPrefix.<code>}.
	 */
	public Map<String, Object> parse(Map<String, ?> rawAnswers, String fieldPrefix) {
		AnswerSchema.Reading reading = engine.rules().schema().read(rawAnswers, fieldPrefix, screeningWords);
		if (!reading.valid()) {
			throw ApiProblem.invalid(reading.errors());
		}
		return reading.answers();
	}

	/**
	 * Typed answers that contradict each other (pregnancy for a client who said male, pain that began
	 * after the client's age, …). They are not rejected and are screened as given; show these notes to
	 * staff so they check with the client.
	 */
	public List<ReviewNote> review(Map<String, ?> typedAnswers) {
		return AnswerReview.check(typedAnswers, screeningWords);
	}

	/** The version of the rule data, stored with every screening so a result can be traced. */
	public String rulesVersion() {
		return engine.rules().version();
	}

	/** Every caution code the screening rules can add, with its plain text (e.g. for validating caution codes). */
	public java.util.Map<String, String> cautionTexts() {
		return engine.rules().cautionTexts();
	}

	/** Every answer code screening reads, with type, choices and range. */
	public AnswerSchema schema() {
		return engine.rules().schema();
	}

	/** A JSON value as a plain Java value (null, Boolean, BigInteger, BigDecimal, String; a list or object as an empty one). */
	static Object plain(JsonNode node) {
		if (node.isNull()) {
			return null;
		}
		if (node.isBoolean()) {
			return node.booleanValue();
		}
		if (node.isIntegralNumber()) {
			return node.bigIntegerValue();
		}
		if (node.isNumber()) {
			return node.decimalValue();
		}
		if (node.isString()) {
			return node.stringValue();
		}
		return node.isArray() ? List.of() : Map.of();
	}

}
