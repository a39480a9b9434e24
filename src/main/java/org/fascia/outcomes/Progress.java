package org.fascia.outcomes;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A client's progress on one measure: the baseline (the BASELINE round's score, else the first score), every later
 * score with its change against the baseline by the instrument's MCID ({@link Change}), and the plan-level
 * responder status over the series. STarT Back has no MCID: its later scores carry no change and its responder
 * status is null (the risk group is what to compare).
 */
public record Progress(Instrument instrument, StoredResponse baseline, List<Step> later, ResponderStatus responder) {

	public Progress {
		later = List.copyOf(later);
	}

	/** A later score and its change against the baseline (null for STarT Back). */
	public record Step(StoredResponse response, Change.Result change) {
	}

	/** The progress on {@code instrument} among a client's responses (any order), if they have any of it. */
	public static Optional<Progress> of(Instrument instrument, List<StoredResponse> responses) {
		List<StoredResponse> mine = responses.stream()
			.filter(r -> r.instrument() == instrument)
			.sorted(java.util.Comparator.comparing(StoredResponse::takenAt).thenComparing(StoredResponse::id))
			.toList();
		if (mine.isEmpty()) {
			return Optional.empty();
		}
		StoredResponse baseline = mine.stream().filter(r -> r.round() == OutcomeRound.BASELINE).findFirst().orElse(mine.get(0));
		int activities = baseline.activities() == null ? 3 : baseline.activities();
		List<Step> later = new ArrayList<>();
		List<java.math.BigDecimal> series = new ArrayList<>();
		series.add(baseline.value());
		for (StoredResponse r : mine) {
			if (r.id() == baseline.id() || r.takenAt().isBefore(baseline.takenAt())) {
				continue;
			}
			Change.Result change = instrument == Instrument.STARTBACK ? null
					: Change.status(instrument, baseline.value(), r.value(), activities);
			later.add(new Step(r, change));
			series.add(r.value());
		}
		ResponderStatus responder = instrument == Instrument.STARTBACK ? null
				: Change.responder(instrument, series, activities);
		return Optional.of(new Progress(instrument, baseline, later, responder));
	}

	/** The latest score (the baseline when there is no later one). */
	public StoredResponse latest() {
		return later.isEmpty() ? baseline : later.get(later.size() - 1).response();
	}

	/** The latest change against the baseline, if there is a later score with an MCID. */
	public Optional<Change.Result> latestChange() {
		return later.isEmpty() ? Optional.empty() : Optional.ofNullable(later.get(later.size() - 1).change());
	}

	/** Whether the latest score is worse than the baseline by the MCID. */
	public boolean worse() {
		return latestChange().map(c -> c.status() == ChangeStatus.WORSE).orElse(false);
	}

}
