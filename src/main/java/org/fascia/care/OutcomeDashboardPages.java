package org.fascia.care;

import org.fascia.outcomes.Instrument;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The owner's outcome dashboard ({@code GET /admin/outcomes}, the owner only by the security configuration): the
 * share of back-pain clients who reached the NPRS MCID by visit 4, 6 and 10, overall, by therapist and by approach,
 * with the counts behind each share and the rule in plain words ({@link McidShares}).
 */
@Controller
class OutcomeDashboardPages {

	private final OutcomeDashboard dashboard;

	OutcomeDashboardPages(OutcomeDashboard dashboard) {
		this.dashboard = dashboard;
	}

	@GetMapping("/admin/outcomes")
	String show(Model model) {
		McidShares.Report report = dashboard.report();
		model.addAttribute("report", report);
		model.addAttribute("overall", java.util.List.of(report.overall()));
		model.addAttribute("visits", McidShares.VISITS);
		model.addAttribute("source", Instrument.NPRS.source());
		return "care/outcome-dashboard";
	}

}
