package org.fascia.clinic;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.fascia.platform.ApiProblem;
import org.fascia.platform.Words;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The owner's menu of services: the list, a new service, and changes to one. */
@Controller
class ServicesController {

	private static final String LIST = "clinic/services";

	private static final String FORM = "clinic/service-form";

	private final ServiceMenu menu;

	private final Therapists therapists;

	private final Words words;

	ServicesController(ServiceMenu menu, Therapists therapists, Words words) {
		this.menu = menu;
		this.therapists = therapists;
		this.words = words;
	}

	@GetMapping("/admin/services")
	String list(Model model) {
		List<ServiceOffering> services = menu.all();
		Map<Long, String> names = therapists.all().stream().collect(Collectors.toMap(Therapist::id, Therapist::name));
		model.addAttribute("services", services);
		model.addAttribute("offeredBy", services.stream()
			.collect(Collectors.toMap(ServiceOffering::id, service -> service.therapistIds()
				.stream()
				.map(names::get)
				.collect(Collectors.joining(", ")))));
		return LIST;
	}

	@GetMapping("/admin/services/new")
	String initCreationForm(Model model) {
		return form(model, ServiceForm.empty(), null, Map.of());
	}

	@PostMapping("/admin/services/new")
	String processCreationForm(@ModelAttribute("form") ServiceForm form, Model model, RedirectAttributes redirect) {
		FormValues values = new FormValues(words);
		NewService service = form.newService(values);
		return save(form, null, values, () -> menu.add(service), model, redirect);
	}

	@GetMapping("/admin/services/{id}")
	String initUpdateForm(@PathVariable long id, Model model) {
		ServiceOffering service = menu.find(id).orElseThrow(() -> menu.notFound(id));
		return form(model, ServiceForm.of(service), service, Map.of());
	}

	@PostMapping("/admin/services/{id}")
	String processUpdateForm(@PathVariable long id, @ModelAttribute("form") ServiceForm form, Model model,
			RedirectAttributes redirect) {
		ServiceOffering service = menu.find(id).orElseThrow(() -> menu.notFound(id));
		FormValues values = new FormValues(words);
		ServiceChange change = form.change(values);
		return save(form, service, values, () -> menu.update(id, change), model, redirect);
	}

	/** Writes only when every field parsed; otherwise, or when the service refuses, shows the form again. */
	private String save(ServiceForm form, ServiceOffering existing, FormValues values, Supplier<ServiceOffering> write,
			Model model, RedirectAttributes redirect) {
		if (!values.ok()) {
			return form(model, form, existing, values.errors());
		}
		try {
			ServiceOffering saved = write.get();
			redirect.addFlashAttribute("message", words.text("clinic.services.saved", saved.name()));
			return "redirect:/admin/services";
		}
		catch (ApiProblem problem) {
			return form(model, form, existing, ServiceForm.pageFields(FormValues.errorsOf(problem)));
		}
	}

	private String form(Model model, ServiceForm form, ServiceOffering existing, Map<String, String> errors) {
		model.addAttribute("form", form);
		model.addAttribute("service", existing);
		model.addAttribute("therapists", therapists.all());
		model.addAttribute("errors", errors);
		return FORM;
	}

}
