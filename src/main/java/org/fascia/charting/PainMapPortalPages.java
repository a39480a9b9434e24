package org.fascia.charting;

import java.util.List;
import java.util.Map;

import org.fascia.clients.Family;
import org.fascia.identity.FasciaUser;
import org.fascia.platform.ApiProblem;
import org.fascia.platform.Words;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The client marks where it hurts ({@code /portal/pain-map}), on a phone too: the body map in pain mode (the
 * list beside it is the input without JavaScript), an optional 0–10 intensity, and the earlier maps. Always
 * the signed-in client's own record.
 */
@Controller
class PainMapPortalPages {

	static final String PAGE = "charting/pain-map-portal";

	private final PainMaps painMaps;

	private final Family family;

	private final Words words;

	PainMapPortalPages(PainMaps painMaps, Family family, Words words) {
		this.painMaps = painMaps;
		this.family = family;
		this.words = words;
	}

	@GetMapping("/portal/pain-map")
	String show(@AuthenticationPrincipal FasciaUser user, Model model) {
		return page(ownClient(user), List.of(), null, Map.of(), model);
	}

	@PostMapping("/portal/pain-map")
	String save(@RequestParam(name = "regions", required = false) List<String> regions,
			@RequestParam(defaultValue = "") String intensity, @AuthenticationPrincipal FasciaUser user, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		long clientId = ownClient(user);
		try {
			PainMap saved = painMaps.save(clientId, regions, intensity);
			String where = saved.regions().isEmpty() ? words.text("charting.painMap.nowhere")
					: String.join(", ", saved.regions().stream().map(r -> words.text(r.wordsKey())).toList());
			redirect.addFlashAttribute("message", saved.intensity() == null ? words.text("charting.painMap.saved", where)
					: words.text("charting.painMap.saved.intensity", where, saved.intensity()));
			return "redirect:/portal/pain-map";
		}
		catch (ApiProblem problem) {
			response.setStatus(problem.getStatusCode().value());
			return page(clientId, regions == null ? List.of() : regions, intensity, problem.errors(), model);
		}
	}

	private String page(long clientId, List<String> selected, String intensity, Map<String, String> errors,
			Model model) {
		model.addAttribute("maps", painMaps.history(clientId));
		model.addAttribute("selected", selected);
		model.addAttribute("intensity", intensity == null ? "" : intensity);
		model.addAttribute("errors", errors);
		model.addAttribute("scale", java.util.stream.IntStream.rangeClosed(0, 10).boxed().toList());
		return PAGE;
	}

	private long ownClient(FasciaUser user) {
		return family.actingFor(user.id())
			.orElseThrow(() -> ApiProblem.notFound(words.text("charting.problem.noClientRecord")));
	}

}
