package org.fascia.outcomes;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** What the thank-you page says of each score, in the client's words, against their start. */
final class ThankYou {

	private ThankYou() {
	}

	static List<String> lines(OutcomeRequests.Answered answered) {
		List<String> lines = new ArrayList<>();
		for (Progress progress : answered.progress()) {
			Instrument instrument = progress.instrument();
			if (instrument == Instrument.STARTBACK) {
				continue;
			}
			String what = switch (instrument) {
				case NPRS -> "Your pain";
				case PEG -> "Pain and how it gets in the way";
				case PSFS -> "Your chosen activities";
				default -> "What your back stops you doing";
			};
			StoredResponse latest = progress.latest();
			if (progress.later().isEmpty() || progress.latestChange().isEmpty()) {
				lines.add(what + ": " + number(latest.value()) + scale(instrument) + ". This is your starting point.");
				continue;
			}
			String from = number(progress.baseline().value());
			String now = number(latest.value());
			String verdict = switch (progress.latestChange().get().status()) {
				case IMPROVED -> "a meaningful improvement since you started.";
				case WORSE -> "worse than when you started. Please tell your therapist what has changed.";
				case NO_CHANGE -> "about the same as when you started.";
			};
			lines.add(what + ": " + now + scale(instrument) + " (it was " + from + " at the start), " + verdict);
		}
		return lines;
	}

	private static String scale(Instrument instrument) {
		return switch (instrument) {
			case NPRS, PEG, PSFS -> " out of 10";
			case RMDQ -> " out of 24";
			case ODI -> " out of 100";
			case STARTBACK -> " out of 9";
		};
	}

	static String number(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString();
	}

}
