package org.fascia.outcomes;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.fascia.platform.Words;

/** What the thank-you page says of each score, in the client's words, against their start. */
final class ThankYou {

	private ThankYou() {
	}

	static List<String> lines(OutcomeRequests.Answered answered, Words words) {
		List<String> lines = new ArrayList<>();
		for (Progress progress : answered.progress()) {
			Instrument instrument = progress.instrument();
			if (instrument == Instrument.STARTBACK) {
				continue;
			}
			String what = switch (instrument) {
				case NPRS -> words.text("outcomes.thanks.NPRS");
				case PEG -> words.text("outcomes.thanks.PEG");
				case PSFS -> words.text("outcomes.thanks.PSFS");
				default -> words.text("outcomes.thanks.disability");
			};
			StoredResponse latest = progress.latest();
			if (progress.later().isEmpty() || progress.latestChange().isEmpty()) {
				lines.add(words.text("outcomes.thanks.start", what, number(latest.value()), scale(instrument)));
				continue;
			}
			String from = number(progress.baseline().value());
			String now = number(latest.value());
			String verdict = switch (progress.latestChange().get().status()) {
				case IMPROVED -> words.text("outcomes.thanks.improved");
				case WORSE -> words.text("outcomes.thanks.worse");
				case NO_CHANGE -> words.text("outcomes.thanks.same");
			};
			lines.add(words.text("outcomes.thanks.change", what, now, scale(instrument), from, verdict));
		}
		return lines;
	}

	/** The top of the instrument's scale, as text (so no number formatting touches it). */
	private static String scale(Instrument instrument) {
		return switch (instrument) {
			case NPRS, PEG, PSFS -> "10";
			case RMDQ -> "24";
			case ODI -> "100";
			case STARTBACK -> "9";
		};
	}

	static String number(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString();
	}

}
