package org.fascia.care;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fascia.clients.ClientDirectory;
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
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The consultation with the client ({@code /clients/{id}/consultation}), for the owner and the client's
 * therapist: the client's answers, the current screening cautions (taken automatically), then the advice
 * in plain words with the evidence note and "Create a care plan from this consultation". Earlier
 * consultations are listed, the latest first.
 */
@Controller
class ConsultationPages {

	static final String PAGE = "care/consultation";

	private final Consultations consultations;

	private final SelfCarePrograms programs;

	private final CareAccess access;

	private final ClientDirectory clients;

	private final Words words;

	ConsultationPages(Consultations consultations, SelfCarePrograms programs, CareAccess access,
			ClientDirectory clients, Words words) {
		this.consultations = consultations;
		this.programs = programs;
		this.access = access;
		this.clients = clients;
		this.words = words;
	}

	@GetMapping("/clients/{clientId}/consultation")
	String show(@PathVariable long clientId, @RequestParam(required = false) Long show,
			@AuthenticationPrincipal FasciaUser user, Model model) {
		access.checkStaff(user, clientId);
		Consultation shown = show == null ? null : consultations.find(clientId, show)
			.orElseThrow(() -> ApiProblem.notFound(words.text("care.problem.noConsultation", String.valueOf(show))));
		return page(clientId, shown == null ? ConsultationForm.empty() : ConsultationForm.of(shown), Map.of(), shown, model);
	}

	@PostMapping("/clients/{clientId}/consultation")
	String save(@PathVariable long clientId, @ModelAttribute("form") ConsultationForm form,
			@AuthenticationPrincipal FasciaUser user, Model model, HttpServletResponse response) {
		access.checkStaff(user, clientId);
		try {
			Consultation saved = consultations.save(clientId, form, user.id());
			return "redirect:/clients/" + clientId + "/consultation?show=" + saved.id() + "#result";
		}
		catch (ApiProblem problem) {
			if (problem.getStatusCode().value() == 404) {
				throw problem;
			}
			response.setStatus(problem.getStatusCode().value());
			return page(clientId, form, new LinkedHashMap<>(problem.errors()), null, model);
		}
	}

	private String page(long clientId, ConsultationForm form, Map<String, String> errors, Consultation shown,
			Model model) {
		ClientDirectory.ClientRecord client = clients.find(clientId)
			.orElseThrow(() -> ApiProblem.notFound(words.text("care.problem.noClient", String.valueOf(clientId))));
		List<Caution> cautions = programs.cautions(clientId);
		model.addAttribute("client", client);
		model.addAttribute("cautions", cautions);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("shown", shown);
		model.addAttribute("history", consultations.list(clientId));
		model.addAttribute("sources", Recommender.SOURCES);
		return PAGE;
	}

}
