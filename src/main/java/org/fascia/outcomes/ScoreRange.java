package org.fascia.outcomes;

import java.math.BigDecimal;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/** Reads the scores of a change request: a number within the instrument's range, whole where the score is. */
final class ScoreRange {

	private ScoreRange() {
	}

	static BigDecimal read(Instrument instrument, JsonNode body, String field, Map<String, String> errors) {
		JsonNode node = body == null ? null : body.get(field);
		int max = switch (instrument) {
			case RMDQ -> 24;
			case ODI -> 100;
			case STARTBACK -> 9;
			default -> 10;
		};
		boolean whole = instrument == Instrument.NPRS || instrument == Instrument.RMDQ;
		String expect = "a " + (whole ? "whole number" : "number") + " from 0 to " + max;
		if (node == null || !node.isNumber()) {
			errors.put(field, "The " + field + " " + instrument.name() + " score is missing: send " + expect + ".");
			return null;
		}
		BigDecimal value = node.decimalValue();
		if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(max)) > 0
				|| (whole && value.stripTrailingZeros().scale() > 0)) {
			errors.put(field, "The " + field + " " + instrument.name() + " score must be " + expect + ".");
			return null;
		}
		return value;
	}

	/** PSFS only: how many activities are rated (1 to 3, default 3); a single activity has an MCID of 3. */
	static int activities(Instrument instrument, JsonNode body, Map<String, String> errors) {
		JsonNode node = body == null ? null : body.get("activities");
		if (node == null || node.isNull()) {
			return 3;
		}
		if (instrument != Instrument.PSFS || !node.isIntegralNumber() || node.asInt() < 1 || node.asInt() > 3) {
			errors.put("activities", instrument == Instrument.PSFS ? "The activities rated must be 1, 2 or 3."
					: "Only PSFS takes the number of activities.");
			return 3;
		}
		return node.asInt();
	}

}
