package org.fascia.charting;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.fascia.audit.AuditLog;
import org.fascia.audit.AuditOutcome;
import org.fascia.intake.IntakeResponses;
import org.fascia.platform.ApiProblem;
import org.fascia.platform.Words;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Session notes: drafts saved with an optimistic version (a stale save is refused, never merged),
 * signing, and amendments of signed notes that keep the original. Who may do this is the caller's check
 * ({@link NoteAccess}); every read and change is audited here, refusals included.
 */
@Service
public class SessionNotes {

	static final int REASON_MAX = 500;

	private final NoteStore store;

	private final SessionAppointments appointments;

	private final AuditLog audit;

	private final Clock clock;

	private final IntakeResponses intake;

	private final org.fascia.outcomes.OutcomeRequests outcomes;

	private final org.fascia.outcomes.OutcomeResponses outcomeScores;

	private final Words words;

	SessionNotes(NoteStore store, SessionAppointments appointments, AuditLog audit, Clock clock, IntakeResponses intake,
			org.fascia.outcomes.OutcomeRequests outcomes, org.fascia.outcomes.OutcomeResponses outcomeScores,
			Words words) {
		this.words = words;
		this.outcomes = outcomes;
		this.outcomeScores = outcomeScores;
		this.intake = intake;
		this.store = store;
		this.appointments = appointments;
		this.audit = audit;
		this.clock = clock;
	}

	/** The appointment's note, if one was started; audited. */
	@Transactional(readOnly = true)
	public Optional<SessionNote> read(long appointmentId) {
		Optional<SessionNote> note = store.forAppointment(appointmentId);
		audit.record("NOTE_READ", "appointment", appointmentId, AuditOutcome.SUCCESS,
				note.map(n -> "note " + n.id() + " (" + n.status() + ", version " + n.version() + ")").orElse("no note yet"));
		return note;
	}

	/**
	 * Creates or updates the appointment's draft.
	 * @param version the version the writer read: 0 (or null) for a note not started yet
	 * @throws ApiProblem 404 for an unknown appointment; 409 when the note is signed, or was changed since
	 *         {@code version} (member {@code currentVersion}); 422 for a cancelled or missed appointment
	 */
	@Transactional
	public SessionNote save(long appointmentId, NoteContent content, Integer version, long userId) {
		SessionAppointment appointment = appointment(appointmentId);
		if (appointment.withoutSession()) {
			throw ApiProblem.unprocessable(switch (appointment.status()) {
				case CANCELLED -> words.text("charting.problem.note.noSession.cancelled");
				case LATE_CANCELLED -> words.text("charting.problem.note.noSession.lateCancelled");
				case NO_SHOW -> words.text("charting.problem.note.noSession.noShow");
				default -> words.text("charting.problem.note.noSession.other", appointment.status().name());
			});
		}
		Optional<SessionNote> existing = store.forAppointment(appointmentId);
		Instant now = now();
		if (existing.isEmpty()) {
			if (version != null && version != 0) {
				throw stale(appointmentId, version, 0);
			}
			try {
				long id = store.insert(appointmentId, appointment.clientId(), content, userId, now);
				audit.record("NOTE_SAVED", "appointment", appointmentId, AuditOutcome.SUCCESS, "note " + id + " created");
			}
			catch (DuplicateKeyException race) {
				throw stale(appointmentId, 0, 1);
			}
			nothingChanged(appointment, content, userId);
			return store.forAppointment(appointmentId).orElseThrow();
		}
		SessionNote note = existing.get();
		refuseIfSigned(note, NoteEdit.saveDraft(note.status()), "NOTE_SAVE_REFUSED");
		if (version == null) {
			throw ApiProblem.badRequest("version",
					words.text("charting.problem.note.sendVersion", String.valueOf(note.version())));
		}
		if (!store.update(note.id(), version, content, userId, now)) {
			throw stale(appointmentId, version, note.version());
		}
		audit.record("NOTE_SAVED", "appointment", appointmentId, AuditOutcome.SUCCESS,
				"note " + note.id() + " version " + (version + 1));
		nothingChanged(appointment, content, userId);
		return store.forAppointment(appointmentId).orElseThrow();
	}

	/**
	 * "Has anything about your health changed since your last visit?" answered "No" in the note is the visit's
	 * health check (recorded once, as entered by staff), so the treatment readiness knows it was asked. A "Yes"
	 * goes through the re-screen on the appointment, which stores the changed answers.
	 */
	private void nothingChanged(SessionAppointment appointment, NoteContent content, long userId) {
		if (Boolean.FALSE.equals(content.healthChanged()) && appointment.treatment()
				&& intake.healthCheckFor(appointment.id()).isEmpty()) {
			intake.recordHealthChange(appointment.clientId(), appointment.id(), false, java.util.Map.of(),
					IntakeResponses.Source.STAFF_ENTERED, userId);
		}
	}

