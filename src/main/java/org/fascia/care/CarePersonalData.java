package org.fascia.care;

import java.util.LinkedHashMap;
import java.util.Map;

import org.fascia.platform.ErasureReport;
import org.fascia.platform.PersonalData;
import org.fascia.platform.Words;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Consultations, care plans with their goals, and the self-care program with the days ticked. Erasure deletes the
 * ticks and the reminder choice (the client's own diary, not a clinical record) and keeps consultations, plans
 * and the exercises the therapist gave (treatment advice is part of the health record).
 */
@Component
class CarePersonalData implements PersonalData {

	private final JdbcClient jdbc;

	private final Words words;

	CarePersonalData(JdbcClient jdbc, Words words) {
		this.jdbc = jdbc;
		this.words = words;
	}

	@Override
	public int order() {
		return 40;
	}

	@Override
	public Map<String, Object> export(long clientId) {
		Map<String, Object> sections = new LinkedHashMap<>();
		sections.put("consultations", PersonalData.rows(jdbc,
				"select * from consultation where client_id = :client order by id", clientId));
		var plans = PersonalData.rows(jdbc, "select * from care_plan where client_id = :client order by id", clientId);
		var goals = PersonalData.rows(jdbc, """
				select g.* from care_plan_goal g join care_plan p on p.id = g.plan_id
				where p.client_id = :client order by g.plan_id, g.ordinal
				""", clientId);
		sections.put("carePlans", PersonalData.nest(plans, "id", "goals", goals, "plan_id"));
		var program = PersonalData.rows(jdbc, """
				select a.id, i.name as exercise, a.dose, a.days_per_week, a.start_date, a.end_date, a.assigned_at,
				       a.removed_at
				from self_care_assignment a join self_care_item i on i.id = a.item_id
				where a.client_id = :client order by a.id
				""", clientId);
		var ticks = PersonalData.rows(jdbc, """
				select t.assignment_id, t.done_on, t.recorded_at
				from self_care_tick t join self_care_assignment a on a.id = t.assignment_id
				where a.client_id = :client order by t.assignment_id, t.done_on
				""", clientId);
		sections.put("selfCareProgram", PersonalData.nest(program, "id", "daysDone", ticks, "assignment_id"));
		sections.put("selfCareReminders", PersonalData.rows(jdbc,
				"select weekly, changed_at from self_care_reminder_preference where client_id = :client", clientId));
		return sections;
	}

	@Override
	public void erase(long clientId, ErasureReport report) {
		jdbc.sql("""
				delete from self_care_tick where assignment_id in
				    (select id from self_care_assignment where client_id = :client)
				""").param("client", clientId).update();
		jdbc.sql("delete from self_care_reminder_preference where client_id = :client").param("client", clientId)
			.update();
		jdbc.sql("delete from self_care_reminder_sent where client_id = :client").param("client", clientId).update();
		report.deleted(words.text("care.erasure.ticks"));
		report.keptClinical(words.text("care.erasure.plans"));
	}

}
