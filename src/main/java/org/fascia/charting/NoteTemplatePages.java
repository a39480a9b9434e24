package org.fascia.charting;

import java.util.Map;

import org.fascia.identity.FasciaUser;
import org.fascia.platform.ApiProblem;
import org.fascia.platform.Words;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/** The owner's note templates: every service with the starter text of each SOAP section, editable. */
@Controller
class NoteTemplatePages {

	private final NoteTemplates templates;

	private final Words words;

	NoteTemplatePages(NoteTemplates templates, Words words) {
		this.templates = templates;
		this.words = words;
	}

	@GetMapping("/admin/note-templates")
	String list(Model model) {
		model.addAttribute("templates", templates.all());
		return "charting/note-templates";
	}

	@GetMapping("/admin/note-templates/{serviceId}")
	String edit(@PathVariable long serviceId, Model model) {
		NoteTemplates.ServiceTemplate current = templates.of(serviceId);
		model.addAttribute("service", current);
		model.addAttribute("form", current.template());
		model.addAttribute("errors", Map.of());
		return "charting/note-template";
	}

	@PostMapping("/admin/note-templates/{serviceId}")
	String save(@PathVariable long serviceId, NoteTemplate form, @AuthenticationPrincipal FasciaUser user, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		try {
			NoteTemplates.ServiceTemplate saved = templates.save(serviceId, form, user.id());
			redirect.addFlashAttribute("message", words.text("charting.templates.saved", saved.serviceName()));
			return "redirect:/admin/note-templates";
		}
		catch (ApiProblem problem) {
			if (problem.getStatusCode().value() == 404) {
				throw problem;
			}
			response.setStatus(problem.getStatusCode().value());
			model.addAttribute("service", templates.of(serviceId));
			model.addAttribute("form", form);
			model.addAttribute("errors", problem.errors());
			return "charting/note-template";
		}
	}

}