	/**
	 * Signs the note as it stands at {@code version} (any version when null); after this it is read-only.
	 * @throws ApiProblem 404 when there is no note; 409 when it is signed already or changed since; 422
	 *         when it is not complete enough to sign (see {@link NoteEdit#sign})
	 */
	@Transactional
	public SessionNote sign(long appointmentId, Integer version, long userId) {
		SessionNote note = store.forAppointment(appointmentId)
			.orElseThrow(() -> ApiProblem.notFound(
					words.text("charting.problem.note.nothingToSign", String.valueOf(appointmentId))));
		NoteEdit.Decision decision = NoteEdit.sign(note.status(), note.content());
		if (!decision.allowed()) {
			String reason = reason(decision.refusal());
			audit.record("NOTE_SIGN_REFUSED", "appointment", appointmentId, AuditOutcome.DENIED, reason);
			throw note.signed() ? ApiProblem.conflict(reason) : ApiProblem.unprocessable(reason);
		}
		int read = version == null ? note.version() : version;
		if (!store.sign(note.id(), read, userId, now())) {
			throw stale(appointmentId, read, note.version());
		}
		audit.record("NOTE_SIGNED", "appointment", appointmentId, AuditOutcome.SUCCESS, "note " + note.id());
		// The signed note's pain before treatment is the visit's NPRS outcome, unless the client gave it themselves.
		Integer pain = note.content().painToday();
		if (pain != null && outcomeScores.visitScore(appointmentId, org.fascia.outcomes.Instrument.NPRS).isEmpty()) {
			outcomes.recordAtSession(note.clientId(), appointmentId, pain, userId);
		}
		return store.forAppointment(appointmentId).orElseThrow();
	}

	/**
	 * Adds an amendment to a signed note: the section, the corrected text and why. The original text and
	 * earlier amendments stay as they are.
	 * @throws ApiProblem 400 naming {@code section}, {@code text} or {@code reason}; 404 without a note;
	 *         409 for a draft
	 */
	@Transactional
	public SessionNote amend(long appointmentId, String section, String text, String reason, long userId) {
		Map<String, String> errors = new LinkedHashMap<>();
		NoteSection which = section == null ? null : NoteSection.ofCode(section.strip()).orElse(null);
		if (which == null) {
			errors.put("section", words.text("charting.problem.amend.section"));
		}
		String body = text == null ? "" : text.strip().replace("\r\n", "\n");
		String why = reason == null ? "" : reason.strip();
		if (body.isEmpty()) {
			errors.put("text", words.text("charting.problem.amend.text"));
		}
		else if (body.length() > NoteForm.TEXT_MAX) {
			errors.put("text", words.text("charting.problem.amend.textLength", String.valueOf(NoteForm.TEXT_MAX)));
		}
		if (why.isEmpty()) {
			errors.put("reason", words.text("charting.problem.amend.reason"));
		}
		else if (why.length() > REASON_MAX) {
			errors.put("reason", words.text("charting.problem.amend.reasonLength", String.valueOf(REASON_MAX)));
		}
		if (!errors.isEmpty()) {
			throw ApiProblem.invalid(errors);
		}
		SessionNote note = store.forAppointment(appointmentId)
			.orElseThrow(
					() -> ApiProblem.notFound(words.text("charting.problem.note.none", String.valueOf(appointmentId))));
		NoteEdit.Decision decision = NoteEdit.amend(note.status());
		if (!decision.allowed()) {
			String refused = reason(decision.refusal());
			audit.record("NOTE_AMEND_REFUSED", "appointment", appointmentId, AuditOutcome.DENIED, refused);
			throw ApiProblem.conflict(refused);
		}
		store.amend(note.id(), which, body, why, userId, now());
		audit.record("NOTE_AMENDED", "appointment", appointmentId, AuditOutcome.SUCCESS,
				"note " + note.id() + ", " + which + ": " + why);
		return store.forAppointment(appointmentId).orElseThrow();
	}

	/** The client's latest note of an appointment that started before this one; audited as a read. */
	@Transactional(readOnly = true)
	public Optional<SessionNote> previous(SessionAppointment appointment) {
		Optional<SessionNote> previous = store.forClient(appointment.clientId())
			.stream()
			.filter(n -> n.appointmentId() != appointment.id())
			.filter(n -> appointments.find(n.appointmentId())
				.map(a -> a.start().isBefore(appointment.start()))
				.orElse(false))
			.findFirst();
		previous.ifPresent(n -> audit.record("NOTE_READ", "appointment", n.appointmentId(), AuditOutcome.SUCCESS,
				"note " + n.id() + " as the previous note of appointment " + appointment.id()));
		return previous;
	}

	/** The client's notes, newest first (drafts included), without auditing: for the module's own readers. */
	List<SessionNote> notesOf(long clientId) {
		return store.forClient(clientId);
	}

	SessionAppointment appointment(long appointmentId) {
		return appointments.find(appointmentId)
			.orElseThrow(() -> ApiProblem.notFound(
					words.text("charting.problem.noAppointment", String.valueOf(appointmentId))));
	}

	private void refuseIfSigned(SessionNote note, NoteEdit.Decision decision, String action) {
		if (!decision.allowed()) {
			String reason = reason(decision.refusal());
			audit.record(action, "appointment", note.appointmentId(), AuditOutcome.DENIED, reason);
			throw ApiProblem.conflict(reason).with("noteStatus", note.status().name());
		}
	}

	/** Why {@link NoteEdit} refused, in words a person can act on. */
	private String reason(NoteEdit.Refusal refusal) {
		return switch (refusal) {
			case SIGNED_READ_ONLY -> words.text("charting.problem.note.signedReadOnly");
			case ALREADY_SIGNED -> words.text("charting.problem.note.alreadySigned");
			case NO_SUMMARY -> words.text("charting.problem.note.noSummary");
			case NO_SECTION -> words.text("charting.problem.note.noSection");
			case DRAFT_NOT_AMENDED -> words.text("charting.problem.note.draftNotAmended");
		};
	}

	private ApiProblem stale(long appointmentId, int read, int current) {
		audit.record("NOTE_SAVE_REFUSED", "appointment", appointmentId, AuditOutcome.DENIED,
				"stale version " + read + ", current " + current);
		return ApiProblem.conflict(words.text("charting.problem.note.stale")).with("currentVersion", current);
	}

	private Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

}
