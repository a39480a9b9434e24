package org.fascia.clients;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fascia.identity.AccountErasure;
import org.fascia.platform.ErasureReport;
import org.fascia.platform.PersonalData;
import org.fascia.platform.Words;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The client record and the account. Erasure removes the email address and phone number and ends the account;
 * the name stays on the record, because the health records the clinic must keep have to say whose they are.
 */
@Component
class ClientPersonalData implements PersonalData {

	private final JdbcClient jdbc;

	private final AccountErasure accounts;

	private final Words words;

	ClientPersonalData(JdbcClient jdbc, AccountErasure accounts, Words words) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.words = words;
	}

	@Override
	public int order() {
		return 0;
	}

	@Override
	public Map<String, Object> export(long clientId) {
		Map<String, Object> sections = new LinkedHashMap<>();
		List<Map<String, Object>> client = PersonalData.rows(jdbc,
				"select id, first_name, last_name, date_of_birth, email, phone, created_at, user_id from client where id = :client",
				clientId);
		Object userId = client.isEmpty() ? null : client.get(0).get("user_id");
		sections.put("account", userId == null ? null
				: accounts.export(((Number) userId).longValue()).orElse(null));
		sections.put("client", client.isEmpty() ? null : client.get(0));
		// family members: who acts for this client (a child's parents or guardians), and for whom this client acts
		sections.put("parentsOrGuardians", PersonalData.rows(jdbc, """
				select u.display_name as name, u.email, g.relationship, g.created_at, g.ended_at
				from client_guardian g join app_user u on u.id = g.guardian_user_id
				where g.client_id = :client order by g.id
				""", clientId));
		sections.put("children", PersonalData.rows(jdbc, """
				select c.id as client_id, c.first_name, c.last_name, c.date_of_birth, g.created_at, g.ended_at
				from client_guardian g join client c on c.id = g.client_id
				where g.guardian_user_id = (select user_id from client where id = :client) order by g.id
				""", clientId));
		return sections;
	}

	@Override
	public void erase(long clientId, ErasureReport report) {
		Long userId = jdbc.sql("select user_id from client where id = :id").param("id", clientId)
			.query((rs, i) -> (Long) rs.getObject("user_id", Long.class)).single();
		jdbc.sql("update client set email = null, phone = null, date_of_birth = null where id = :id")
			.param("id", clientId)
			.update();
		report.deleted(words.text("clients.erasure.contact"));
		// family members: a child's links to their parents' accounts; a parent's links to their children's records
		if (jdbc.sql("delete from client_guardian where client_id = :id").param("id", clientId).update() > 0) {
			report.deleted(words.text("clients.erasure.guardianLink"));
		}
		if (userId != null && jdbc.sql("delete from client_guardian where guardian_user_id = :user")
			.param("user", userId)
			.update() > 0) {
			report.deleted(words.text("clients.erasure.childLinks"));
		}
		if (userId != null) {
			accounts.erase(userId);
			report.deleted(words.text("clients.erasure.account"));
		}
		report.keptClinical(words.text("clients.erasure.keptName"));
	}

}
