package org.fascia.care;

import java.util.List;

import org.fascia.outcomes.Instrument;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/reports/outcomes} (the owner only): the numbers of the outcome dashboard ({@link McidShares}):
 * for everyone, each therapist and each approach, the back-pain clients, those without a baseline, and for visits
 * 4, 6 and 10 how many of the clients who had that visit reached the NPRS MCID by it ({@code percent} is null when
 * none has had it yet).
 */
@RestController
class OutcomeDashboardApi {

	static final String RULE = "Baseline: the client's NPRS score at intake (BASELINE), else their first NPRS score. "
			+ "Visit k: the k-th NPRS score of a visit after the baseline. Reached the MCID by visit k: at least one of "
			+ "visits 1 to k is a fall of at least 2 points or at least 30% of the baseline. Clients: those with at least "
			+ "k visit scores.";

	private final OutcomeDashboard dashboard;

	OutcomeDashboardApi(OutcomeDashboard dashboard) {
		this.dashboard = dashboard;
	}

	record Share(int visit, int reached, int clients, Integer percent) {
	}

	record Row(String label, int clients, int noBaseline, List<Share> shares) {
	}

	record Report(String measure, String rule, String source, List<Integer> visits, Row overall, List<Row> byTherapist,
			List<Row> byApproach) {
	}

	@GetMapping("/api/v1/reports/outcomes")
	Report report() {
		McidShares.Report report = dashboard.report();
		return new Report(Instrument.NPRS.name(), RULE, Instrument.NPRS.source(), McidShares.VISITS, row(report.overall()),
				report.byTherapist().stream().map(OutcomeDashboardApi::row).toList(),
				report.byApproach().stream().map(OutcomeDashboardApi::row).toList());
	}

	private static Row row(McidShares.Row row) {
		return new Row(row.label(), row.clients(), row.noBaseline(),
				row.shares().stream().map(s -> new Share(s.visit(), s.reached(), s.clients(), s.percent())).toList());
	}

}
