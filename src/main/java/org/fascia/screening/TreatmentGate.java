package org.fascia.screening;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.fascia.clinic.ServiceKind;
import org.fascia.platform.Pure;

/**
 * The booking gate as a pure function: may this client be booked for this kind of service on this
 * (clinic-local) date, given their current screening and the clearances on record?
 * <ul>
 * <li>no screening yet: allowed (the intake is asked for before the first treatment, not at booking);</li>
 * <li>EMERGENCY_REFERRAL: nothing is bookable, consultations neither; never overridable;</li>
 * <li>URGENT_REFERRAL: treatments refused, consultations allowed;</li>
 * <li>NEEDS_CLEARANCE: treatments refused unless clearances valid on the date together cover every
 * NEEDS_CLEARANCE rule that fired; consultations allowed;</li>
 * <li>PROCEED, PROCEED_WITH_CAUTIONS: allowed.</li>
 * </ul>
 */
@Pure
public final class TreatmentGate {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

	private TreatmentGate() {
	}

	/**
	 * The words of a refusal's first reason (the findings' own plain words follow it). {@link ScreeningWords} takes
	 * them from the message bundle.
	 */
	public interface Reasons {

		/** Nothing can be booked: the client needs emergency care now. */
		String emergency();

		/** No treatment before a doctor's assessment; a consultation can be booked. */
		String urgent();

		/**
		 * No treatment on {@code date} without written clearance; {@code expired} when a clearance on record has
		 * expired by then.
		 */
		String clearance(String date, boolean expired);

	}

	/**
	 * As {@link #decide(Optional, Collection, ServiceKind, LocalDate, Reasons)}, with the reasons in the default
	 * bundle's words (English): for callers without the request's words, such as the records module's client
	 * record, which only asks whether a treatment is allowed.
	 */
	public static GateDecision decide(Optional<ScreeningResult> current, Collection<Clearance> clearances,
			ServiceKind kind, LocalDate onDate) {
		return decide(current, clearances, kind, onDate, ScreeningWords.ENGLISH);
	}

	/** The decision, a refusal's reasons worded by {@code words}. */
	public static GateDecision decide(Optional<ScreeningResult> current, Collection<Clearance> clearances,
			ServiceKind kind, LocalDate onDate, Reasons words) {
		if (current.isEmpty()) {
			return GateDecision.allow(null);
		}
		ScreeningResult result = current.get();
		Decision decision = result.decision();
		boolean treatment = kind == ServiceKind.TREATMENT;
		return switch (decision) {
			case PROCEED, PROCEED_WITH_CAUTIONS -> GateDecision.allow(decision);
			case EMERGENCY_REFERRAL -> GateDecision.refuse(decision,
					reasons(words.emergency(), plainOf(result, Decision.EMERGENCY_REFERRAL, null)), false, List.of());
			case URGENT_REFERRAL -> treatment ? GateDecision.refuse(decision,
					reasons(words.urgent(), plainOf(result, Decision.URGENT_REFERRAL, null)), true, List.of())
					: GateDecision.allow(decision);
			case NEEDS_CLEARANCE -> treatment ? clearanceGate(result, clearances, onDate, words)
					: GateDecision.allow(decision);
		};
	}

	private static GateDecision clearanceGate(ScreeningResult result, Collection<Clearance> clearances,
			LocalDate onDate, Reasons words) {
		Set<String> covered = new HashSet<>();
		for (Clearance clearance : clearances) {
			if (clearance.validOn(onDate)) {
				covered.addAll(clearance.rules());
			}
		}
		List<String> needed = Screenings.rulesNeedingClearance(result);
		List<String> uncovered = needed.stream().filter(rule -> !covered.contains(rule)).toList();
		if (uncovered.isEmpty()) {
			return GateDecision.allow(Decision.NEEDS_CLEARANCE);
		}
		boolean expiredOne = clearances.stream()
			.anyMatch(c -> c.status(onDate) == Clearance.Status.EXPIRED
					&& c.rules().stream().anyMatch(uncovered::contains));
		String summary = words.clearance(DATE.format(onDate), expiredOne);
		return GateDecision.refuse(Decision.NEEDS_CLEARANCE,
				reasons(summary, plainOf(result, Decision.NEEDS_CLEARANCE, Set.copyOf(uncovered))), true, uncovered);
	}

	/** The plain words of the findings with this decision (only these rules, when given), each once. */
	private static List<String> plainOf(ScreeningResult result, Decision decision, Set<String> rules) {
		Map<String, String> plain = new LinkedHashMap<>();
		for (Finding finding : result.findings()) {
			if (finding.decision() == decision && (rules == null || rules.contains(finding.rule()))
					&& finding.plain() != null && !finding.plain().isBlank()) {
				plain.putIfAbsent(finding.plain(), finding.plain());
			}
		}
		return List.copyOf(plain.values());
	}

	private static List<String> reasons(String summary, List<String> details) {
		List<String> reasons = new ArrayList<>();
		reasons.add(summary);
		reasons.addAll(details);
		return reasons;
	}

}
