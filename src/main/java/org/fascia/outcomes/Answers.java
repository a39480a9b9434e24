package org.fascia.outcomes;

import java.util.List;
import java.util.Map;

import org.fascia.platform.Pure;

/**
 * Reads one instrument's answers strictly: integers must be whole numbers in range, booleans true or false;
 * anything else is a {@link ScoringError} naming the item. Answers arrive as plain Java values
 * ({@code Integer}/{@code Long}, {@code Boolean}, {@code String}, {@code List}, or null for "not answered").
 */
@Pure
final class Answers {

	private final Instrument instrument;

	private final Map<String, Object> values;

	Answers(Instrument instrument, Map<String, Object> values) {
		this.instrument = instrument;
		this.values = values == null ? Map.of() : values;
		for (String key : this.values.keySet()) {
			if (instrument.items().stream().noneMatch(item -> item.linkId().equals(key))) {
				throw new ScoringError(key, instrument.name() + " has no item '" + key + "'.");
			}
		}
	}

	boolean answered(String linkId) {
		return values.get(linkId) != null;
	}

	Object raw(String linkId) {
		return values.get(linkId);
	}

	/** A required whole number in [min, max]. */
	int integer(String linkId, int min, int max) {
		Object value = values.get(linkId);
		if (value == null) {
			throw new ScoringError(linkId, "Item '" + linkId + "' of " + instrument.name() + " is not answered.");
		}
		return whole(linkId, value, min, max);
	}

	/** A required true or false. */
	boolean bool(String linkId) {
		Object value = values.get(linkId);
		if (value == null) {
			throw new ScoringError(linkId, "Item '" + linkId + "' of " + instrument.name() + " is not answered.");
		}
		if (!(value instanceof Boolean b)) {
			throw new ScoringError(linkId, "Item '" + linkId + "' must be true or false.");
		}
		return b;
	}

	/** A required code out of the given ones. */
	String code(String linkId, List<String> codes) {
		Object value = values.get(linkId);
		if (value == null) {
			throw new ScoringError(linkId, "Item '" + linkId + "' of " + instrument.name() + " is not answered.");
		}
		if (!(value instanceof String s) || !codes.contains(s)) {
			throw new ScoringError(linkId, "Item '" + linkId + "' must be one of " + String.join(", ", codes) + ".");
		}
		return s;
	}

	static int whole(String linkId, Object value, int min, int max) {
		if (!(value instanceof Integer || value instanceof Long || value instanceof Short)) {
			throw new ScoringError(linkId, "Item '" + linkId + "' must be a whole number from " + min + " to " + max + ".");
		}
		long n = ((Number) value).longValue();
		if (n < min || n > max) {
			throw new ScoringError(linkId,
					"Item '" + linkId + "' is " + n + ", outside " + min + " to " + max + ".");
		}
		return (int) n;
	}

}
