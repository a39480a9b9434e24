package org.fascia.charting;

import java.time.Instant;
import java.util.List;

import org.fascia.identity.FasciaUser;
import org.fascia.platform.ApiProblem;
import org.fascia.platform.Words;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Session notes through the API, with the page's access rule (the owner, the appointment's therapist, a
 * therapist who treats the client; never the front desk or a client):
 * <ul>
 * <li>{@code GET /api/v1/appointments/{id}/note}: the note with its sections, regions as codes, status,
 * signer and amendments (404 before one is started);</li>
 * <li>{@code POST /api/v1/appointments/{id}/note}: create or update the draft, naming the {@code version}
 * read (0 for a new note); 409 when stale or signed, 400 naming the field;</li>
 * <li>{@code POST /api/v1/appointments/{id}/note/sign} ({@code {"version"}} optional);</li>
 * <li>{@code GET/POST /api/v1/appointments/{id}/note/amendments} ({@code section}, {@code text},
 * {@code reason}; only on a signed note).</li>
 * </ul>
 */
@RestController
class SessionNoteApi {

	private final SessionNotes notes;

	private final NoteAccess access;

	private final Words words;

	SessionNoteApi(SessionNotes notes, NoteAccess access, Words words) {
		this.notes = notes;
		this.access = access;
		this.words = words;
	}

	/** The body of a draft save. */
	record NoteBody(String subjective, Integer painToday, Boolean healthChanged, List<String> findingRegions,
			String objective, String assessment, String responseSinceLast, String planNext, String planSelfCare,
			String clientSummary, Integer version) {

		NoteForm form() {
			return new NoteForm(subjective, painToday == null ? null : painToday.toString(),
					healthChanged == null ? null : healthChanged.toString(), findingRegions, objective, assessment,
					responseSinceLast, planNext, planSelfCare, clientSummary);
		}

	}

	record SignBody(Integer version) {
	}

	record AmendmentBody(String section, String text, String reason) {
	}

	record Amendment(long id, String section, String text, String reason, String by, Instant at) {

		static Amendment of(SessionNote.Amendment a) {
			return new Amendment(a.id(), a.section().name(), a.text(), a.reason(), a.by(), a.at());
		}

	}

	record Note(long id, long appointmentId, long clientId, String status, int version, String subjective,
			Integer painToday, Boolean healthChanged, List<String> findingRegions, String objective, String assessment,
			String responseSinceLast, String planNext, String planSelfCare, String clientSummary, Instant updatedAt,
			String signedBy, Instant signedAt, List<Amendment> amendments) {

		static Note of(SessionNote n) {
			NoteContent c = n.content();
			return new Note(n.id(), n.appointmentId(), n.clientId(), n.status().name(), n.version(), c.subjective(),
					c.painToday(), c.healthChanged(), c.findingRegions().stream().map(BodyRegion::code).toList(),
					c.objective(), c.assessment(), c.responseSinceLast() == null ? null : c.responseSinceLast().name(),
					c.planNext(), c.planSelfCare(), c.clientSummary(), n.updatedAt(), n.signedBy(), n.signedAt(),
					n.amendments().stream().map(Amendment::of).toList());
		}

	}

	@GetMapping("/api/v1/appointments/{id}/note")
	Note read(@PathVariable long id, @AuthenticationPrincipal FasciaUser user) {
		access.check(user, id);
		return notes.read(id).map(Note::of)
			.orElseThrow(() -> ApiProblem.notFound(words.text("charting.problem.note.notStarted", String.valueOf(id))));
	}

	@PostMapping("/api/v1/appointments/{id}/note")
	ResponseEntity<Note> save(@PathVariable long id, @RequestBody(required = false) NoteBody body,
			@AuthenticationPrincipal FasciaUser user) {
		access.check(user, id);
		NoteBody request = body == null ? new NoteBody(null, null, null, null, null, null, null, null, null, null, null)
				: body;
		SessionNote saved = notes.save(id, request.form().content(words), request.version(), user.id());
		return saved.version() == 1 ? ResponseEntity.status(201).body(Note.of(saved)) : ResponseEntity.ok(Note.of(saved));
	}

	@PostMapping("/api/v1/appointments/{id}/note/sign")
	Note sign(@PathVariable long id, @RequestBody(required = false) SignBody body,
			@AuthenticationPrincipal FasciaUser user) {
		access.check(user, id);
		return Note.of(notes.sign(id, body == null ? null : body.version(), user.id()));
	}

	@GetMapping("/api/v1/appointments/{id}/note/amendments")
	List<Amendment> amendments(@PathVariable long id, @AuthenticationPrincipal FasciaUser user) {
		access.check(user, id);
		return notes.read(id).map(n -> n.amendments().stream().map(Amendment::of).toList())
			.orElseThrow(() -> ApiProblem.notFound(words.text("charting.problem.note.notStarted", String.valueOf(id))));
	}

	@PostMapping("/api/v1/appointments/{id}/note/amendments")
	ResponseEntity<Amendment> amend(@PathVariable long id, @RequestBody(required = false) AmendmentBody body,
			@AuthenticationPrincipal FasciaUser user) {
		access.check(user, id);
		AmendmentBody request = body == null ? new AmendmentBody(null, null, null) : body;
		SessionNote amended = notes.amend(id, request.section(), request.text(), request.reason(), user.id());
		return ResponseEntity.status(201).body(Amendment.of(amended.latest().orElseThrow()));
	}

}
