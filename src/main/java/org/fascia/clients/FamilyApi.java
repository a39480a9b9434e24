package org.fascia.clients;

import java.net.URI;
import java.util.List;

import org.fascia.identity.FasciaUser;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Family members for programs (issue 7, requirement 3): the people a client account acts for, and adding a child.
 * A client program then names the child's client id where the API takes one (its self-care, pain map, care plans,
 * booking with {@code clientId}); see {@link Family#mayActFor}.
 */
@RestController
class FamilyApi {

	private final Family family;

	FamilyApi(Family family) {
		this.family = family;
	}

	@GetMapping("/api/v1/family")
	List<Family.Member> members(@AuthenticationPrincipal FasciaUser user) {
		return family.members(user.id());
	}

	@PostMapping("/api/v1/family/children")
	ResponseEntity<Family.Member> add(@AuthenticationPrincipal FasciaUser user, @RequestBody Family.NewChild child) {
		Family.Member added = family.addChild(user.id(), child);
		return ResponseEntity.created(URI.create("/api/v1/family")).body(added);
	}

}
