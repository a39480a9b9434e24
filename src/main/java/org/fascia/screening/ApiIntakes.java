package org.fascia.screening;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.fascia.audit.AuditLog;
import org.fascia.audit.AuditOutcome;
import org.fascia.clients.ClientDirectory;
import org.fascia.intake.IntakeResponses;
import org.fascia.intake.IntakeSubmitted;
import org.fascia.intake.Questionnaire;
import org.fascia.intake.Questionnaires;
import org.fascia.platform.ApiProblem;
import org.fascia.platform.Words;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.JsonNode;

/**
 * An intake sent by a program ({@code POST /api/v1/clients/{id}/intake}), stored and screened in one
 * transaction. The answers may be any SCREENING.md answer code and any question of the current intake
 * questionnaire; every problem names {@code answers.<code>}:
 * <ul>
 * <li>a screening code is read with the screening schema (type, choices, range), and, when it is also a
 * question, checked by the intake module against the questionnaire too (its range may be narrower);</li>
 * <li>a question that screening does not read (name, goals, medications, …) is checked by the intake
 * module alone (type, choices, length);</li>
 * <li>a screening code that is no question of the questionnaire (the STarT Back scores, soreness after the
 * last session) is stored with the response as an answer outside the questionnaire;</li>
 * <li>anything else is unknown.</li>
 * </ul>
 * The response is stored with source API; {@link IntakeScreening} screens it in the same transaction.
 */
@Service
class ApiIntakes {

	private final IntakeResponses responses;

	private final Questionnaires questionnaires;

	private final Screening screening;

	private final ScreeningRecords records;

	private final ClientDirectory clients;

	private final AuditLog audit;

	private final Words words;

	private final ScreeningWords screeningWords;

	ApiIntakes(IntakeResponses responses, Questionnaires questionnaires, Screening screening, ScreeningRecords records,
			ClientDirectory clients, AuditLog audit, Words words) {
		this.responses = responses;
		this.questionnaires = questionnaires;
		this.screening = screening;
		this.records = records;
		this.clients = clients;
		this.audit = audit;
		this.words = words;
		this.screeningWords = new ScreeningWords(words);
	}

	/**
	 * The stored response and its screening.
	 *
	 * @param review contradictory answers screening lists for staff (screened as given)
	 * @param reviewFlags the intake module's review flags stored with the response
	 */
	record Submitted(long responseId, StoredScreening screening, List<ReviewNote> review, List<String> reviewFlags) {
	}

	/**
	 * @throws ApiProblem 404 for an unknown client; 400 naming {@code answers} or each {@code answers.<code>}
	 *         (nothing is stored)
	 */
	@Transactional
	Submitted submit(long clientId, JsonNode answersObject, Long userId) {
		if (!clients.exists(clientId)) {
			throw ApiProblem.notFound(words.text("screening.problem.noClient", String.valueOf(clientId)));
		}
		Map<String, Object> raw = screening.raw(answersObject, Screening.ANSWERS);
		Questionnaire questionnaire = questionnaires.current();
		AnswerSchema schema = screening.schema();
		Map<String, Object> screeningRaw = new LinkedHashMap<>();
		Map<String, Object> questionsOnly = new LinkedHashMap<>();
		Map<String, String> unknown = new LinkedHashMap<>();
		raw.forEach((code, value) -> {
			if (schema.field(code) != null) {
				screeningRaw.put(code, value);
			}
			else if (questionnaire.question(code).isPresent()) {
				questionsOnly.put(code, value);
			}
			else {
				unknown.put(field(shorten(code)), unknown(code, questionnaire, schema));
			}
		});
		AnswerSchema.Reading reading = schema.read(screeningRaw, Screening.ANSWERS, screeningWords);
		Map<String, String> errors = new LinkedHashMap<>(unknown);
		errors.putAll(reading.errors());
		if (!errors.isEmpty()) {
			refuse(clientId, errors);
		}
		Map<String, Object> typed = reading.answers();
		Map<String, Object> asked = new LinkedHashMap<>();
		Map<String, Object> outside = new LinkedHashMap<>();
		raw.keySet().forEach(code -> {
			if (questionsOnly.containsKey(code)) {
				asked.put(code, questionsOnly.get(code));
			}
			else if (typed.containsKey(code)) {
				(questionnaire.question(code).isPresent() ? asked : outside).put(code, typed.get(code));
			}
		});
		long responseId;
		try {
			responseId = responses.store(clientId, asked, outside, IntakeResponses.Source.API,
					IntakeSubmitted.Kind.INTAKE, null, userId);
		}
		catch (ApiProblem problem) {
			if (problem.getStatusCode().value() != 400 || problem.errors().isEmpty()) {
				throw problem;
			}
			Map<String, String> named = new LinkedHashMap<>();
			problem.errors().forEach((linkId, message) -> named.put(field(linkId), message));
			throw ApiProblem.invalid(named);
		}
		StoredScreening stored = records.forResponse(responseId)
			.orElseThrow(() -> new IllegalStateException("intake response " + responseId + " was not screened"));
		List<String> flags = responses.summary(responseId).map(IntakeResponses.Summary::reviewFlags).orElse(List.of());
		return new Submitted(responseId, stored, screening.review(typed), flags);
	}

	private void refuse(long clientId, Map<String, String> errors) {
		audit.record("INTAKE_STORE", "client", clientId, AuditOutcome.FAILURE, "API, invalid: " + errors.keySet());
		throw ApiProblem.invalid(errors);
	}

	private static String field(String code) {
		return Screening.ANSWERS + "." + code;
	}

	private static String shorten(String code) {
		return code.length() > 60 ? code.substring(0, 60) + "…" : code;
	}

	private String unknown(String code, Questionnaire questionnaire, AnswerSchema schema) {
		Set<String> known = new LinkedHashSet<>(schema.codes());
		questionnaire.questions().forEach(item -> known.add(item.linkId()));
		String near = AnswerSchema.nearest(code, known);
		return near == null
				? words.text("screening.problem.unknownAnswer", shorten(code), questionnaire.version())
				: words.text("screening.problem.unknownAnswer.near", shorten(code), questionnaire.version(), near);
	}

}
