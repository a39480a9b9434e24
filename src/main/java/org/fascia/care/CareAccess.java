package org.fascia.care;

import org.fascia.audit.AuditLog;
import org.fascia.audit.AuditOutcome;
import org.fascia.booking.CareTeam;
import org.fascia.clients.ClientDirectory;
import org.fascia.identity.FasciaUser;
import org.fascia.identity.Role;
import org.fascia.platform.ApiProblem;
import org.springframework.stereotype.Component;

/**
 * Who may see and change a client's consultations and care plans (issue 5, requirement 9): the owner
 * every client, a therapist the clients they treat ({@link CareTeam}), a client only their own plans
 * (read only). The front desk never: plans are clinical. Refusals are audited.
 */
@Component
class CareAccess {

	private final CareTeam careTeam;

	private final ClientDirectory clients;

	private final AuditLog audit;

	CareAccess(CareTeam careTeam, ClientDirectory clients, AuditLog audit) {
		this.careTeam = careTeam;
		this.clients = clients;
		this.audit = audit;
	}

	/**
	 * The owner, or a therapist who treats the client.
	 * @throws ApiProblem 404 for an unknown client, 403 otherwise (audited)
	 */
	void checkStaff(FasciaUser user, long clientId) {
		if (!clients.exists(clientId)) {
			throw ApiProblem.notFound("There is no client " + clientId + ".");
		}
		if (mayTreat(user, clientId)) {
			return;
		}
		audit.record("CARE_PLAN_ACCESS_DENIED", "client", clientId, AuditOutcome.DENIED,
				user.role() == Role.THERAPIST ? "not a client of this therapist" : "role " + user.role());
		throw ApiProblem.forbidden(user.role() == Role.THERAPIST
				? "You can see the consultations and care plans of the clients you treat; this client has no appointment with you."
				: "Only the owner and the client's therapist can see consultations and care plans.");
	}

	/** Staff as {@link #checkStaff}, or the client themself; another client's id is a 404 (audited). */
	void checkReader(FasciaUser user, long clientId) {
		if (user.role() != Role.CLIENT) {
			checkStaff(user, clientId);
			return;
		}
		if (ownClient(user) != clientId) {
			audit.record("CARE_PLAN_ACCESS_DENIED", "client", clientId, AuditOutcome.DENIED,
					"another client's care plans, asked for by user " + user.id());
			throw ApiProblem.notFound("There are no care plans for client " + clientId + " in your account.");
		}
	}

	/** Whether the user is the owner or a therapist who treats the client (no audit: for showing links). */
	boolean mayTreat(FasciaUser user, long clientId) {
		return user.role() == Role.OWNER || (user.role() == Role.THERAPIST && careTeam.treats(user.id(), clientId));
	}

	/**
	 * The signed-in client's own record id.
	 * @throws ApiProblem 404 when the account has no client record
	 */
	long ownClient(FasciaUser user) {
		return clients.idForUser(user.id())
			.orElseThrow(() -> ApiProblem.notFound("There is no client record for this account."));
	}

}
