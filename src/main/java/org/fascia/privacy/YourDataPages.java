package org.fascia.privacy;

import java.util.Map;

import org.fascia.clients.Family;
import org.fascia.identity.FasciaUser;
import org.fascia.platform.ApiProblem;
import org.fascia.platform.Words;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The client's "Your data" page: download everything (JSON, FHIR R4) and ask for erasure. The client is always
 * the signed-in one: no id in these paths, so there is nobody else's to ask for.
 */
@Controller
class YourDataPages {

	private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private final Family family;

	private final YourData data;

	private final YourDataFhir fhir;

	private final ErasureRequests erasures;

	private final Words words;

	YourDataPages(Family family, YourData data, YourDataFhir fhir, ErasureRequests erasures, Words words) {
		this.family = family;
		this.data = data;
		this.fhir = fhir;
		this.erasures = erasures;
		this.words = words;
	}

	@GetMapping("/portal/your-data")
	String show(@AuthenticationPrincipal FasciaUser user, Model model) {
		long clientId = clientId(user);
		model.addAttribute("openRequest", erasures.openFor(clientId).orElse(null));
		model.addAttribute("retentionYears", erasures.clinicalYears());
		return "privacy/your-data";
	}

	@GetMapping("/portal/your-data/export.json")
	ResponseEntity<byte[]> json(@AuthenticationPrincipal FasciaUser user) {
		long clientId = clientId(user);
		Map<String, Object> all = data.export(clientId, "json");
		return download(JSON.writeValueAsBytes(all), MediaType.APPLICATION_JSON, "your-data.json");
	}

	@GetMapping("/portal/your-data/export.fhir.json")
	ResponseEntity<byte[]> fhir(@AuthenticationPrincipal FasciaUser user) {
		long clientId = clientId(user);
		Map<String, Object> all = data.export(clientId, "fhir");
		String json = fhir.json(fhir.bundle(clientId, all));
		return download(json.getBytes(java.nio.charset.StandardCharsets.UTF_8),
				MediaType.parseMediaType("application/fhir+json"), "your-data.fhir.json");
	}

	@PostMapping("/portal/your-data/erasure")
	String erase(@AuthenticationPrincipal FasciaUser user, @RequestParam(required = false) String reason,
			@RequestParam(required = false) String confirm, Model model, RedirectAttributes redirect) {
		long clientId = clientId(user);
		if (!"yes".equals(confirm)) {
			model.addAttribute("openRequest", erasures.openFor(clientId).orElse(null));
			model.addAttribute("reason", reason);
			model.addAttribute("retentionYears", erasures.clinicalYears());
			model.addAttribute("confirmError", words.text("privacy.yourData.confirmError"));
			return "privacy/your-data";
		}
		try {
			erasures.request(clientId, reason, user.id());
			redirect.addFlashAttribute("message", words.text("privacy.yourData.requested"));
		}
		catch (ApiProblem problem) {
			if (problem.getStatusCode().value() == 400) {
				model.addAttribute("openRequest", erasures.openFor(clientId).orElse(null));
				model.addAttribute("reason", reason);
			model.addAttribute("retentionYears", erasures.clinicalYears());
				model.addAttribute("reasonError", problem.getMessage());
				return "privacy/your-data";
			}
			redirect.addFlashAttribute("error", problem.getMessage());
		}
		return "redirect:/portal/your-data";
	}

	private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String name) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(body);
	}

	private long clientId(FasciaUser user) {
		return family.actingFor(user.id()).orElseThrow(() -> ApiProblem.notFound(words.text("privacy.problem.noClientRecord")));
	}

}
