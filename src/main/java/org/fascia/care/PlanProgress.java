package org.fascia.care;

import java.time.Instant;
import java.util.List;

import org.fascia.booking.AppointmentView;

/**
 * Where a plan stands: sessions done (completed appointments of its series) of those planned, the next
 * booked visit, the plan's visits in time order, the session pain scores since it started (baseline first) and the suggested next step.
 * @param next the next booked visit of the plan, or null
 */
public record PlanProgress(int planned, int done, AppointmentView next, List<AppointmentView> visits,
		List<PainReading> pains, boolean newRedFlags, PlanAdvice.Advice advice) {

	public PlanProgress {
		visits = List.copyOf(visits);
		pains = List.copyOf(pains);
	}

	/** The pain trend in words, e.g. "6/10 → 4/10 → 3/10", or null without scores. */
	public String painTrend() {
		return pains.isEmpty() ? null
				: String.join(" → ", pains.stream().map(p -> p.pain() + "/10").toList());
	}

	/** Share of the planned sessions done, 0–100, for the progress bar. */
	public int percentDone() {
		return planned == 0 ? 0 : Math.min(100, done * 100 / planned);
	}

	public Instant nextStart() {
		return next == null ? null : next.start();
	}

}
