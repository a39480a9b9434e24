package org.fascia.charting;

import org.fascia.audit.AuditLog;
import org.fascia.audit.AuditOutcome;
import org.fascia.booking.CareTeam;
import org.fascia.identity.FasciaUser;
import org.fascia.identity.Role;
import org.fascia.platform.ApiProblem;
import org.fascia.platform.Words;
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

	private final Words words;

	NoteAccess(SessionAppointments appointments, CareTeam careTeam, AuditLog audit, Words words) {
		this.appointments = appointments;
		this.careTeam = careTeam;
		this.audit = audit;
		this.words = words;
	}

	/** What is asked for, for the refusal's words ({@link #refusal}) and its audit action. */
	enum Area {

		NOTE("NOTE_ACCESS_DENIED", "therapist does not treat client "),
		TREATMENT_LOG("TREATMENT_LOG_ACCESS_DENIED", "not a client of this therapist: client ");

		private final String deniedAction;

		private final String auditDetail;

		Area(String deniedAction, String auditDetail) {
			this.deniedAction = deniedAction;
			this.auditDetail = auditDetail;
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
			.orElseThrow(() -> ApiProblem.notFound(
					words.text("charting.problem.noAppointment", String.valueOf(appointmentId))));
		if (allowed(user, appointment)) {
			return appointment;
		}
		audit.record(area.deniedAction, "appointment", appointmentId, AuditOutcome.DENIED,
				user.role() == Role.THERAPIST ? area.auditDetail + appointment.clientId() : "role " + user.role());
		throw ApiProblem.forbidden(refusal(area, user.role() == Role.THERAPIST));
	}

	private String refusal(Area area, boolean therapist) {
		return switch (area) {
			case NOTE -> therapist ? words.text("charting.problem.access.note.therapist")
					: words.text("charting.problem.access.note.others");
			case TREATMENT_LOG -> therapist ? words.text("charting.problem.access.log.therapist")
					: words.text("charting.problem.access.log.others");
		};
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
