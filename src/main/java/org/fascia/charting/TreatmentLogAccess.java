package org.fascia.charting;

import org.fascia.audit.AuditLog;
import org.fascia.audit.AuditOutcome;
import org.fascia.booking.CareTeam;
import org.fascia.identity.FasciaUser;
import org.fascia.identity.Role;
import org.fascia.platform.ApiProblem;
import org.springframework.stereotype.Component;

/**
 * Who may read and write an appointment's treatment log (issue 5, requirement 9): the owner; the
 * appointment's own therapist; a therapist who treats the client ({@link CareTeam}). The front desk and
 * clients never (SecurityConfiguration keeps them out; refused here as well). Unknown appointments are a
 * 404 before anything else, so an id reveals nothing.
 */
@Component
class TreatmentLogAccess {

	private final SessionAppointments appointments;

	private final CareTeam careTeam;

	private final AuditLog audit;

	TreatmentLogAccess(SessionAppointments appointments, CareTeam careTeam, AuditLog audit) {
		this.appointments = appointments;
		this.careTeam = careTeam;
		this.audit = audit;
	}

	/**
	 * The appointment, when the user may chart it.
	 * @throws ApiProblem 404 for an unknown appointment, 403 for anyone else (audited as denied)
	 */
	SessionAppointment check(FasciaUser user, long appointmentId) {
		SessionAppointment appointment = appointments.find(appointmentId)
			.orElseThrow(() -> ApiProblem.notFound("There is no appointment " + appointmentId + "."));
		if (allowed(user, appointment)) {
			return appointment;
		}
		audit.record("TREATMENT_LOG_ACCESS_DENIED", "appointment", appointmentId, AuditOutcome.DENIED,
				user.role() == Role.THERAPIST ? "not a client of this therapist" : "role " + user.role());
		throw ApiProblem.forbidden(user.role() == Role.THERAPIST
				? "You can chart the sessions of the clients you treat; this client has no appointment with you."
				: "Only the owner and the client's therapist can see or write a treatment log.");
	}

	/**
	 * The one rule for charting an appointment (its note and its log): the owner; the appointment's own
	 * therapist; a therapist who treats the client.
	 */
	static boolean allowed(FasciaUser user, SessionAppointment appointment, CareTeam careTeam) {
		if (user.role() == Role.OWNER) {
			return true;
		}
		if (user.role() != Role.THERAPIST) {
			return false;
		}
		return (appointment.therapistUserId() != null && appointment.therapistUserId() == user.id())
				|| careTeam.treats(user.id(), appointment.clientId());
	}

	private boolean allowed(FasciaUser user, SessionAppointment appointment) {
		return allowed(user, appointment, careTeam);
	}

	/** Whether the user may see the client's clinical charting (the owner, or a therapist who treats them). */
	boolean mayChart(FasciaUser user, long clientId) {
		return user.role() == Role.OWNER || (user.role() == Role.THERAPIST && careTeam.treats(user.id(), clientId));
	}

}
