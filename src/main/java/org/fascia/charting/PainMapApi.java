package org.fascia.charting;

import java.time.Instant;
import java.util.List;

import org.fascia.clients.ClientDirectory;
import org.fascia.clients.Family;
import org.fascia.identity.FasciaUser;
import org.fascia.identity.Role;
import org.fascia.platform.ApiProblem;
import org.fascia.platform.Words;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/clients/{id}/pain-map}: the client's pain maps, newest first ({@code latest} and
 * {@code history}), each with its region codes, intensity and time. For the owner, a therapist who treats
 * the client, and the client themself (another client's id is a 404); never the front desk.
 */
@RestController
class PainMapApi {

	private final PainMaps painMaps;

	private final ClientDirectory clients;

	private final Family family;

	private final Words words;

	PainMapApi(PainMaps painMaps, ClientDirectory clients, Family family, Words words) {
		this.painMaps = painMaps;
		this.clients = clients;
		this.family = family;
		this.words = words;
	}

	record Map(long id, List<String> regions, Integer intensity, Instant recordedAt) {

		static Map of(PainMap m) {
			return new Map(m.id(), m.codes(), m.intensity(), m.recordedAt());
		}

	}

	record Maps(long clientId, Map latest, List<Map> history) {
	}

	@GetMapping("/api/v1/clients/{id}/pain-map")
	Maps read(@PathVariable long id, @AuthenticationPrincipal FasciaUser user) {
		if (user.role() == Role.CLIENT) {
			if (!family.mayActFor(user.id(), id)) {
				throw ApiProblem.notFound(words.text("charting.problem.painMap.notYours", String.valueOf(id)));
			}
		}
		else {
			if (!clients.exists(id)) {
				throw ApiProblem.notFound(words.text("charting.problem.noClient", String.valueOf(id)));
			}
			if (!painMaps.visibleTo(user, id)) {
				throw ApiProblem.forbidden(words.text("charting.problem.painMap.forbidden"));
			}
		}
		List<Map> history = painMaps.history(id).stream().map(Map::of).toList();
		return new Maps(id, history.isEmpty() ? null : history.get(0), history);
	}

}
