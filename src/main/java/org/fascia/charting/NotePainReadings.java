package org.fascia.charting;

import java.util.List;

import org.fascia.care.PainReading;
import org.fascia.care.SessionPainReadings;
import org.fascia.platform.Db;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Charting's side of care's {@link SessionPainReadings}: today's pain of each of the client's notes
 * (drafts too: the reading is taken before treatment), at the appointment's start, oldest first. Notes
 * without a pain reading are left out. The caller audits its own reads of the client's care.
 */
@Component
class NotePainReadings implements SessionPainReadings {

	private final JdbcClient jdbc;

	NotePainReadings(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<PainReading> forClient(long clientId) {
		return jdbc.sql("""
				select n.appointment_id, a.start_at, n.pain_today from session_note n
				join appointment a on a.id = n.appointment_id
				where n.client_id = :client and n.pain_today is not null
				order by a.start_at, a.id
				""")
			.param("client", clientId)
			.query((rs, i) -> new PainReading(rs.getLong("appointment_id"), Db.instant(rs, "start_at"),
					rs.getInt("pain_today")))
			.list();
	}

}
