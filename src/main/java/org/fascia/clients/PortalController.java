package org.fascia.clients;

import org.fascia.identity.FasciaUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The client's start page; appointments, forms and progress arrive with their modules. */
@Controller
class PortalController {

	private final ClientDirectory clients;

	PortalController(ClientDirectory clients) {
		this.clients = clients;
	}

	@GetMapping("/portal")
	String show(@AuthenticationPrincipal FasciaUser user, Model model) {
		model.addAttribute("client", clients.forUser(user.id()).orElse(null));
		model.addAttribute("name", user.displayName());
		return "clients/portal";
	}

}
