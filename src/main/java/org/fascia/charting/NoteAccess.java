package org.fascia.charting;

import org.fascia.audit.AuditLog;
import org.fascia.audit.AuditOutcome;
import org.fascia.booking.CareTeam;
import org.fascia.identity.FasciaUser;
import org.fascia.identity.Role;
import org.fascia.platform.ApiProblem;
import org.springframework.stereotype.Component;

/**
 * Who may read and write an appointment's note and treatment log (issue 5, requirement 9): the owner; the
 * appointment's therapist; another therapist only if they treat the client ({@link CareTeam}). The front desk and
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

	/** What is asked for, for the refusal's words and its audit action. */
	enum Area {

		NOTE("NOTE_ACCESS_DENIED", "therapist does not treat client ",
				"You can see the session notes of the clients you treat; this client has no appointment with you.",
				"Only the client's therapist and the owner can see session notes."),
		TREATMENT_LOG("TREATMENT_LOG_ACCESS_DENIED", "not a client of this therapist: client ",
				"You can chart the sessions of the clients you treat; this client has no appointment with you.",
				"Only the owner and the client's therapist can see or write a treatment log.");

		private final String deniedAction;

		private final String auditDetail;

		private final String toTherapist;

		private final String toOthers;

		Area(String deniedAction, String auditDetail, String toTherapist, String toOthers) {
			this.deniedAction = deniedAction;
			this.auditDetail = auditDetail;
			this.toTherapist = toTherapist;
			this.toOthers = toOthers;
		}

	}

	/**
	 * The appointment, when the user may see and write its note.
	 * @throws ApiProblem 404 for an unknown appointment, 403 otherwise
	 */
	SessionAppointment check(FasciaUser user, long appointmentId) {
		return check(user, appointmentId, Area.NOTE);
	}

	/**
	 * The appointment, when the user may chart it (its note, its treatment log).
	 * @throws ApiProblem 404 for an unknown appointment, 403 otherwise (audited under the area's action)
	 */
	SessionAppointment check(FasciaUser user, long appointmentId, Area area) {
		SessionAppointment appointment = appointments.find(appointmentId)
			.orElseThrow(() -> ApiProblem.notFound("There is no appointment " + appointmentId + "."));
		if (allowed(user, appointment)) {
			return appointment;
		}
		audit.record(area.deniedAction, "appointment", appointmentId, AuditOutcome.DENIED,
				user.role() == Role.THERAPIST ? area.auditDetail + appointment.clientId() : "role " + user.role());
		throw ApiProblem.forbidden(user.role() == Role.THERAPIST ? area.toTherapist : area.toOthers);
	}

	/**
	 * The one rule for charting an appointment (its note and its log): the owner; the appointment's own
	 * therapist; a therapist who treats the client.
	 */
	boolean allowed(FasciaUser user, SessionAppointment appointment) {
		if (user.role() == Role.OWNER) {
			return true;
		}
		if (user.role() != Role.THERAPIST) {
			return false;
		}
		return (appointment.therapistUserId() != null && appointment.therapistUserId() == user.id())
				|| careTeam.treats(user.id(), appointment.clientId());
	}

	/** Whether the user may see the client's clinical charting (the owner, or a therapist who treats them). */
	boolean mayChart(FasciaUser user, long clientId) {
		return user.role() == Role.OWNER || (user.role() == Role.THERAPIST && careTeam.treats(user.id(), clientId));
	}

}
