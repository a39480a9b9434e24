package org.fascia.intake;

import jakarta.servlet.http.HttpServletRequest;

import org.fascia.clients.ClientDirectory;
import org.fascia.clients.Family;
import org.fascia.identity.FasciaUser;
import org.fascia.platform.ApiProblem;
import org.fascia.platform.Words;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The client signs their consent in the portal and sees what they signed; only ever their own record. */
@Controller
class ConsentPortalPages {

	private final Family family;

	private final Consents consents;

	private final Words words;

	ConsentPortalPages(Family family, Consents consents, Words words) {
		this.family = family;
		this.consents = consents;
		this.words = words;
	}

	@GetMapping("/portal/consent")
	String form(@AuthenticationPrincipal FasciaUser user, Model model) {
		ClientDirectory.ClientRecord client = own(user);
		model.addAttribute("client", client);
		model.addAttribute("staff", false);
		signer(client, user, model);
		ConsentForms.fill(model, consents, client.id(), "/portal/consent");
		return ConsentForms.FORM;
	}

	/** Family members: a parent signs their child's consent in their own name. */
	private static boolean byGuardian(ClientDirectory.ClientRecord client, FasciaUser user) {
		return client.userId() == null || client.userId() != user.id();
	}

	private static void signer(ClientDirectory.ClientRecord client, FasciaUser user, Model model) {
		model.addAttribute("asGuardian", byGuardian(client, user));
		model.addAttribute("signerName", user.displayName());
	}

	@PostMapping("/portal/consent")
	String sign(@AuthenticationPrincipal FasciaUser user, HttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		ClientDirectory.ClientRecord client = own(user);
		ConsentSigning signing = ConsentForms.signing(client.id(), request, user.id(), null);
		if (byGuardian(client, user)) {
			signing = signing.signedByGuardian();
		}
		if (ConsentForms.trySign(consents, signing, model, redirect, words)) {
			return "redirect:/portal/consent";
		}
		model.addAttribute("client", client);
		model.addAttribute("staff", false);
		signer(client, user, model);
		ConsentForms.fill(model, consents, client.id(), "/portal/consent");
		return ConsentForms.FORM;
	}

	@GetMapping("/portal/consent/{id}")
	String signed(@AuthenticationPrincipal FasciaUser user, @PathVariable long id, Model model) {
		ClientDirectory.ClientRecord client = own(user);
		SignedConsent consent = consents.find(client.id(), id)
			.orElseThrow(() -> ApiProblem.notFound(words.text("intake.problem.noOwnConsent", String.valueOf(id))));
		model.addAttribute("client", client);
		model.addAttribute("consent", consent);
		model.addAttribute("staff", false);
		model.addAttribute("back", "/portal/consent");
		model.addAttribute("image", "/portal/consent/" + id + "/signature.png");
		return ConsentForms.SIGNED;
	}

	@GetMapping("/portal/consent/{id}/signature.png")
	ResponseEntity<byte[]> signature(@AuthenticationPrincipal FasciaUser user, @PathVariable long id) {
		ClientDirectory.ClientRecord client = own(user);
		return ConsentForms.png(consents.signatureImage(client.id(), id)
			.orElseThrow(() -> ApiProblem.notFound(words.text("intake.problem.noOwnSignature", String.valueOf(id)))));
	}

	private ClientDirectory.ClientRecord own(FasciaUser user) {
		return family.actingForRecord(user.id())
			.orElseThrow(() -> ApiProblem.notFound(words.text("intake.problem.noRecord")));
	}

}
