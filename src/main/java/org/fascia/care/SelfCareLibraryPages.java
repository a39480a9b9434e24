package org.fascia.care;

import java.util.LinkedHashMap;
import java.util.Map;

import org.fascia.platform.ApiProblem;
import org.fascia.platform.Words;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The clinic's self-care library for the owner and therapists: every item with its dose and the
 * cautions it conflicts with; add one, edit one, take one out of the library (programs that use it
 * keep it) or put it back. A wrong field comes back with its message.
 */
@Controller
class SelfCareLibraryPages {

	static final String LIST = "care/self-care-library";

	static final String FORM = "care/self-care-item";

	private final SelfCareLibrary library;

	private final Words words;

	SelfCareLibraryPages(SelfCareLibrary library, Words words) {
		this.library = library;
		this.words = words;
	}

	@GetMapping("/admin/self-care")
	String list(Model model) {
		model.addAttribute("items", library.all());
		return LIST;
	}

	@GetMapping("/admin/self-care/new")
	String newItem(Model model) {
		return form(null, SelfCareItemForm.empty(), Map.of(), model);
	}

	@PostMapping("/admin/self-care/new")
	String create(@ModelAttribute("form") SelfCareItemForm form, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		try {
			SelfCareItem item = library.create(form);
			redirect.addFlashAttribute("message", words.text("care.library.added", item.name()));
			return "redirect:/admin/self-care";
		}
		catch (ApiProblem problem) {
			response.setStatus(problem.getStatusCode().value());
			return form(null, form, problem.errors(), model);
		}
	}

	@GetMapping("/admin/self-care/{id}")
	String edit(@PathVariable long id, Model model) {
		SelfCareItem item = library.find(id).orElseThrow(
				() -> ApiProblem.notFound(words.text("care.problem.noItem", String.valueOf(id))));
		return form(item, SelfCareItemForm.of(item), Map.of(), model);
	}

	@PostMapping("/admin/self-care/{id}")
	String update(@PathVariable long id, @ModelAttribute("form") SelfCareItemForm form, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		SelfCareItem item = library.find(id).orElseThrow(
				() -> ApiProblem.notFound(words.text("care.problem.noItem", String.valueOf(id))));
		try {
			SelfCareItem saved = library.update(id, form);
			redirect.addFlashAttribute("message", words.text("care.library.saved", saved.name()));
			return "redirect:/admin/self-care";
		}
		catch (ApiProblem problem) {
			response.setStatus(problem.getStatusCode().value());
			return form(item, form, problem.errors(), model);
		}
	}

	@PostMapping("/admin/self-care/{id}/active")
	String active(@PathVariable long id, @RequestParam(defaultValue = "false") boolean active,
			RedirectAttributes redirect) {
		SelfCareItem item = library.setActive(id, active);
		redirect.addFlashAttribute("message", active ? words.text("care.library.backIn", item.name())
				: words.text("care.library.takenOut", item.name()));
		return "redirect:/admin/self-care";
	}

	private String form(SelfCareItem item, SelfCareItemForm form, Map<String, String> errors, Model model) {
		model.addAttribute("item", item);
		model.addAttribute("form", form);
		model.addAttribute("errors", new LinkedHashMap<>(errors));
		model.addAttribute("categories", SelfCareCategory.values());
		model.addAttribute("cautionCodes", library.cautionCodes());
		return FORM;
	}

}
