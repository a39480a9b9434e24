package org.fascia.care;

import org.fascia.audit.AuditLog;
import org.fascia.audit.AuditOutcome;
import org.fascia.booking.CareTeam;
import org.fascia.clients.ClientDirectory;
import org.fascia.clients.Family;
import org.fascia.identity.FasciaUser;
import org.fascia.identity.Role;
import org.fascia.platform.ApiProblem;
import org.fascia.platform.Words;
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

	private final Words words;

	CareAccess(CareTeam careTeam, ClientDirectory clients, Family family, AuditLog audit, Words words) {
		this.careTeam = careTeam;
		this.clients = clients;
		this.family = family;
		this.audit = audit;
		this.words = words;
	}

	/** What is asked for, for the refusal's words ({@link #refusal}) and its audit action. */
	enum Area {

		PLANS("CARE_PLAN_ACCESS_DENIED"), SELF_CARE("SELF_CARE_ACCESS_DENIED");

		private final String deniedAction;

		Area(String deniedAction) {
			this.deniedAction = deniedAction;
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
			throw ApiProblem.notFound(words.text("care.problem.noClient", String.valueOf(clientId)));
		}
		if (mayTreat(user, clientId)) {
			return;
		}
		audit.record(area.deniedAction, "client", clientId, AuditOutcome.DENIED,
				user.role() == Role.THERAPIST ? "not a client of this therapist" : "role " + user.role());
		throw ApiProblem.forbidden(refusal(area, user.role() == Role.THERAPIST));
	}

	private String refusal(Area area, boolean therapist) {
		return switch (area) {
			case PLANS -> therapist ? words.text("care.problem.access.plans.therapist")
					: words.text("care.problem.access.plans.others");
			case SELF_CARE -> therapist ? words.text("care.problem.access.selfCare.therapist")
					: words.text("care.problem.access.selfCare.others");
		};
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
			throw ApiProblem.notFound(words.text("care.problem.noPlansOfYours", String.valueOf(clientId)));
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
			.orElseThrow(() -> ApiProblem.notFound(words.text("care.problem.noClientRecord")));
	}

}
