package org.fascia.outcomes;

import org.fascia.audit.AuditLog;
import org.fascia.audit.AuditOutcome;
import org.fascia.booking.CareTeam;
import org.fascia.clients.ClientDirectory;
import org.fascia.identity.FasciaUser;
import org.fascia.identity.Role;
import org.fascia.platform.ApiProblem;
import org.springframework.stereotype.Component;

/**
 * Who may read a client's stored outcome measures through the staff API: the rule of the client record (issue 5,
 * requirement 9): the owner every client, a therapist the clients they treat ({@link CareTeam}); the front desk and
 * clients never (they are stopped by the security configuration too; this check stands on its own). An unknown
 * client is a 404; a refusal is a 403 and is audited.
 */
@Component
class OutcomeAccess {

	private final CareTeam careTeam;

	private final ClientDirectory clients;

	private final AuditLog audit;

	OutcomeAccess(CareTeam careTeam, ClientDirectory clients, AuditLog audit) {
		this.careTeam = careTeam;
		this.clients = clients;
		this.audit = audit;
	}

	/**
	 * @throws ApiProblem 404 for an unknown client, 403 for anyone but the owner and the client's therapist (audited)
	 */
	void checkStaff(FasciaUser user, long clientId) {
		if (!clients.exists(clientId)) {
			throw ApiProblem.notFound("There is no client " + clientId + ".");
		}
		if (user.role() == Role.OWNER || (user.role() == Role.THERAPIST && careTeam.treats(user.id(), clientId))) {
			return;
		}
		audit.record("OUTCOME_ACCESS_DENIED", "client", clientId, AuditOutcome.DENIED,
				user.role() == Role.THERAPIST ? "not a client of this therapist" : "role " + user.role());
		throw ApiProblem.forbidden(user.role() == Role.THERAPIST
				? "You can see the outcome measures of the clients you treat; this client has no appointment with you."
				: "Only the owner and the client's therapist can see outcome measures.");
	}

}
