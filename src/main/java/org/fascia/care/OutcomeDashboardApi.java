package org.fascia.care;

import java.util.List;

import org.fascia.outcomes.Instrument;
import org.fascia.platform.Words;
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

	private final OutcomeDashboard dashboard;

	private final Words words;

	OutcomeDashboardApi(OutcomeDashboard dashboard, Words words) {
		this.dashboard = dashboard;
		this.words = words;
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
		return new Report(Instrument.NPRS.name(), words.text("care.outcomes.api.rule"), Instrument.NPRS.source(), McidShares.VISITS, row(report.overall()),
				report.byTherapist().stream().map(OutcomeDashboardApi::row).toList(),
				report.byApproach().stream().map(OutcomeDashboardApi::row).toList());
	}

	private static Row row(McidShares.Row row) {
		return new Row(row.label(), row.clients(), row.noBaseline(),
				row.shares().stream().map(s -> new Share(s.visit(), s.reached(), s.clients(), s.percent())).toList());
	}

}
