package org.fascia.booking;

import org.fascia.clients.Family;
import org.fascia.identity.FasciaUser;
import org.fascia.identity.Role;
import org.fascia.platform.ApiProblem;
import org.fascia.platform.Words;
import org.springframework.stereotype.Component;

/** Turns the signed-in user into a booking {@link Actor}. */
@Component
class Actors {

	private final Family family;

	private final Words words;

	Actors(Family family, Words words) {
		this.family = family;
		this.words = words;
	}

	Actor of(FasciaUser user) {
		if (user.role().isStaff()) {
			return Actor.staff(user.id(), user.role() == Role.OWNER);
		}
		long clientId = family.actingFor(user.id())
			.orElseThrow(() -> ApiProblem.forbidden(words.text("booking.problem.noClientRecord")));
		return Actor.client(user.id(), clientId, family.clientIds(user.id()));
	}

}
