package org.fascia.intake;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.fascia.platform.Pure;

/**
 * What an answer may be, per item definition: its type, choices, range and length; which items apply
 * (enableWhen); which required ones are missing. Plain Java over plain data.
 */
@Pure
final class AnswerRules {

	/** Units a duration in days may be entered in, with their length in days. */
	static final Map<String, Integer> DURATION_UNITS = durationUnits();

	private AnswerRules() {
	}

	private static Map<String, Integer> durationUnits() {
		Map<String, Integer> units = new LinkedHashMap<>();
		units.put("days", 1);
		units.put("weeks", 7);
		units.put("months", 30);
		units.put("years", 365);
		return units;
	}

	/** The words of the problems and review flags; {@link IntakeWords} takes them from the message bundle. */
	interface Messages {

		String unknownQuestion(String linkId, String version);

		String notTrueOrFalse(String linkId);

		/** Also for a duration typed into a form, by the question's name. */
		String notAWholeNumber(String linkIdOrName);

		String notAString(String linkId);

		String notAChoiceString(String linkId, String codes);

		String aGroup(String linkId);

		String chooseYesOrNo();

		String notAWholeNumberLike42(String name);

		String chooseUnit();

		String negative(String name);

		String atMostYears(String name, String years);

		String notAnOption(String value, String name, String codes);

		String tooLong(String name, String length, String max);

		String between(String name, String min, String max);

		String atLeast(String name, String min);

		String atMost(String name, String max);

		String required(String name);

		/** A review flag: {@code why} is one or more {@link #condition conditions}, joined by {@link #and}. */
		String contradiction(String name, String linkId, String value, String why);

		String condition(String question, String actual);

		String and(String first, String second);

	}

	/** A cleaned set of answers, the problems per linkId, and the review flags. */
	record Checked(Map<String, Object> answers, Map<String, String> errors, List<String> flags) {
	}

	/**
	 * Typed answers from a program (the REST API, a health-change check): strict types (Boolean,
	 * whole-number Integer, String code or text), known linkIds only, range, choice and length checked.
	 * A null value means "no answer". Answers to items that do not apply are kept and flagged for review
	 * when an answer given contradicts them (a pregnancy answered by a client who said male).
	 */
	static Checked typed(Questionnaire questionnaire, Map<String, ?> raw, Messages words) {
		Map<String, Object> answers = new LinkedHashMap<>();
		Map<String, String> errors = new LinkedHashMap<>();
		for (Map.Entry<String, ?> entry : raw.entrySet()) {
			String linkId = entry.getKey();
			Questionnaire.Item item = questionnaire.question(linkId).orElse(null);
			if (item == null) {
				errors.put(linkId, words.unknownQuestion(linkId, questionnaire.version()));
				continue;
			}
			if (entry.getValue() == null) {
				continue;
			}
			try {
				answers.put(linkId, valid(item, typedValue(item, entry.getValue(), words), words));
			}
			catch (IllegalArgumentException ex) {
				errors.put(linkId, ex.getMessage());
			}
		}
		return new Checked(answers, errors,
				errors.isEmpty() ? contradictions(questionnaire, answers, words) : List.of());
	}

