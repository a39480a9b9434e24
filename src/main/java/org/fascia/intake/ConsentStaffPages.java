package org.fascia.intake;

import jakarta.servlet.http.HttpServletRequest;

import org.fascia.clients.ClientDirectory;
import org.fascia.identity.Account;
import org.fascia.identity.Accounts;
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

/**
 * Staff: the client signs on the front-desk tablet (the signed-in staff member is recorded as witness),
 * and staff read a signed snapshot with its signature. Every read is audited.
 */
@Controller
class ConsentStaffPages {

	private final ClientDirectory clients;

	private final Consents consents;

	private final Accounts accounts;

	private final Words words;

	ConsentStaffPages(ClientDirectory clients, Consents consents, Accounts accounts, Words words) {
		this.clients = clients;
		this.consents = consents;
		this.accounts = accounts;
		this.words = words;
	}

	@GetMapping("/clients/{clientId}/consent")
	String form(@PathVariable long clientId, Model model) {
		model.addAttribute("client", client(clientId));
		model.addAttribute("staff", true);
		ConsentForms.fill(model, consents, clientId, "/clients/" + clientId + "/consent");
		return ConsentForms.FORM;
	}

	@PostMapping("/clients/{clientId}/consent")
	String sign(@AuthenticationPrincipal FasciaUser user, @PathVariable long clientId, HttpServletRequest request,
			Model model, RedirectAttributes redirect) {
		ClientDirectory.ClientRecord client = client(clientId);
		if (ConsentForms.trySign(consents, ConsentForms.signing(clientId, request, user.id(), user.id()), model,
				redirect, words)) {
			return "redirect:/clients/" + clientId + "/consent";
		}
		model.addAttribute("client", client);
		model.addAttribute("staff", true);
		ConsentForms.fill(model, consents, clientId, "/clients/" + clientId + "/consent");
		return ConsentForms.FORM;
	}

	@GetMapping("/clients/{clientId}/consents/{id}")
	String signed(@PathVariable long clientId, @PathVariable long id, Model model) {
		ClientDirectory.ClientRecord client = client(clientId);
		SignedConsent consent = consents.find(clientId, id)
			.orElseThrow(() -> ApiProblem.notFound(words.text("intake.problem.noConsent", String.valueOf(id))));
		model.addAttribute("client", client);
		model.addAttribute("consent", consent);
		model.addAttribute("staff", true);
		model.addAttribute("back", "/clients/" + clientId + "/consent");
		model.addAttribute("image", "/clients/" + clientId + "/consents/" + id + "/signature.png");
		model.addAttribute("submittedBy", name(consent.userId()));
		model.addAttribute("witness", name(consent.witnessedBy()));
		return ConsentForms.SIGNED;
	}

	@GetMapping("/clients/{clientId}/consents/{id}/signature.png")
	ResponseEntity<byte[]> signature(@PathVariable long clientId, @PathVariable long id) {
		return ConsentForms.png(consents.signatureImage(clientId, id)
			.orElseThrow(() -> ApiProblem.notFound(words.text("intake.problem.noSignature", String.valueOf(id)))));
	}

	private ClientDirectory.ClientRecord client(long clientId) {
		return clients.find(clientId)
			.orElseThrow(() -> ApiProblem.notFound(words.text("intake.problem.noClient", String.valueOf(clientId))));
	}

	private String name(Long userId) {
		return userId == null ? null
				: accounts.find(userId)
					.map(Account::displayName)
					.orElseGet(() -> words.text("intake.consent.account", String.valueOf(userId)));
	}

}
