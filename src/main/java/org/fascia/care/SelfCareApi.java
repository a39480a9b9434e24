package org.fascia.care;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.fascia.clinic.ClinicTime;
import org.fascia.identity.FasciaUser;
import org.fascia.identity.Role;
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
 * Self-care programs through the API:
 * <ul>
 * <li>{@code GET /api/v1/clients/{id}/self-care}: the program with adherence; the owner, the client's
 * therapist, or the client themself (another client's id is a 404);</li>
 * <li>{@code POST /api/v1/clients/{id}/self-care}: assign an item ({@code itemId}, optional {@code dose},
 * {@code daysPerWeek}, {@code startDate}, {@code endDate}); 201, or 422 naming the caution it conflicts
 * with;</li>
 * <li>{@code POST /api/v1/self-care/{assignmentId}/done}: the client ticks a day ({@code {"date":
 * "YYYY-MM-DD"}}, today when left out); a future day or one more than 6 days back is a 400.</li>
 * </ul>
 */
@RestController
class SelfCareApi {

	private final SelfCarePrograms programs;

	private final CareAccess access;

	private final ClinicTime clinicTime;

	private final Words words;

	SelfCareApi(SelfCarePrograms programs, CareAccess access, ClinicTime clinicTime, Words words) {
		this.programs = programs;
		this.access = access;
		this.clinicTime = clinicTime;
		this.words = words;
	}

	record Adherence(long prescribedDays, long doneDays, Integer percent) {

		static Adherence of(SelfCareAdherence.Result r) {
			return new Adherence(r.prescribedDays(), r.doneDays(), r.percent());
		}

	}

	record Assignment(long id, long itemId, String itemCode, String name, SelfCareCategory category, String dose,
			int daysPerWeek, LocalDate startDate, LocalDate endDate, String instructions, String evidenceNote,
			String evidenceSource, List<LocalDate> doneDates, Adherence adherence) {

		static Assignment of(SelfCareAssignment a) {
			return new Assignment(a.id(), a.item().id(), a.item().code(), a.item().name(), a.item().category(), a.dose(),
					a.daysPerWeek(), a.startDate(), a.endDate(), a.item().instructions(), a.item().evidenceNote(),
					a.item().evidenceSource(), a.doneDates().stream().sorted().toList(), Adherence.of(a.adherence()));
		}

	}

	record Program(long clientId, Adherence adherence, boolean weeklyReminder, List<Assignment> assignments) {
	}

	/** An assignment as sent: the item, and optionally its dose, days a week and dates. */
	record AssignRequest(Long itemId, String dose, Integer daysPerWeek, String startDate, String endDate) {
	}

	record DoneRequest(String date) {
	}

	record Done(long assignmentId, LocalDate date, boolean done, Adherence adherence) {
	}

	@GetMapping("/api/v1/clients/{id}/self-care")
	Program program(@PathVariable long id, @AuthenticationPrincipal FasciaUser user) {
		if (user.role() == Role.CLIENT) {
			if (!access.mayActFor(user, id)) {
				throw ApiProblem.notFound(words.text("care.problem.program.noneOfYours", String.valueOf(id)));
			}
		}
		else {
			access.checkStaff(user, id, CareAccess.Area.SELF_CARE);
		}
		SelfCareProgram program = programs.program(id);
		return new Program(id, Adherence.of(program.adherence()), program.weeklyReminder(),
				program.assignments().stream().map(Assignment::of).toList());
	}

	@PostMapping("/api/v1/clients/{id}/self-care")
	ResponseEntity<Assignment> assign(@PathVariable long id, @RequestBody(required = false) AssignRequest body,
			@AuthenticationPrincipal FasciaUser user) {
		access.checkStaff(user, id, CareAccess.Area.SELF_CARE);
		AssignRequest request = body == null ? new AssignRequest(null, null, null, null, null) : body;
		SelfCareAssignment assigned = programs.assign(id,
				new SelfCareAssignmentForm(request.itemId() == null ? null : request.itemId().toString(), request.dose(),
						request.daysPerWeek() == null ? null : request.daysPerWeek().toString(), request.startDate(),
						request.endDate()),
				user.id());
		return ResponseEntity.created(URI.create("/api/v1/clients/" + id + "/self-care")).body(Assignment.of(assigned));
	}

	@PostMapping("/api/v1/self-care/{assignmentId}/done")
	Done done(@PathVariable long assignmentId, @RequestBody(required = false) DoneRequest body,
			@AuthenticationPrincipal FasciaUser user) {
		// the account's own record, or their child's when the item is in a child's program (family members)
		long clientId = programs.clientOf(assignmentId).filter(owner -> access.mayActFor(user, owner))
			.orElseGet(() -> access.ownClient(user));
		LocalDate date = clinicTime.today();
		if (body != null && body.date() != null && !body.date().isBlank()) {
			try {
				date = LocalDate.parse(body.date().strip());
			}
			catch (DateTimeParseException ex) {
				throw ApiProblem.badRequest("date", words.text("care.problem.tick.date"));
			}
		}
		SelfCareAssignment ticked = programs.tick(clientId, assignmentId, date, true);
		return new Done(assignmentId, date, true, Adherence.of(ticked.adherence()));
	}

}
