package org.fascia.screening;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.fascia.platform.Pure;

/**
 * Every answer code screening reads, with its type, choices and range, in the order of the rule data.
 * The intake questionnaire is checked against it; {@link #read} turns raw values into typed answers.
 */
@Pure
public record AnswerSchema(Map<String, AnswerField> fields) {

	/** At most this many problems are reported for one set of answers. */
	static final int MAX_ERRORS = 30;

	public AnswerSchema {
		fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
		fields.forEach((code, field) -> {
			if (!code.equals(field.code())) {
				throw new IllegalArgumentException("field " + field.code() + " is listed as " + code);
			}
		});
	}

	public Set<String> codes() {
		return fields.keySet();
	}

	/** The field of {@code code}, or null when screening does not read it. */
	public AnswerField field(String code) {
		return fields.get(code);
	}

	/** The words of the problems {@link #read} finds; {@link ScreeningWords} takes them from the message bundle. */
	public interface Messages {

		/** An unknown answer code, with the known code it is probably a typo of, or null. */
		String unknownCode(String code, String near);

		/** {@code given}: the value as the messages show it (a number, true or false, or one of the words below). */
		String notTrueOrFalse(String code, String given);

		String notAChoice(String code, String choices, String given);

		String notAWholeNumber(String code, String min, String max, String given);

		String outOfRange(String code, String min, String max, String given);

		/** A text value as the messages show it (already shortened). */
		String theText(String shown);

		String anObject();

		String aList();

		String anotherKind();

	}

	/**
	 * Raw answers read: the typed answers (Integer, Boolean or String, in schema order; nulls dropped)
	 * and, per invalid field, a message a person can act on. Field names are {@code prefix.code}.
	 */
	public record Reading(Map<String, Object> answers, Map<String, String> errors) {

		public Reading {
			answers = Collections.unmodifiableMap(new LinkedHashMap<>(answers));
			errors = Collections.unmodifiableMap(new LinkedHashMap<>(errors));
		}

		public boolean valid() {
			return errors.isEmpty();
		}

	}

	/**
	 * Reads raw values as they come from JSON: null (absent), Boolean, any integral Number (a
	 * decimal counts when it is a whole number, e.g. 3.0), String. Anything else, an unknown code,
	 * a value of the wrong type or out of range is an error naming {@code prefix.code}; nothing is
	 * coerced from text.
	 */
	public Reading read(Map<String, ?> raw, String prefix, Messages words) {
		Map<String, Object> typed = new LinkedHashMap<>();
		Map<String, String> errors = new LinkedHashMap<>();
		String path = prefix == null || prefix.isEmpty() ? "" : prefix + ".";
		for (Map.Entry<String, ?> entry : raw.entrySet()) {
			if (errors.size() >= MAX_ERRORS) {
				break;
			}
			String code = entry.getKey();
			AnswerField field = fields.get(code);
			if (field == null) {
				errors.put(path + shorten(code), words.unknownCode(shorten(code), nearest(code)));
				continue;
			}
			Object value = entry.getValue();
			if (value == null) {
				continue;
			}
			String problem = switch (field.type()) {
				case BOOL -> value instanceof Boolean ? null : words.notTrueOrFalse(code, describe(value, words));
				case ENUM -> value instanceof String s && field.choices().contains(s) ? null
						: words.notAChoice(code, String.join(", ", field.choices()), describe(value, words));
				case INT -> checkInt(field, value, words);
			};
			if (problem != null) {
				errors.put(path + code, problem);
			}
		}
		if (errors.isEmpty()) {
			for (String code : fields.keySet()) {
				Object value = raw.get(code);
				if (value != null) {
					AnswerField field = fields.get(code);
					typed.put(code, field.type() == AnswerType.INT ? whole(value).intValueExact() : value);
				}
			}
		}
		return new Reading(typed, errors);
	}

	private static String checkInt(AnswerField field, Object value, Messages words) {
		String code = field.code();
		BigInteger whole = whole(value);
		String min = String.valueOf(field.min());
		String max = String.valueOf(field.max());
		if (whole == null) {
			return words.notAWholeNumber(code, min, max, describe(value, words));
		}
		if (whole.compareTo(BigInteger.valueOf(field.min())) < 0 || whole.compareTo(BigInteger.valueOf(field.max())) > 0) {
			return words.outOfRange(code, min, max, whole.toString());
		}
		return null;
	}

	/** The whole number {@code value} holds, or null when it is not a whole number. */
	private static BigInteger whole(Object value) {
		if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
			return BigInteger.valueOf(((Number) value).longValue());
		}
		if (value instanceof BigInteger big) {
			return big;
		}
		BigDecimal decimal = null;
		if (value instanceof BigDecimal d) {
			decimal = d;
		}
		else if (value instanceof Double || value instanceof Float) {
			double d = ((Number) value).doubleValue();
			if (Double.isFinite(d)) {
				decimal = BigDecimal.valueOf(d);
			}
		}
		if (decimal == null) {
			return null;
		}
		try {
			return decimal.toBigIntegerExact();
		}
		catch (ArithmeticException notWhole) {
			return null;
		}
	}

	private static String describe(Object value, Messages words) {
		if (value instanceof String s) {
			return words.theText(s.length() > 40 ? s.substring(0, 40) + "…" : s);
		}
		if (value instanceof Boolean || value instanceof Number) {
			return String.valueOf(value);
		}
		if (value instanceof Map<?, ?>) {
			return words.anObject();
		}
		if (value instanceof List<?>) {
			return words.aList();
		}
		return words.anotherKind();
	}

	private static String shorten(String code) {
		return code.length() > 60 ? code.substring(0, 60) + "…" : code;
	}

	/** A known code within two edits of {@code code} (ignoring case), if any. */
	private String nearest(String code) {
		return nearest(code, fields.keySet());
	}

	/** A code among {@code known} within two edits of {@code code} (ignoring case), if any. */
	static String nearest(String code, Iterable<String> known) {
		if (code.length() > 60) {
			return null;
		}
		String best = null;
		int bestDistance = 3;
		for (String candidate : known) {
			int distance = distance(code.toLowerCase(), candidate);
			if (distance < bestDistance) {
				best = candidate;
				bestDistance = distance;
			}
		}
		return best;
	}

	private static int distance(String a, String b) {
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
				current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}

}
