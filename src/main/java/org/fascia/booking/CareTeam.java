package org.fascia.booking;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Who treats a client: a therapist treats the clients who have or had an appointment with them (any
 * status but a plain cancellation still counts: the therapist was chosen for the client). The one rule
 * behind "a therapist sees the clients they treat" (issue 5, requirement 9), shared by care and charting.
 */
@Service
public class CareTeam {

	private final JdbcClient jdbc;

	CareTeam(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Whether the therapist account has or had an appointment with the client. */
	public boolean treats(long therapistUserId, long clientId) {
		return jdbc.sql("""
				select count(*) from appointment a join therapist t on t.id = a.therapist_id
				where t.user_id = :user and a.client_id = :client
				""").param("user", therapistUserId).param("client", clientId).query(Integer.class).single() > 0;
	}

	/** The therapist account's therapist id, when the account is a therapist's. */
	public java.util.Optional<Long> therapistIdOf(long userId) {
		return jdbc.sql("select id from therapist where user_id = :user").param("user", userId).query(Long.class).optional();
	}

}
