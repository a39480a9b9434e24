package org.fascia.payments;

import org.fascia.clients.Family;
import org.fascia.identity.FasciaUser;
import org.fascia.platform.ApiProblem;
import org.fascia.platform.Words;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The client's own receipt in the portal: only for their own paid visit; anything else is a 404. */
@Controller
class ReceiptPortalPages {

	private final Payments payments;

	private final Family family;

	private final Words words;

	ReceiptPortalPages(Payments payments, Family family, Words words) {
		this.payments = payments;
		this.family = family;
		this.words = words;
	}

	@GetMapping("/portal/appointments/{appointmentId}/receipt.pdf")
	ResponseEntity<byte[]> receipt(@AuthenticationPrincipal FasciaUser user, @PathVariable long appointmentId) {
		long clientId = family.actingFor(user.id())
			.orElseThrow(() -> ApiProblem.notFound(words.text("payments.problem.noClientRecord")));
		return PaymentPages.pdf(payments, clientId, appointmentId);
	}

}
