package org.fascia.portal;

import org.fascia.audit.AuditLog;
import org.fascia.audit.AuditOutcome;
import org.fascia.clients.Family;
import org.fascia.identity.FasciaUser;
import org.fascia.intake.Consents;
import org.fascia.payments.Payments;
import org.fascia.platform.ApiProblem;
import org.fascia.platform.Words;
import org.fascia.screening.Clearances;
import org.fascia.screening.ClientScreenings;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * "Your documents": the letter for the client's doctor (when the screening asks for clearance), the doctor's
 * clearances on record, the consents the client signed, and the receipts of paid visits. Only the signed-in
 * client's own; each link leads to a page that checks it again.
 */
@Controller
class PortalDocumentsPages {

	private final Family family;

	private final ClientScreenings screenings;

	private final Clearances clearances;

	private final Consents consents;

	private final Payments payments;

	private final AuditLog audit;

	private final Words words;

	PortalDocumentsPages(Family family, ClientScreenings screenings, Clearances clearances,
			Consents consents, Payments payments, AuditLog audit, Words words) {
		this.words = words;
		this.family = family;
		this.screenings = screenings;
		this.clearances = clearances;
		this.consents = consents;
		this.payments = payments;
		this.audit = audit;
	}

	@GetMapping("/portal/documents")
	String show(@AuthenticationPrincipal FasciaUser user, Model model) {
		long clientId = family.actingFor(user.id())
			.orElseThrow(() -> ApiProblem.notFound(words.text("portal.problem.noClientRecord")));
		model.addAttribute("letterAvailable", screenings.of(clientId).letterAvailable());
		model.addAttribute("clearances", clearances.forClient(clientId).stream()
			.filter(c -> c.withdrawnAt() == null).toList());
		model.addAttribute("consents", consents.history(clientId));
		model.addAttribute("receipts", payments.ofClient(clientId));
		audit.record("DOCUMENTS_LISTED", "client", clientId, AuditOutcome.SUCCESS, null);
		return "portal/documents";
	}

}
