package org.fascia.intake;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.fascia.platform.ApiProblem;
import org.fascia.platform.Words;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** What the client's and the front desk's consent pages share: the form, its values and its outcome. */
final class ConsentForms {

	static final String FORM = "intake/consent";

	static final String SIGNED = "intake/consent-signed";

	private ConsentForms() {
	}

	/**
	 * The signing as posted. The IP address is the request's remote address: Fascia is not configured for
	 * forwarded headers (no server.forward-headers-strategy), so X-Forwarded-For is not trusted; if that is
	 * ever configured, the container rewrites getRemoteAddr() and this follows.
	 */
	static ConsentSigning signing(long clientId, HttpServletRequest request, long userId, Long witnessedBy) {
		Map<String, Integer> shown = new HashMap<>();
		for (ConsentKind kind : ConsentKind.values()) {
			String value = request.getParameter(ConsentSigning.versionField(kind));
			if (value != null && value.strip().matches("[0-9]{1,6}")) {
				shown.put(kind.slug(), Integer.valueOf(value.strip()));
			}
		}
		String[] agreed = request.getParameterValues("agree");
		Set<String> agreedSlugs = agreed == null ? Set.of() : new HashSet<>(List.of(agreed));
		return new ConsentSigning(clientId, shown, agreedSlugs, request.getParameter("fullName"),
				request.getParameter("signature"), "true".equals(request.getParameter("typedNameIsSignature")),
				request.getRemoteAddr(), request.getHeader("User-Agent"), userId, witnessedBy);
	}

	/** The form with the client's pending texts, their standing and their signed history. */
	static void fill(Model model, Consents consents, long clientId, String action) {
		model.addAttribute("pending", consents.toSign(clientId));
		model.addAttribute("statuses", consents.current(clientId));
		model.addAttribute("signed", consents.history(clientId));
		model.addAttribute("action", action);
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", Map.of());
		}
		if (!model.containsAttribute("values")) {
			model.addAttribute("values", Map.of());
		}
	}

	/** Signs, or puts the precise messages and the typed values back on the page. */
	static boolean trySign(Consents consents, ConsentSigning signing, Model model, RedirectAttributes redirect,
			Words words) {
		try {
			List<Long> ids = consents.sign(signing);
			redirect.addFlashAttribute("message", ids.size() == 1 ? words.text("intake.consent.thanks.one")
					: words.text("intake.consent.thanks.both"));
			return true;
		}
		catch (ApiProblem problem) {
			Map<String, String> errors = problem.errors().isEmpty() ? Map.of("consent", problem.getMessage())
					: problem.errors();
			model.addAttribute("errors", errors);
			Map<String, Object> values = new HashMap<>();
			values.put("fullName", signing.fullName() == null ? "" : signing.fullName());
			values.put("agreed", signing.agreed());
			values.put("typedNameIsSignature", signing.typedNameIsSignature());
			model.addAttribute("values", values);
			return false;
		}
	}

	static ResponseEntity<byte[]> png(byte[] png) {
		return ResponseEntity.ok()
			.contentType(MediaType.IMAGE_PNG)
			.cacheControl(CacheControl.noStore())
			.body(png);
	}

}
