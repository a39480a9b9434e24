package org.fascia.outcomes;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import org.fascia.platform.Db;
import org.fascia.platform.ErasureReport;
import org.fascia.platform.PersonalData;
import org.fascia.platform.Words;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Outcome scores (kept: health record) and questionnaire invitations (unanswered ones are cancelled). */
@Component
class OutcomePersonalData implements PersonalData {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Words words;

	OutcomePersonalData(JdbcClient jdbc, Clock clock, Words words) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.words = words;
	}

	@Override
	public int order() {
		return 60;
	}

	@Override
	public Map<String, Object> export(long clientId) {
		Map<String, Object> sections = new LinkedHashMap<>();
		sections.put("outcomeScores", PersonalData.rows(jdbc, """
				select id, instrument, instrument_version, round, appointment_id, answers, score, band, subscale,
				       risk_group, activities, source, taken_at
				from outcome_response where client_id = :client order by taken_at, id
				""", clientId));
		sections.put("questionnaireInvitations", PersonalData.rows(jdbc, """
				select id, round, instruments, due_at, sent_at, expires_at, completed_at, missed_at, cancelled_at
				from outcome_request where client_id = :client order by due_at, id
				""", clientId));
		return sections;
	}

	@Override
	public void erase(long clientId, ErasureReport report) {
		jdbc.sql("""
				update outcome_request set cancelled_at = :now, token_hash = null
				where client_id = :client and completed_at is null and cancelled_at is null
				""").param("now", Db.utc(clock.instant())).param("client", clientId).update();
		report.deleted(words.text("outcomes.erasure.unanswered"));
		report.keptClinical(words.text("outcomes.erasure.scores"));
	}

}
