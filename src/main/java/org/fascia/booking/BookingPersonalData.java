package org.fascia.booking;

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
 * Appointments and waitlist places. Erasure: visits that took place stay (they are the record of the treatment
 * given); visits still to come are cancelled, their move-or-cancel links stop working, and waitlist places are
 * deleted.
 */
@Component
class BookingPersonalData implements PersonalData {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Words words;

	BookingPersonalData(JdbcClient jdbc, Clock clock, Words words) {
		this.words = words;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public int order() {
		return 10;
	}

	@Override
	public Map<String, Object> export(long clientId) {
		Map<String, Object> sections = new LinkedHashMap<>();
		sections.put("appointments", PersonalData.rows(jdbc, """
				select a.id, a.start_at, a.end_at, a.status, a.status_reason, s.name as service, t.display_name as therapist,
				       r.name as room, a.created_at, a.cancelled_at
				from appointment a join service s on s.id = a.service_id join therapist t on t.id = a.therapist_id
				     join room r on r.id = a.room_id
				where a.client_id = :client order by a.start_at, a.id
				""", clientId));
		sections.put("waitlist", PersonalData.rows(jdbc, """
				select w.id, s.name as service, w.wanted_before, w.created_at, w.notified_at, w.fulfilled_at, w.active
				from waitlist_entry w join service s on s.id = w.service_id where w.client_id = :client order by w.id
				""", clientId));
		return sections;
	}

	@Override
	public void erase(long clientId, ErasureReport report) {
		var now = Db.utc(clock.instant());
		int cancelled = jdbc.sql("""
				update appointment set status = 'CANCELLED', cancelled_at = :now, changed_at = :now,
				       status_reason = 'Cancelled when the client''s data was erased', version = version + 1
				where client_id = :client and status = 'BOOKED' and start_at > :now
				""").param("now", now).param("client", clientId).update();
		jdbc.sql("update appointment set manage_token_hash = null where client_id = :client")
			.param("client", clientId).update();
		jdbc.sql("delete from waitlist_entry where client_id = :client").param("client", clientId).update();
		report.deleted(words.text("booking.erasure.waitlist"));
		if (cancelled > 0) {
			report.deleted(cancelled == 1 ? words.text("booking.erasure.upcoming.one")
					: words.text("booking.erasure.upcoming.many", String.valueOf(cancelled)));
		}
		report.keptClinical(words.text("booking.erasure.pastVisits"));
	}

}
