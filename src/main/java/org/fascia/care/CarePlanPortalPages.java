package org.fascia.care;

import org.fascia.identity.FasciaUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The client's own care plan in the portal ({@code /portal/plan}), in plain words: the goals, how often,
 * how many sessions are done, the next visit and the link to their self-care. Never the therapist's
 * working notes, never another client's plan: the client is always the signed-in account's record.
 */
@Controller
class CarePlanPortalPages {

	private final CarePlans plans;

	private final PlanProgresses progresses;

	private final SelfCareLibrary library;

	private final CareAccess access;

	CarePlanPortalPages(CarePlans plans, PlanProgresses progresses, SelfCareLibrary library, CareAccess access) {
		this.plans = plans;
		this.progresses = progresses;
		this.library = library;
		this.access = access;
	}

	@GetMapping("/portal/plan")
	String show(@AuthenticationPrincipal FasciaUser user, Model model) {
		long clientId = access.ownClient(user);
		CarePlan plan = plans.active(clientId).orElse(null);
		model.addAttribute("plan", plan);
		if (plan != null) {
			model.addAttribute("progress", progresses.of(plan));
			model.addAttribute("items", plan.selfCareItemIds().stream().map(id -> library.find(id).orElse(null))
				.filter(java.util.Objects::nonNull).toList());
		}
		return "care/care-plan-portal";
	}

}
