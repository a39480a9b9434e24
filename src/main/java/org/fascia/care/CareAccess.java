package org.fascia.care;

import org.fascia.audit.AuditLog;
import org.fascia.audit.AuditOutcome;
import org.fascia.booking.CareTeam;
import org.fascia.clients.ClientDirectory;
import org.fascia.clients.Family;
import org.fascia.identity.FasciaUser;
import org.fascia.identity.Role;
import org.fascia.platform.ApiProblem;
import org.springframework.stereotype.Component;

/**
 * Who may see and change a client's consultations, care plans and self-care (issue 5, requirement 9): the
 * owner every client, a therapist the clients they treat ({@link CareTeam}), a client only their own plans
 * (read only) and program. The front desk never: these are clinical. Refusals are audited.
 */
@Component
class CareAccess {

	private final CareTeam careTeam;

	private final ClientDirectory clients;

	private final Family family;

	private final AuditLog audit;

	CareAccess(CareTeam careTeam, ClientDirectory clients, Family family, AuditLog audit) {
		this.careTeam = careTeam;
		this.clients = clients;
		this.family = family;
		this.audit = audit;
	}

	/** What is asked for, for the refusal's words and its audit action. */
	enum Area {

		PLANS("CARE_PLAN_ACCESS_DENIED", "the consultations and care plans", "consultations and care plans"),
		SELF_CARE("SELF_CARE_ACCESS_DENIED", "the self-care programs", "a self-care program");

		private final String deniedAction;

		private final String theirs;

		private final String one;

		Area(String deniedAction, String theirs, String one) {
			this.deniedAction = deniedAction;
			this.theirs = theirs;
			this.one = one;
		}

	}

	/**
	 * The owner, or a therapist who treats the client, for consultations and care plans.
	 * @throws ApiProblem 404 for an unknown client, 403 otherwise (audited)
	 */
	void checkStaff(FasciaUser user, long clientId) {
		checkStaff(user, clientId, Area.PLANS);
	}

	/**
	 * The owner, or a therapist who treats the client: the one rule for a client's care (plans,
	 * consultations, self-care).
	 * @throws ApiProblem 404 for an unknown client, 403 otherwise (audited under the area's action)
	 */
	void checkStaff(FasciaUser user, long clientId, Area area) {
		if (!clients.exists(clientId)) {
			throw ApiProblem.notFound("There is no client " + clientId + ".");
		}
		if (mayTreat(user, clientId)) {
			return;
		}
		audit.record(area.deniedAction, "client", clientId, AuditOutcome.DENIED,
				user.role() == Role.THERAPIST ? "not a client of this therapist" : "role " + user.role());
		throw ApiProblem.forbidden(user.role() == Role.THERAPIST
				? "You can see " + area.theirs + " of the clients you treat; this client has no appointment with you."
				: "Only the owner and the client's therapist can see " + area.one + ".");
	}

	/** Staff as {@link #checkStaff}, or the client themself; another client's id is a 404 (audited). */
	void checkReader(FasciaUser user, long clientId) {
		if (user.role() != Role.CLIENT) {
			checkStaff(user, clientId);
			return;
		}
		if (!mayActFor(user, clientId)) {
			audit.record("CARE_PLAN_ACCESS_DENIED", "client", clientId, AuditOutcome.DENIED,
					"another client's care plans, asked for by user " + user.id());
			throw ApiProblem.notFound("There are no care plans for client " + clientId + " in your account.");
		}
	}

	/** Whether the user is the owner or a therapist who treats the client (no audit: for showing links). */
	boolean mayTreat(FasciaUser user, long clientId) {
		return user.role() == Role.OWNER || (user.role() == Role.THERAPIST && careTeam.treats(user.id(), clientId));
	}

	/** Whether a client account may act for this client: their own record or their child's (family members). */
	boolean mayActFor(FasciaUser user, long clientId) {
		return family.mayActFor(user.id(), clientId);
	}

	/**
	 * The record the signed-in client acts for: their own, or the child they chose in the portal.
	 * @throws ApiProblem 404 when the account has no client record
	 */
	long ownClient(FasciaUser user) {
		return family.actingFor(user.id())
			.orElseThrow(() -> ApiProblem.notFound("There is no client record for this account."));
	}

}
