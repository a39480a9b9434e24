package org.fascia.screening;

import java.util.List;

/**
 * Whether a client may be booked for a service on a date, and if not, why.
 *
 * @param allowed whether the booking may go ahead
 * @param decision the current screening's decision, or null when the client has no screening yet
 * @param reasons why it is refused, in plain words (empty when allowed)
 * @param overridable whether the owner may book it anyway, with a reason (never for an emergency)
 * @param uncoveredRules the NEEDS_CLEARANCE rules no valid clearance covers on the date
 */
public record GateDecision(boolean allowed, Decision decision, List<String> reasons, boolean overridable,
		List<String> uncoveredRules) {

	public GateDecision {
		reasons = List.copyOf(reasons);
		uncoveredRules = List.copyOf(uncoveredRules);
	}

	static GateDecision allow(Decision decision) {
		return new GateDecision(true, decision, List.of(), false, List.of());
	}

	static GateDecision refuse(Decision decision, List<String> reasons, boolean overridable,
			List<String> uncoveredRules) {
		return new GateDecision(false, decision, reasons, overridable, uncoveredRules);
	}

}
