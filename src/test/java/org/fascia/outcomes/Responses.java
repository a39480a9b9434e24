package org.fascia.outcomes;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds answer maps for the scoring tables: pairs of linkId and value, and whole instruments at once. */
final class Responses {

	private Responses() {
	}

	/** {@code of("pain", 4, "enjoyment", 5)}; a null value stays as an explicit "not answered". */
	static Map<String, Object> of(Object... pairs) {
		Map<String, Object> answers = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			answers.put((String) pairs[i], pairs[i + 1]);
		}
		return answers;
	}

	/** ODI sections s1..s10 from the values given in order; null skips a section, an int[] is a double tick. */
	static Map<String, Object> odi(Object... sections) {
		Map<String, Object> answers = new LinkedHashMap<>();
		for (int i = 0; i < sections.length; i++) {
			Object value = sections[i];
			if (value instanceof int[] ticks) {
				value = Arrays.stream(ticks).boxed().toList();
			}
			if (value != null) {
				answers.put("s" + (i + 1), value);
			}
		}
		return answers;
	}

	/** RMDQ with the first {@code ticked} of the 24 statements ticked. */
	static Map<String, Object> rmdq(int ticked) {
		Map<String, Object> answers = new LinkedHashMap<>();
		for (int i = 1; i <= 24; i++) {
			answers.put("q" + i, i <= ticked);
		}
		return answers;
	}

	/** STarT Back from eight 0/1 digits for q1..q8 and the q9 code, e.g. {@code startBack("11110000", "slightly")}. */
	static Map<String, Object> startBack(String digits, String q9) {
		Map<String, Object> answers = new LinkedHashMap<>();
		for (int i = 0; i < 8; i++) {
			answers.put("q" + (i + 1), digits.charAt(i) == '1');
		}
		answers.put("q9", q9);
		return answers;
	}

	static BigDecimal dec(String value) {
		return new BigDecimal(value);
	}

	static List<BigDecimal> series(String... values) {
		List<BigDecimal> list = new ArrayList<>();
		for (String value : values) {
			list.add(new BigDecimal(value));
		}
		return list;
	}

}
