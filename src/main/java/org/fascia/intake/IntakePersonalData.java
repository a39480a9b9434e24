package org.fascia.intake;

import java.util.LinkedHashMap;
import java.util.Map;

import org.fascia.platform.ErasureReport;
import org.fascia.platform.PersonalData;
import org.fascia.platform.Words;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Health questionnaires with their answers, the per-visit health checks and signed consents. All are health
 * records and kept on erasure; a signed consent cannot be changed or deleted at all (a database trigger).
 */
@Component
class IntakePersonalData implements PersonalData {

	private final JdbcClient jdbc;

	private final Words words;

	IntakePersonalData(JdbcClient jdbc, Words words) {
		this.jdbc = jdbc;
		this.words = words;
	}

	@Override
	public int order() {
		return 20;
	}

	@Override
	public Map<String, Object> export(long clientId) {
		Map<String, Object> sections = new LinkedHashMap<>();
		var responses = PersonalData.rows(jdbc, """
				select id, questionnaire_url, questionnaire_version, kind, status, source, appointment_id, created_at,
				       updated_at, submitted_at
				from intake_response where client_id = :client order by id
				""", clientId);
		var answers = PersonalData.rows(jdbc, """
				select a.response_id, a.link_id, coalesce(a.value_string, cast(a.value_integer as varchar(20)),
				       case when a.value_boolean then 'true' when not a.value_boolean then 'false' end) as answer
				from intake_answer a join intake_response r on r.id = a.response_id
				where r.client_id = :client order by a.response_id, a.link_id
				""", clientId);
		sections.put("intakeResponses", PersonalData.nest(responses, "id", "answers", answers, "response_id"));
		sections.put("healthChecks", PersonalData.rows(jdbc, """
				select id, appointment_id, changed, response_id, source, checked_at
				from intake_health_check where client_id = :client order by id
				""", clientId));
		sections.put("consents", PersonalData.rows(jdbc, """
				select id, kind, text_version, text_sha256, typed_name, typed_name_is_signature,
				       signature_png is not null as drawn_signature, signed_at, witnessed_by is not null as witnessed
				from consent_signature where client_id = :client order by id
				""", clientId));
		return sections;
	}

	@Override
	public void erase(long clientId, ErasureReport report) {
		report.keptClinical(words.text("intake.erasure.responses"));
		report.keptClinical(words.text("intake.erasure.consents"));
	}

}
