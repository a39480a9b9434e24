package org.fascia.outcomes;

import java.math.BigDecimal;
import java.util.Map;

import org.fascia.platform.Words;

import tools.jackson.databind.JsonNode;

/** Reads the scores of a change request: a number within the instrument's range, whole where the score is. */
final class ScoreRange {

	private ScoreRange() {
	}

	static BigDecimal read(Words words, Instrument instrument, JsonNode body, String field, Map<String, String> errors) {
		JsonNode node = body == null ? null : body.get(field);
		int max = switch (instrument) {
			case RMDQ -> 24;
			case ODI -> 100;
			case STARTBACK -> 9;
			default -> 10;
		};
		boolean whole = instrument == Instrument.NPRS || instrument == Instrument.RMDQ;
		String top = String.valueOf(max);
		if (node == null || !node.isNumber()) {
			errors.put(field, whole ? words.text("outcomes.problem.scoreMissing.whole", field, instrument.name(), top)
					: words.text("outcomes.problem.scoreMissing.number", field, instrument.name(), top));
			return null;
		}
		BigDecimal value = node.decimalValue();
		if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(max)) > 0
				|| (whole && value.stripTrailingZeros().scale() > 0)) {
			errors.put(field, whole ? words.text("outcomes.problem.scoreRange.whole", field, instrument.name(), top)
					: words.text("outcomes.problem.scoreRange.number", field, instrument.name(), top));
			return null;
		}
		return value;
	}

	/** PSFS only: how many activities are rated (1 to 3, default 3); a single activity has an MCID of 3. */
	static int activities(Words words, Instrument instrument, JsonNode body, Map<String, String> errors) {
		JsonNode node = body == null ? null : body.get("activities");
		if (node == null || node.isNull()) {
			return 3;
		}
		if (instrument != Instrument.PSFS || !node.isIntegralNumber() || node.asInt() < 1 || node.asInt() > 3) {
			errors.put("activities", instrument == Instrument.PSFS ? words.text("outcomes.problem.activities")
					: words.text("outcomes.problem.activitiesOnlyPsfs"));
			return 3;
		}
		return node.asInt();
	}

}
