package org.fascia.outcomes;

import org.fascia.audit.AuditLog;
import org.fascia.audit.AuditOutcome;
import org.fascia.booking.CareTeam;
import org.fascia.clients.ClientDirectory;
import org.fascia.identity.FasciaUser;
import org.fascia.identity.Role;
import org.fascia.platform.ApiProblem;
import org.fascia.platform.Words;
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

	private final Words words;

	OutcomeAccess(CareTeam careTeam, ClientDirectory clients, AuditLog audit, Words words) {
		this.careTeam = careTeam;
		this.clients = clients;
		this.audit = audit;
		this.words = words;
	}

	/**
	 * @throws ApiProblem 404 for an unknown client, 403 for anyone but the owner and the client's therapist (audited)
	 */
	void checkStaff(FasciaUser user, long clientId) {
		if (!clients.exists(clientId)) {
			throw ApiProblem.notFound(words.text("outcomes.problem.noClient", String.valueOf(clientId)));
		}
		if (user.role() == Role.OWNER || (user.role() == Role.THERAPIST && careTeam.treats(user.id(), clientId))) {
			return;
		}
		audit.record("OUTCOME_ACCESS_DENIED", "client", clientId, AuditOutcome.DENIED,
				user.role() == Role.THERAPIST ? "not a client of this therapist" : "role " + user.role());
		throw ApiProblem.forbidden(user.role() == Role.THERAPIST
				? words.text("outcomes.problem.notYourClient") : words.text("outcomes.problem.ownerOrTherapist"));
	}

}
