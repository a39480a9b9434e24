package org.fascia.outcomes;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.fascia.platform.Pure;
import org.fascia.platform.Texts;

/**
 * Chart data of a stored measure ({@link Progress}): each instrument's name in the client's words (from the message
 * bundle, through {@link Texts}), its range and direction, its baseline and MCID band (OUTCOMES.md, the same
 * rule {@link Change} judges by), RMDQ's insensitive ends, with the sessions and the self-care adherence the caller
 * supplies (they live in other modules).
 */
@Pure
public final class OutcomeCharts {

	private OutcomeCharts() {
	}

	/** STarT Back sorts into risk groups and is not charted as change; every other measure is. */
	public static boolean charted(Instrument instrument) {
		return instrument != Instrument.STARTBACK;
	}

	public static OutcomeChart.Data data(Progress progress, List<Instant> sessions,
			List<OutcomeChart.AdherenceWeek> adherence, ZoneId zone, Texts words) {
		Instrument instrument = progress.instrument();
		if (!charted(instrument)) {
			throw new IllegalArgumentException("STarT Back is not charted as change");
		}
		List<OutcomeChart.Score> scores = new ArrayList<>();
		scores.add(new OutcomeChart.Score(progress.baseline().takenAt(), progress.baseline().value().doubleValue()));
		progress.later().forEach(step -> scores.add(new OutcomeChart.Score(step.response().takenAt(),
				step.response().value().doubleValue())));
		int activities = progress.baseline().activities() == null ? 3 : progress.baseline().activities();
		return switch (instrument) {
			case NPRS -> new OutcomeChart.Data(words.text("outcomes.chart.measure.nprs"),
					words.text("outcomes.chart.subject.nprs"), 0, 10, true, progress.baseline().value().doubleValue(),
					new OutcomeChart.Mcid(2, 0.3), null, scores, sessions, adherence, zone);
			// PEG: a fall of 30% of baseline only; the points leg is set to the whole scale so the 30% decides
			case PEG -> new OutcomeChart.Data(words.text("outcomes.chart.measure.peg"),
					words.text("outcomes.chart.subject.peg"), 0, 10, true,
					progress.baseline().value().doubleValue(), new OutcomeChart.Mcid(10, 0.3), null, scores, sessions,
					adherence, zone);
			case PSFS -> new OutcomeChart.Data(words.text("outcomes.chart.measure.psfs"),
					words.text("outcomes.chart.subject.psfs"), 0, 10, false,
					progress.baseline().value().doubleValue(), new OutcomeChart.Mcid(activities == 1 ? 3 : 2, null), null,
					scores, sessions, adherence, zone);
			case RMDQ -> new OutcomeChart.Data(words.text("outcomes.chart.measure.rmdq"),
					words.text("outcomes.chart.subject.rmdq"), 0, 24, true,
					progress.baseline().value().doubleValue(), new OutcomeChart.Mcid(5, 0.3), new OutcomeChart.Insensitive(4, 20),
					scores, sessions, adherence, zone);
			case ODI -> new OutcomeChart.Data(words.text("outcomes.chart.measure.odi"),
					words.text("outcomes.chart.subject.odi"), 0, 100, true,
					progress.baseline().value().doubleValue(), new OutcomeChart.Mcid(10, 0.3), null, scores, sessions,
					adherence, zone);
			case STARTBACK -> throw new IllegalArgumentException("not charted");
		};
	}

	/** The responder status in words for the therapist (OUTCOMES.md "Responder status"). */
	public static String responderWords(ResponderStatus status, Texts words) {
		if (status == null) {
			return null;
		}
		return switch (status) {
			case IMPROVED -> words.text("outcomes.responder.improved");
			case NO_CHANGE -> words.text("outcomes.responder.noChange", String.valueOf(Change.NO_CHANGE_AFTER_VISITS));
			case WORSE -> words.text("outcomes.responder.worse");
			case TOO_EARLY -> words.text("outcomes.responder.tooEarly");
		};
	}

}
