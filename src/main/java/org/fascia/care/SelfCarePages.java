package org.fascia.care;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fascia.clients.ClientDirectory;
import org.fascia.clinic.ClinicTime;
import org.fascia.identity.FasciaUser;
import org.fascia.platform.ApiProblem;
import org.fascia.platform.Words;
import org.fascia.screening.Caution;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * A client's self-care program for the owner and the client's therapist: the cautions from screening,
 * the items assigned with the client's adherence (% and the counts behind it) and the days ticked this
 * week, and the form to assign another item (one that conflicts with a caution is refused, naming it).
 */
@Controller
class SelfCarePages {

	static final String PAGE = "care/self-care";

	private final SelfCarePrograms programs;

	private final SelfCareLibrary library;

	private final CareAccess access;

	private final ClientDirectory clients;

	private final ClinicTime clinicTime;

	private final Words words;

	SelfCarePages(SelfCarePrograms programs, SelfCareLibrary library, CareAccess access, ClientDirectory clients,
			ClinicTime clinicTime, Words words) {
		this.programs = programs;
		this.library = library;
		this.access = access;
		this.clients = clients;
		this.clinicTime = clinicTime;
		this.words = words;
	}

	/** A library item offered in the form, with the client's cautions it conflicts with (empty: assignable). */
	public record Choice(SelfCareItem item, List<Caution> conflicts) {

		public boolean refused() {
			return !conflicts.isEmpty();
		}

	}

	@GetMapping("/clients/{clientId}/self-care")
	String show(@PathVariable long clientId, @AuthenticationPrincipal FasciaUser user, Model model) {
		access.checkStaff(user, clientId, CareAccess.Area.SELF_CARE);
		return page(clientId, SelfCareAssignmentForm.startingOn(clinicTime.today()), Map.of(), null, model);
	}

	@PostMapping("/clients/{clientId}/self-care")
	String assign(@PathVariable long clientId, @ModelAttribute("form") SelfCareAssignmentForm form,
			@AuthenticationPrincipal FasciaUser user, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		access.checkStaff(user, clientId, CareAccess.Area.SELF_CARE);
		try {
			SelfCareAssignment assigned = programs.assign(clientId, form, user.id());
			redirect.addFlashAttribute("message", words.text("care.selfCare.added", assigned.item().name(),
					assigned.dose(), clinicTime.day(assigned.startDate())));
			return "redirect:/clients/" + clientId + "/self-care";
		}
		catch (ApiProblem problem) {
			if (problem.getStatusCode().value() == 404) {
				throw problem;
			}
			response.setStatus(problem.getStatusCode().value());
			Map<String, String> errors = new LinkedHashMap<>(problem.errors());
			return page(clientId, form, errors, errors.isEmpty() ? problem.getMessage() : null, model);
		}
	}

	@PostMapping("/clients/{clientId}/self-care/{assignmentId}/remove")
	String remove(@PathVariable long clientId, @PathVariable long assignmentId,
			@AuthenticationPrincipal FasciaUser user, RedirectAttributes redirect) {
		access.checkStaff(user, clientId, CareAccess.Area.SELF_CARE);
		programs.remove(clientId, assignmentId, user.id());
		redirect.addFlashAttribute("message", words.text("care.selfCare.removed"));
		return "redirect:/clients/" + clientId + "/self-care";
	}

	private String page(long clientId, SelfCareAssignmentForm form, Map<String, String> errors, String refusal,
			Model model) {
		ClientDirectory.ClientRecord client = clients.find(clientId).orElseThrow(
				() -> ApiProblem.notFound(words.text("care.problem.noClient", String.valueOf(clientId))));
		List<Caution> cautions = programs.cautions(clientId);
		SelfCareProgram program = programs.program(clientId);
		List<Choice> choices = library.active()
			.stream()
			.map(item -> new Choice(item, SelfCareConflicts.of(item.conflicts(), cautions)))
			.toList();
		model.addAttribute("client", client);
		model.addAttribute("cautions", cautions);
		model.addAttribute("program", program);
		model.addAttribute("choices", choices);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("refusal", refusal);
		model.addAttribute("categories", SelfCareCategory.values());
		return PAGE;
	}

}
