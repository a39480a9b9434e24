package org.fascia.care;

import org.fascia.identity.FasciaUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The client's own progress in the portal ({@code /portal/progress}): each measure over time with the plain-language
 * caption ("Your pain has dropped from 7 to 4 since you started — a meaningful improvement"), the sessions and the
 * self-care adherence marked. Always the signed-in account's own client record.
 */
@Controller
class ProgressPortalPages {

	private final ProgressCharts charts;

	private final CareAccess access;

	ProgressPortalPages(ProgressCharts charts, CareAccess access) {
		this.charts = charts;
		this.access = access;
	}

	@GetMapping("/portal/progress")
	String show(@AuthenticationPrincipal FasciaUser user, Model model) {
		model.addAttribute("progress", charts.forClient(access.ownClient(user)));
		return "care/progress-portal";
	}

}
