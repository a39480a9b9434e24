package org.fascia.charting;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.fascia.platform.Db;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The follow-up rows, and the sessions that may need one. */
@Repository
class FollowUpStore {

	private static final RowMapper<FollowUp> ROW = (rs, i) -> new FollowUp(rs.getLong("id"), rs.getLong("appointment_id"),
			rs.getLong("client_id"), FollowUpPolicy.Reason.valueOf(rs.getString("reason")), Db.instant(rs, "sent_at"),
			Db.instant(rs, "expires_at"), Db.instant(rs, "answered_at"),
			rs.getString("relief") == null ? null : FollowUp.Relief.valueOf(rs.getString("relief")),
			rs.getObject("soreness_hours", Integer.class), rs.getObject("new_symptoms", Boolean.class),
			rs.getObject("response_id", Long.class));

	/**
	 * Deep tissue, as far as the record tells: a deep-tissue entry in the session's treatment log, or a
	 * treatment service named as a deep tissue massage. {@code %s} is the appointment alias.
	 */
	static final String DEEP_TISSUE = """
			(exists (select 1 from treatment_log_entry dt where dt.appointment_id = %1$s.id and dt.technique = 'DEEP_TISSUE')
			 or exists (select 1 from service ds where ds.id = %1$s.service_id and lower(ds.name) like '%%deep tissue%%'))""";

	private final JdbcClient jdbc;

	FollowUpStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A session that ended in the window, has no follow-up yet, and whose client has an email address. */
	record Candidate(long appointmentId, long clientId, Instant start, Instant end, String email, String firstName,
			boolean deepTissue, boolean earlierDeepTissue, boolean sorenessBefore) {
	}

	List<Candidate> candidates(Instant endedFrom, Instant endedUntil) {
		return jdbc.sql("""
				select a.id, a.client_id, a.start_at, a.end_at, c.email, c.first_name,
				       case when %1$s then 1 else 0 end as deep,
				       case when exists (select 1 from appointment e
				                         where e.client_id = a.client_id and e.id <> a.id and e.start_at < a.start_at
				                           and e.status in ('BOOKED', 'COMPLETED') and %2$s) then 1 else 0 end as earlier_deep,
				       case when exists (select 1 from session_follow_up f
				                         where f.client_id = a.client_id and f.soreness_hours > :usual) then 1 else 0 end as sore
				from appointment a
				join service s on s.id = a.service_id
				join client c on c.id = a.client_id
				where a.status in ('BOOKED', 'COMPLETED') and s.kind = 'TREATMENT'
				  and a.end_at > :from and a.end_at <= :until
				  and c.email is not null
				  and not exists (select 1 from session_follow_up f where f.appointment_id = a.id)
				order by a.end_at, a.id
				""".formatted(DEEP_TISSUE.formatted("a"), DEEP_TISSUE.formatted("e")))
			.param("from", Db.utc(endedFrom))
			.param("until", Db.utc(endedUntil))
			.param("usual", FollowUpPolicy.USUAL_SORENESS_HOURS)
			.query((rs, i) -> new Candidate(rs.getLong("id"), rs.getLong("client_id"), Db.instant(rs, "start_at"),
					Db.instant(rs, "end_at"), rs.getString("email"), rs.getString("first_name"), rs.getInt("deep") == 1,
					rs.getInt("earlier_deep") == 1, rs.getInt("sore") == 1))
			.list();
	}

	/** Inserts the follow-up; false when another node or run inserted it first (the unique appointment). */
	boolean insert(long appointmentId, long clientId, FollowUpPolicy.Reason reason, String tokenHash, Instant now) {
		int rows = jdbc.sql("""
				insert into session_follow_up (appointment_id, client_id, reason, token_hash, sent_at, expires_at)
				select :appointment, :client, :reason, :hash, :now, :expires
				where not exists (select 1 from session_follow_up where appointment_id = :appointment)
				""")
			.param("appointment", appointmentId)
			.param("client", clientId)
			.param("reason", reason.name())
			.param("hash", tokenHash)
			.param("now", Db.utc(now))
			.param("expires", Db.utc(now.plus(FollowUpPolicy.LINK_VALID_FOR)))
			.update();
		return rows == 1;
	}

	Optional<FollowUp> byTokenHash(String hash) {
		return jdbc.sql("select * from session_follow_up where token_hash = :hash").param("hash", hash).query(ROW).optional();
	}

	/** Records the answer once: false when it was answered already (the link is single-use). */
	boolean answer(long id, FollowUp.Relief relief, int sorenessHours, boolean newSymptoms, long responseId,
			Instant now) {
		return jdbc.sql("""
				update session_follow_up set answered_at = :now, relief = :relief, soreness_hours = :hours,
				       new_symptoms = :symptoms, response_id = :response
				where id = :id and answered_at is null
				""")
			.param("now", Db.utc(now))
			.param("relief", relief.name())
			.param("hours", sorenessHours)
			.param("symptoms", newSymptoms)
			.param("response", responseId)
			.param("id", id)
			.update() == 1;
	}

	/** An answered follow-up with the names a to-do list shows. */
	record Answered(FollowUp followUp, String clientName, String therapistName, Instant sessionStart) {
	}

	/**
	 * Follow-ups answered since {@code since} that need a look (worse, soreness beyond 36 h, something new),
	 * newest first; of one therapist's sessions, or everyone's when {@code therapistUserId} is null.
	 */
	List<Answered> needingAttention(Instant since, Long therapistUserId) {
		return jdbc.sql("""
				select f.*, c.first_name, c.last_name, t.display_name, a.start_at
				from session_follow_up f
				join appointment a on a.id = f.appointment_id
				join client c on c.id = f.client_id
				join therapist t on t.id = a.therapist_id
				where f.answered_at >= :since
				  and (f.relief = 'WORSE' or f.soreness_hours > :usual or f.new_symptoms = true)
				  and (cast(:therapist as bigint) is null or t.user_id = :therapist)
				order by f.answered_at desc, f.id desc
				""")
			.param("since", Db.utc(since))
			.param("usual", FollowUpPolicy.USUAL_SORENESS_HOURS)
			.param("therapist", therapistUserId)
			.query((rs, i) -> new Answered(ROW.mapRow(rs, i), rs.getString("first_name") + " " + rs.getString("last_name"),
					rs.getString("display_name"), Db.instant(rs, "start_at")))
			.list();
	}

	/** The client's follow-ups, newest first. */
	List<FollowUp> forClient(long clientId) {
		return jdbc.sql("select * from session_follow_up where client_id = :client order by sent_at desc, id desc")
			.param("client", clientId)
			.query(ROW)
			.list();
	}

}
