package org.fascia.intake;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * What a page needs to render questionnaire items as form fields: per step its fields with their
 * current values, errors, and conditions (rendered hidden when they do not apply; static/js/intake.js
 * shows them as answers change, the server decides on every save).
 */
public final class IntakeForm {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private IntakeForm() {
	}

	/** Whose intake a wizard page is for, entered by whom, and where its pages live. */
	public record Wizard(long clientId, String clientName, String base, IntakeResponses.Source source, Long userId) {

		public boolean staff() {
			return source == IntakeResponses.Source.STAFF_ENTERED;
		}

	}

	/** One step on the review page, and its answers. */
	public record ReviewStep(int index, String heading, List<ReviewLine> lines) {
	}

	/** One question on the review page: its answer (null when not answered) and any problem. */
	public record ReviewLine(String linkId, String question, String answer, String error) {
	}

	/** One wizard step (a group). */
	public record Step(int index, String linkId, String heading, String help, boolean hidden, String conditions,
			List<Field> fields) {
	}

	/**
	 * One question as a form field. {@code type} is boolean, integer, choice, string or text; {@code value}
	 * is the text to show in the input; {@code unit} the duration unit for a duration.
	 */
	public record Field(String linkId, String type, String text, String help, boolean required, Integer min,
			Integer max, Integer maxLength, List<Questionnaire.Option> options, String value, String unit,
			boolean duration, boolean hidden, String conditions, String error) {

		public boolean hasError() {
			return error != null;
		}

		public String describedBy() {
			return linkId + "-help" + (error != null ? " " + linkId + "-error" : "");
		}

		/** The id of the input an error message links to. */
		public String anchor() {
			return switch (type) {
				case "boolean" -> linkId + "--true";
				case "choice" -> linkId + "--" + options.get(0).code();
				default -> linkId;
			};
		}

		public boolean isChecked(String code) {
			return code.equals(value);
		}

	}

	/** The fields of some items, showing {@code shown} (typed answers or raw strings) and errors. */
	static List<Field> fields(Questionnaire questionnaire, List<Questionnaire.Item> items, Map<String, ?> shown,
			Map<String, Object> typed, Map<String, String> units, Map<String, String> errors) {
		List<Field> fields = new ArrayList<>();
		for (Questionnaire.Item item : items) {
			Object value = shown.get(item.linkId());
			String text = value == null ? null : value.toString();
			String unit = units.get(item.linkId());
			if (item.durationInput() && value instanceof Integer days) {
				unit = unitFor(days);
				text = String.valueOf(days / AnswerRules.DURATION_UNITS.get(unit));
			}
			fields.add(new Field(item.linkId(), item.type().name().toLowerCase(java.util.Locale.ROOT), item.text(),
					item.help(), item.required(), item.min(), item.max(), item.maxLength(), item.options(), text,
					unit == null ? "days" : unit, item.durationInput(), !AnswerRules.enabled(questionnaire, item, typed),
					conditions(item), errors.get(item.linkId())));
		}
		return fields;
	}

	static Step step(Questionnaire questionnaire, int index, List<Field> fields, Map<String, Object> typed) {
		Questionnaire.Item group = questionnaire.steps().get(index);
		return new Step(index, group.linkId(), group.text(), group.help(),
				!AnswerRules.enabled(questionnaire, group, typed), conditions(group), fields);
	}

	/** The largest unit a number of days is a whole multiple of. */
	static String unitFor(int days) {
		if (days != 0 && days % 365 == 0) {
			return "years";
		}
		if (days != 0 && days % 30 == 0) {
			return "months";
		}
		if (days != 0 && days % 7 == 0) {
			return "weeks";
		}
		return "days";
	}

	private static String conditions(Questionnaire.Item item) {
		if (item.enableWhen().isEmpty()) {
			return null;
		}
		List<Map<String, Object>> conditions = new ArrayList<>();
		for (Questionnaire.Condition condition : item.enableWhen()) {
			Map<String, Object> c = new LinkedHashMap<>();
			c.put("q", condition.question());
			c.put("op", condition.operator());
			c.put("a", condition.answer());
			conditions.add(c);
		}
		return JSON.writeValueAsString(Map.of("any", item.enableWhenAny(), "when", conditions));
	}

}
