package org.fascia.clients;

import org.fascia.identity.FasciaUser;
import org.fascia.identity.Role;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Every page a parent sees while acting for a child says so (the layout's banner), so nobody books or signs for the
 * wrong person. Costs nothing for anyone else: without a chosen member in the session there is no query.
 */
@ControllerAdvice
class FamilyBanner {

	private final Family family;

	FamilyBanner(Family family) {
		this.family = family;
	}

	@ModelAttribute("actingFor")
	Family.Member actingFor(@AuthenticationPrincipal FasciaUser user) {
		if (user == null || user.role() != Role.CLIENT) {
			return null;
		}
		return family.actingForOther(user.id()).orElse(null);
	}

}
