package org.fascia.charting;

import org.fascia.audit.AuditLog;
import org.fascia.audit.AuditOutcome;
import org.fascia.booking.CareTeam;
import org.fascia.identity.FasciaUser;
import org.fascia.identity.Role;
import org.fascia.platform.ApiProblem;
import org.springframework.stereotype.Component;

/**
 * Who may read and write an appointment's note (issue 5, requirement 9): the owner; the appointment's
 * therapist; another therapist only if they treat the client ({@link CareTeam}). The front desk and
 * clients never (they are stopped by the security configuration too; this check stands on its own).
 * Unknown appointments are a 404, refusals a 403, and every refusal is audited.
 */
@Component
class NoteAccess {

	private final SessionAppointments appointments;

	private final CareTeam careTeam;

	private final AuditLog audit;

	NoteAccess(SessionAppointments appointments, CareTeam careTeam, AuditLog audit) {
		this.appointments = appointments;
		this.careTeam = careTeam;
		this.audit = audit;
	}

	/**
	 * The appointment, when the user may see and write its note.
	 * @throws ApiProblem 404 for an unknown appointment, 403 otherwise
	 */
	SessionAppointment check(FasciaUser user, long appointmentId) {
		SessionAppointment appointment = appointments.find(appointmentId)
			.orElseThrow(() -> ApiProblem.notFound("There is no appointment " + appointmentId + "."));
		if (allowed(user, appointment)) {
			return appointment;
		}
		audit.record("NOTE_ACCESS_DENIED", "appointment", appointmentId, AuditOutcome.DENIED,
				user.role() == Role.THERAPIST ? "therapist does not treat client " + appointment.clientId()
						: "role " + user.role());
		throw ApiProblem.forbidden(user.role() == Role.THERAPIST
				? "You can see the session notes of the clients you treat; this client has no appointment with you."
				: "Only the client's therapist and the owner can see session notes.");
	}

	boolean allowed(FasciaUser user, SessionAppointment appointment) {
		return TreatmentLogAccess.allowed(user, appointment, careTeam);
	}

}
