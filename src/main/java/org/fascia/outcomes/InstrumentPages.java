package org.fascia.outcomes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.fascia.identity.FasciaUser;
import org.fascia.platform.ApiProblem;
import org.fascia.platform.Words;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The owner's instruments page: every instrument, whether its item text is in place, its licence notice, and a form
 * to import a definition file with the text (the licensed ones ship with scoring only).
 */
@Controller
class InstrumentPages {

	/** A definition file is a few kilobytes; anything near the column size is not one. */
	private static final long MAX_BYTES = 150_000;

	private final InstrumentLibrary library;

	private final Words words;

	InstrumentPages(InstrumentLibrary library, Words words) {
		this.library = library;
		this.words = words;
	}

	@GetMapping("/admin/instruments")
	String list(Model model) {
		model.addAttribute("instruments", library.all());
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", Map.of());
		}
		return "outcomes/instruments";
	}

	@PostMapping("/admin/instruments")
	String upload(@RequestParam(name = "definition", required = false) MultipartFile file,
			@AuthenticationPrincipal FasciaUser owner, Model model, RedirectAttributes redirect,
			HttpServletResponse response) throws IOException {
		try {
			if (file == null || file.isEmpty()) {
				throw ApiProblem.badRequest("definition", words.text("outcomes.instruments.choose"));
			}
			if (file.getSize() > MAX_BYTES) {
				throw ApiProblem.badRequest("definition", words.text("outcomes.instruments.tooLarge"));
			}
			InstrumentDefinition imported = library.importDefinition(new String(file.getBytes(), StandardCharsets.UTF_8),
					owner.id());
			redirect.addFlashAttribute("message", words.text("outcomes.instruments.done", imported.title()));
			return "redirect:/admin/instruments";
		}
		catch (ApiProblem problem) {
			response.setStatus(problem.getStatusCode().value());
			model.addAttribute("instruments", library.all());
			model.addAttribute("errors", problem.errors().isEmpty() ? Map.of("definition", problem.getMessage())
					: problem.errors());
			return "outcomes/instruments";
		}
	}

}
