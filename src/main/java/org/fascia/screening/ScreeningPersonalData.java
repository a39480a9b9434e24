package org.fascia.screening;

import java.util.LinkedHashMap;
import java.util.Map;

import org.fascia.platform.ErasureReport;
import org.fascia.platform.PersonalData;
import org.fascia.platform.Words;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Health screenings (decision, the reasons in plain words, the cautions) and doctors' clearances: kept. */
@Component
class ScreeningPersonalData implements PersonalData {

	private final JdbcClient jdbc;

	private final Words words;

	ScreeningPersonalData(JdbcClient jdbc, Words words) {
		this.jdbc = jdbc;
		this.words = words;
	}

	@Override
	public int order() {
		return 30;
	}

	@Override
	public Map<String, Object> export(long clientId) {
		Map<String, Object> sections = new LinkedHashMap<>();
		var screenings = PersonalData.rows(jdbc, """
				select id, kind, decision, referral_advice, rules_version, staff_entered, created_at
				from screening where client_id = :client order by id
				""", clientId);
		var reasons = PersonalData.rows(jdbc, """
				select f.screening_id, f.title, f.plain as in_plain_words, f.decision, f.source
				from screening_finding f join screening s on s.id = f.screening_id
				where s.client_id = :client order by f.screening_id, f.ordinal
				""", clientId);
		var cautions = PersonalData.rows(jdbc, """
				select c.screening_id, c.code, c.caution_text
				from screening_caution c join screening s on s.id = c.screening_id
				where s.client_id = :client order by c.screening_id, c.ordinal
				""", clientId);
		sections.put("screenings", PersonalData.nest(PersonalData.nest(screenings, "id", "reasons", reasons,
				"screening_id"), "id", "cautions", cautions, "screening_id"));
		sections.put("clearances", PersonalData.rows(jdbc, """
				select c.id, c.physician_name, c.practice, c.cleared_on, c.restrictions, c.expires_on, c.recorded_at,
				       c.withdrawn_at, c.withdrawn_reason, d.file_name as document
				from clearance c left join clearance_document d on d.clearance_id = c.id
				where c.client_id = :client order by c.id
				""", clientId));
		return sections;
	}

	@Override
	public void erase(long clientId, ErasureReport report) {
		report.keptClinical(words.text("screening.erasure.screenings"));
		report.keptClinical(words.text("screening.erasure.clearances"));
	}

}