	private static Object typedValue(Questionnaire.Item item, Object value, Messages words) {
		return switch (item.type()) {
			case BOOLEAN -> {
				if (!(value instanceof Boolean b)) {
					throw new IllegalArgumentException(words.notTrueOrFalse(item.linkId()));
				}
				yield b;
			}
			case INTEGER -> {
				if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
					long n = ((Number) value).longValue();
					if (n < Integer.MIN_VALUE || n > Integer.MAX_VALUE) {
						throw new IllegalArgumentException(rangeMessage(item, words));
					}
					yield (int) n;
				}
				if (value instanceof Number number && number.doubleValue() == Math.rint(number.doubleValue())
						&& Math.abs(number.doubleValue()) < Integer.MAX_VALUE) {
					yield (int) number.doubleValue();
				}
				throw new IllegalArgumentException(words.notAWholeNumber(item.linkId()));
			}
			case CHOICE, STRING, TEXT -> {
				if (!(value instanceof String s)) {
					throw new IllegalArgumentException(item.type() == Questionnaire.Type.CHOICE
							? words.notAChoiceString(item.linkId(), codes(item)) : words.notAString(item.linkId()));
				}
				yield s;
			}
			case GROUP -> throw new IllegalArgumentException(words.aGroup(item.linkId()));
		};
	}

	/**
	 * One answer as typed into a form: blank is "no answer" (null); a duration is a number with its unit
	 * (days, weeks, months, years), stored in days.
	 */
	static Object fromForm(Questionnaire.Item item, String raw, String unit, Messages words) {
		String value = raw == null ? "" : raw.strip();
		if (value.isEmpty()) {
			return null;
		}
		Object typed = switch (item.type()) {
			case BOOLEAN -> switch (value) {
				case "true", "yes" -> Boolean.TRUE;
				case "false", "no" -> Boolean.FALSE;
				default -> throw new IllegalArgumentException(words.chooseYesOrNo());
			};
			case INTEGER -> {
				if (!value.matches("[+-]?\\d{1,9}")) {
					throw new IllegalArgumentException(item.durationInput() ? words.notAWholeNumber(item.name())
							: words.notAWholeNumberLike42(item.name()));
				}
				int n = Integer.parseInt(value);
				if (item.durationInput()) {
					Integer days = DURATION_UNITS.get(unit == null || unit.isBlank() ? "days" : unit);
					if (days == null) {
						throw new IllegalArgumentException(words.chooseUnit());
					}
					if (n < 0) {
						throw new IllegalArgumentException(words.negative(item.name()));
					}
					long total = (long) n * days;
					if (item.max() != null && total > item.max()) {
						throw new IllegalArgumentException(
								words.atMostYears(item.name(), String.valueOf(item.max() / 365)));
					}
					yield (int) total;
				}
				yield n;
			}
			case CHOICE, STRING, TEXT -> value;
			case GROUP -> throw new IllegalArgumentException(words.aGroup(item.linkId()));
		};
		return valid(item, typed, words);
	}

	/** Checks range, choice and length; returns the value or throws with a message for the person. */
	static Object valid(Questionnaire.Item item, Object value, Messages words) {
		switch (item.type()) {
			case INTEGER -> {
				int n = (Integer) value;
				if (item.min() != null && n < item.min() || item.max() != null && n > item.max()) {
					throw new IllegalArgumentException(rangeMessage(item, words));
				}
			}
			case CHOICE -> {
				if (item.option((String) value).isEmpty()) {
					throw new IllegalArgumentException(words.notAnOption((String) value, item.name(), codes(item)));
				}
			}
			case STRING, TEXT -> {
				String text = (String) value;
				int length = text.codePointCount(0, text.length());
				if (item.maxLength() != null && length > item.maxLength()) {
					throw new IllegalArgumentException(
							words.tooLong(item.name(), String.valueOf(length), String.valueOf(item.maxLength())));
				}
			}
			default -> {
			}
		}
		return value;
	}

	private static String rangeMessage(Questionnaire.Item item, Messages words) {
		if (item.min() != null && item.max() != null) {
			return words.between(item.name(), String.valueOf(item.min()), String.valueOf(item.max()));
		}
		return item.min() != null ? words.atLeast(item.name(), String.valueOf(item.min()))
				: words.atMost(item.name(), String.valueOf(item.max()));
	}

	private static String codes(Questionnaire.Item item) {
		return String.join(", ", item.options().stream().map(Questionnaire.Option::code).toList());
	}

	/** Whether an item applies given the answers: its own conditions and those of every group around it. */
	static boolean enabled(Questionnaire questionnaire, Questionnaire.Item item, Map<String, ?> answers) {
		Map<String, Questionnaire.Item> parents = questionnaire.parents();
		Questionnaire.Item current = item;
		while (current != null) {
			if (!conditionsHold(questionnaire, current, answers)) {
				return false;
			}
			current = parents.get(current.linkId());
		}
		return true;
	}

	private static boolean conditionsHold(Questionnaire questionnaire, Questionnaire.Item item, Map<String, ?> answers) {
		if (item.enableWhen().isEmpty()) {
			return true;
		}
		boolean any = false;
		boolean all = true;
		for (Questionnaire.Condition condition : item.enableWhen()) {
			Questionnaire.Item target = questionnaire.question(condition.question()).orElseThrow();
			Object actual = enabled(questionnaire, target, answers) ? answers.get(condition.question()) : null;
			boolean holds = holds(condition, actual);
			any |= holds;
			all &= holds;
		}
		return item.enableWhenAny() ? any : all;
	}

	static boolean holds(Questionnaire.Condition condition, Object actual) {
		return switch (condition.operator()) {
			case "exists" -> Boolean.TRUE.equals(condition.answer()) == (actual != null);
			case "=" -> actual != null && Objects.equals(actual, condition.answer());
			case "!=" -> actual == null || !Objects.equals(actual, condition.answer());
			default -> {
				if (!(actual instanceof Integer a) || !(condition.answer() instanceof Integer b)) {
					yield false;
				}
				yield switch (condition.operator()) {
					case ">" -> a > b;
					case "<" -> a < b;
					case ">=" -> a >= b;
					default -> a <= b;
				};
			}
		};
	}

	/** The answers without those to items that do not apply. */
	static Map<String, Object> withoutDisabled(Questionnaire questionnaire, Map<String, Object> answers) {
		Map<String, Object> kept = new LinkedHashMap<>();
		answers.forEach((linkId, value) -> questionnaire.question(linkId)
			.filter(item -> enabled(questionnaire, item, answers))
			.ifPresent(item -> kept.put(linkId, value)));
		return kept;
	}

	/** Required items among {@code items} that apply and have no answer, with a message each. */
	static Map<String, String> missing(Questionnaire questionnaire, List<Questionnaire.Item> items,
			Map<String, Object> answers, Messages words) {
		Map<String, String> missing = new LinkedHashMap<>();
		for (Questionnaire.Item item : items) {
			if (item.required() && answers.get(item.linkId()) == null && enabled(questionnaire, item, answers)) {
				missing.put(item.linkId(), words.required(item.name()));
			}
		}
		return missing;
	}

	/**
	 * Answers given to items that do not apply because of another answer actually given, e.g. a pregnancy
	 * answered by a client who said male: kept, and described for a person to review.
	 */
	static List<String> contradictions(Questionnaire questionnaire, Map<String, Object> answers, Messages words) {
		List<String> flags = new ArrayList<>();
		Map<String, Questionnaire.Item> parents = questionnaire.parents();
		for (Map.Entry<String, Object> entry : answers.entrySet()) {
			Questionnaire.Item item = questionnaire.question(entry.getKey()).orElse(null);
			if (item == null) {
				continue;
			}
			for (Questionnaire.Item current = item; current != null; current = parents.get(current.linkId())) {
				String flag = contradiction(current, answers, words);
				if (flag != null) {
					flags.add(words.contradiction(item.name(), entry.getKey(), String.valueOf(entry.getValue()), flag));
					break;
				}
			}
		}
		return flags;
	}

	private static String contradiction(Questionnaire.Item item, Map<String, Object> answers, Messages words) {
		if (item.enableWhen().isEmpty()) {
			return null;
		}
		List<String> failed = new ArrayList<>();
		boolean anyHolds = false;
		for (Questionnaire.Condition condition : item.enableWhen()) {
			Object actual = answers.get(condition.question());
			if (holds(condition, actual)) {
				anyHolds = true;
			}
			else if (actual != null) {
				failed.add(words.condition(condition.question(), String.valueOf(actual)));
			}
		}
		boolean contradicted = item.enableWhenAny() ? !anyHolds && failed.size() == item.enableWhen().size()
				: !failed.isEmpty();
		return contradicted ? failed.stream().reduce(words::and).orElseThrow() : null;
	}

}
