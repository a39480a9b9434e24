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
 * Who may see and change a client's self-care (issue 5, requirement 9): the owner sees every client, a
 * therapist the clients they treat (who have or had an appointment with them), a client only their
 * own program. The front desk never reaches these pages (SecurityConfiguration).
 */
@Component
class SelfCareAccess {

	private final CareTeam careTeam;

	private final ClientDirectory clients;

	private final AuditLog audit;

	SelfCareAccess(CareTeam careTeam, ClientDirectory clients, AuditLog audit) {
		this.careTeam = careTeam;
		this.clients = clients;
		this.audit = audit;
	}

	/**
	 * Checks that a member of staff may see and change the client's program.
	 * @throws ApiProblem 404 for an unknown client, 403 for a therapist who does not treat the client
	 *         or any other role
	 */
	void checkStaff(FasciaUser user, long clientId) {
		if (!clients.exists(clientId)) {
			throw ApiProblem.notFound("There is no client " + clientId + ".");
		}
		if (user.role() == Role.OWNER) {
			return;
		}
		if (user.role() == Role.THERAPIST && treats(user.id(), clientId)) {
			return;
		}
		audit.record("SELF_CARE_ACCESS_DENIED", "client", clientId, AuditOutcome.DENIED,
				user.role() == Role.THERAPIST ? "not a client of this therapist" : "role " + user.role());
		throw ApiProblem.forbidden(user.role() == Role.THERAPIST
				? "You can see the self-care programs of the clients you treat; this client has no appointment with you."
				: "Only the owner and the client's therapist can see a self-care program.");
	}

	/** Whether the therapist account has or had an appointment with the client. */
	boolean treats(long therapistUserId, long clientId) {
		return careTeam.treats(therapistUserId, clientId);
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
