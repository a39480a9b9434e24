package org.fascia.charting;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import org.fascia.platform.Db;
import org.fascia.platform.ErasureReport;
import org.fascia.platform.PersonalData;
import org.fascia.platform.Words;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Session notes, the treatment log, pain maps and the follow-ups after sessions.
 *
 * <p>The export includes the whole session notes, the therapist's SOAP sections as well as the summary written
 * for the client: the right of access (UK GDPR / GDPR Article 15) covers the clinical notes about a person, not
 * only what was written for them. Drafts are included and marked as drafts. Erasure keeps all of these: they are
 * the health record (a signed note cannot even be changed). Pain maps are kept too: the client drew them, but the
 * therapist treats by them and they sit in the record beside the notes. A follow-up link not yet answered stops
 * working.
 */
@Component
class ChartingPersonalData implements PersonalData {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Words words;

	ChartingPersonalData(JdbcClient jdbc, Clock clock, Words words) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.words = words;
	}

	@Override
	public int order() {
		return 50;
	}

	@Override
	public Map<String, Object> export(long clientId) {
		Map<String, Object> sections = new LinkedHashMap<>();
		var notes = PersonalData.rows(jdbc, """
				select n.id, n.appointment_id, n.status, n.subjective, n.pain_today, n.health_changed, n.objective,
				       n.assessment, n.response_since_last, n.plan_next, n.plan_self_care,
				       n.client_summary as summary_for_you, n.created_at, n.signed_at, u.display_name as signed_by
				from session_note n left join app_user u on u.id = n.signed_by
				where n.client_id = :client order by n.id
				""", clientId);
		var amendments = PersonalData.rows(jdbc, """
				select a.note_id, a.section, a.text, a.reason, a.amended_at
				from session_note_amendment a join session_note n on n.id = a.note_id
				where n.client_id = :client order by a.note_id, a.id
				""", clientId);
		var regions = PersonalData.rows(jdbc, """
				select r.note_id, r.region_code from session_note_region r join session_note n on n.id = r.note_id
				where n.client_id = :client order by r.note_id, r.region_code
				""", clientId);
		sections.put("sessionNotes", PersonalData.nest(PersonalData.nest(notes, "id", "amendments", amendments,
				"note_id"), "id", "bodyRegions", regions, "note_id"));
		sections.put("treatmentLog", PersonalData.rows(jdbc, """
				select id, appointment_id, region, technique, pressure, comfort, reduced_pressure, recorded_at
				from treatment_log_entry where client_id = :client order by id
				""", clientId));
		var maps = PersonalData.rows(jdbc,
				"select id, intensity, recorded_at from pain_map where client_id = :client order by id", clientId);
		var mapRegions = PersonalData.rows(jdbc, """
				select r.pain_map_id, r.region from pain_map_region r join pain_map m on m.id = r.pain_map_id
				where m.client_id = :client order by r.pain_map_id, r.region
				""", clientId);
		sections.put("painMaps", PersonalData.nest(maps, "id", "regions", mapRegions, "pain_map_id"));
		sections.put("followUps", PersonalData.rows(jdbc, """
				select id, appointment_id, reason, sent_at, expires_at, answered_at, relief, soreness_hours, new_symptoms
				from session_follow_up where client_id = :client order by id
				""", clientId));
		return sections;
	}

	@Override
	public void erase(long clientId, ErasureReport report) {
		var now = Db.utc(clock.instant());
		jdbc.sql("""
				update session_follow_up set expires_at = :now
				where client_id = :client and answered_at is null and expires_at > :now
				""").param("now", now).param("client", clientId).update();
		report.deleted(words.text("charting.erasure.followUpLinks"));
		report.keptClinical(words.text("charting.erasure.notes"));
		report.keptClinical(words.text("charting.erasure.painMaps"));
	}

}
