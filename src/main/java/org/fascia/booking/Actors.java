package org.fascia.booking;

import org.fascia.clients.Family;
import org.fascia.identity.FasciaUser;
import org.fascia.identity.Role;
import org.fascia.platform.ApiProblem;
import org.springframework.stereotype.Component;

/** Turns the signed-in user into a booking {@link Actor}. */
@Component
class Actors {

	private final Family family;

	Actors(Family family) {
		this.family = family;
	}

	Actor of(FasciaUser user) {
		if (user.role().isStaff()) {
			return Actor.staff(user.id(), user.role() == Role.OWNER);
		}
		long clientId = family.actingFor(user.id())
			.orElseThrow(() -> ApiProblem.forbidden("This account has no client record yet."));
		return Actor.client(user.id(), clientId, family.clientIds(user.id()));
	}

}
