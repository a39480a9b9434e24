package org.fascia.screening;

import java.util.List;
import java.util.Map;

import org.fascia.platform.Pure;

/**
 * A rule's condition over the typed answers: the interpreter of the small expression language of
 * {@code screening/rules.json}.
 *
 * <h2>The language</h2>
 * A condition is a JSON object with exactly one operator (plus {@code min}/{@code exactly} for
 * {@code count}). Codes are the answer codes of the schema; the loader rejects unknown codes, values
 * that are not choices of the code, and operators on a code of the wrong type.
 * <pre>
 * {"yes": "code"}                 a bool answer is true
 * {"eq": ["code", value]}         an enum answer is this choice, or an int answer is this number
 * {"ne": ["code", value]}         the answer is given AND differs ("cancer" ≠ "none")
 * {"lt":  ["code", n]}            an int answer is &lt; n   (likewise "lte" ≤, "gt" &gt;, "gte" ≥)
 * {"present": "code"}             any answer is given (e.g. "pregnant_weeks", absent when not pregnant)
 * {"any": [c, …]}                 at least one of the conditions holds (non-empty)
 * {"all": [c, …]}                 every condition holds (non-empty)
 * {"count": [c, …], "min": n}     at least n of the conditions hold
 * {"count": [c, …], "exactly": n} exactly n of them hold
 * {"count": "list-name", …}       the same over a named list of the file's "lists" section
 * </pre>
 * <b>Absent answers</b> (missing or null) count as "no"/unknown: every operator on an absent answer is
 * false, including {@code ne} ("not none" is not known when nothing was answered) and the comparisons.
 * <p>
 * There is deliberately no negation of a yes/no answer: a "yes" can only make more conditions true,
 * so adding a "yes" never makes a decision less restrictive. The only non-monotone operators are
 * {@code exactly} (used for a milder finding that a stricter {@code min} rule then supersedes) and
 * {@code ne}/{@code eq} on enums.
 */
@Pure
sealed interface Condition {

	boolean test(Map<String, ?> answers);

	record Yes(String code) implements Condition {

		@Override
		public boolean test(Map<String, ?> answers) {
			return Boolean.TRUE.equals(answers.get(code));
		}

	}

	/** {@code value} is a String (enum choice) or an Integer. */
	record Eq(String code, Object value) implements Condition {

		@Override
		public boolean test(Map<String, ?> answers) {
			return value.equals(answers.get(code));
		}

	}

	record Ne(String code, Object value) implements Condition {

		@Override
		public boolean test(Map<String, ?> answers) {
			Object answer = answers.get(code);
			return answer != null && !value.equals(answer);
		}

	}

	enum Op {

		LT("lt"), LTE("lte"), GT("gt"), GTE("gte");

		final String json;

		Op(String json) {
			this.json = json;
		}

		boolean holds(int answer, int bound) {
			return switch (this) {
				case LT -> answer < bound;
				case LTE -> answer <= bound;
				case GT -> answer > bound;
				case GTE -> answer >= bound;
			};
		}

		static Op fromJson(String name) {
			for (Op op : values()) {
				if (op.json.equals(name)) {
					return op;
				}
			}
			return null;
		}

	}

	record Compare(String code, Op op, int bound) implements Condition {

		@Override
		public boolean test(Map<String, ?> answers) {
			return answers.get(code) instanceof Integer answer && op.holds(answer, bound);
		}

	}

	record Present(String code) implements Condition {

		@Override
		public boolean test(Map<String, ?> answers) {
			return answers.get(code) != null;
		}

	}

	record Any(List<Condition> conditions) implements Condition {

		public Any {
			conditions = List.copyOf(conditions);
		}

		@Override
		public boolean test(Map<String, ?> answers) {
			for (Condition condition : conditions) {
				if (condition.test(answers)) {
					return true;
				}
			}
			return false;
		}

	}

	record All(List<Condition> conditions) implements Condition {

		public All {
			conditions = List.copyOf(conditions);
		}

		@Override
		public boolean test(Map<String, ?> answers) {
			for (Condition condition : conditions) {
				if (!condition.test(answers)) {
					return false;
				}
			}
			return true;
		}

	}

	/** At least {@code n} (or, when {@code exactly}, exactly {@code n}) of the conditions hold. */
	record Count(List<Condition> conditions, int n, boolean exactly) implements Condition {

		public Count {
			conditions = List.copyOf(conditions);
		}

		@Override
		public boolean test(Map<String, ?> answers) {
			int holding = 0;
			for (Condition condition : conditions) {
				if (condition.test(answers)) {
					holding++;
				}
			}
			return exactly ? holding == n : holding >= n;
		}

	}

}
