package org.fascia.care;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.fascia.audit.AuditLog;
import org.fascia.audit.AuditOutcome;
import org.fascia.clinic.ClinicCatalog;
import org.fascia.clinic.Therapist;
import org.fascia.outcomes.Instrument;
import org.fascia.outcomes.OutcomeResponses;
import org.fascia.outcomes.OutcomeRound;
import org.fascia.outcomes.Progress;
import org.fascia.outcomes.StoredResponse;
import org.fascia.platform.Words;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The owner's outcome dashboard: every client's latest care plan (its therapist and approach) and their stored
 * NPRS scores, turned into {@link McidShares} (the rule is spelled out there). Three reads whatever the number of
 * clients: the latest plans, the therapists, and every score of those clients. Access is the caller's check (the
 * owner only, by the security configuration); each view is audited once, as a read of clinical data in aggregate.
 */
@Service
public class OutcomeDashboard {

	private final CarePlanRepository plans;

	private final OutcomeResponses responses;

	private final ClinicCatalog catalog;

	private final AuditLog audit;

	private final Words words;

	OutcomeDashboard(CarePlanRepository plans, OutcomeResponses responses, ClinicCatalog catalog, AuditLog audit,
			Words words) {
		this.plans = plans;
		this.responses = responses;
		this.catalog = catalog;
		this.audit = audit;
		this.words = words;
	}

	@Transactional(readOnly = true)
	public McidShares.Report report() {
		List<CarePlan> latest = plans.latestOfEachClient();
		Map<Long, String> names = new HashMap<>();
		if (latest.stream().anyMatch(p -> p.therapistId() != null)) {
			for (Therapist t : catalog.therapists()) {
				names.put(t.id(), t.name());
			}
		}
		Map<Long, List<StoredResponse>> scores = new HashMap<>();
		for (StoredResponse r : responses.forClients(latest.stream().map(CarePlan::clientId).toList())) {
			scores.computeIfAbsent(r.clientId(), k -> new ArrayList<>()).add(r);
		}
		List<McidShares.Client> clients = new ArrayList<>();
		for (CarePlan plan : latest) {
			String therapist = plan.therapistId() == null ? null : names.get(plan.therapistId());
			Progress nprs = Progress.of(Instrument.NPRS, scores.getOrDefault(plan.clientId(), List.of())).orElse(null);
			BigDecimal baseline = nprs == null ? null : nprs.baseline().value();
			List<BigDecimal> visits = nprs == null ? List.of()
					: nprs.later().stream().map(Progress.Step::response).filter(r -> r.round() == OutcomeRound.VISIT)
						.map(StoredResponse::value).toList();
			clients.add(new McidShares.Client(plan.therapistId(), therapist, plan.approach(), baseline, visits));
		}
		McidShares.Report report = McidShares.of(clients, words);
		audit.record("OUTCOME_DASHBOARD_READ", "clinic", "outcomes", AuditOutcome.SUCCESS,
				"NPRS of " + clients.size() + " client(s) with a care plan, in aggregate");
		return report;
	}

}
