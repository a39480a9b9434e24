package org.fascia.intake;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One version of a questionnaire definition, read from a FHIR R4 Questionnaire-shaped file: the
 * top-level items are groups (one wizard step each), their items the questions.
 */
public record Questionnaire(String url, String version, String title, List<Item> steps) {

	public Questionnaire {
		steps = List.copyOf(steps);
	}

	/** The kind of answer an item takes. */
	public enum Type {

		GROUP, BOOLEAN, INTEGER, CHOICE, STRING, TEXT;

		static Type of(String fhir) {
			return switch (fhir) {
				case "group" -> GROUP;
				case "boolean" -> BOOLEAN;
				case "integer" -> INTEGER;
				case "choice", "coding" -> CHOICE;
				case "string" -> STRING;
				case "text" -> TEXT;
				default -> throw new IllegalArgumentException("unsupported item type '" + fhir + "'");
			};
		}

	}

	/** A choice: the stored code and the plain-language text shown. */
	public record Option(String code, String display) {
	}

	/** FHIR enableWhen: the item shows when the answer to {@code question} compares to {@code answer}. */
	public record Condition(String question, String operator, Object answer) {
	}

	/**
	 * A group or a question. {@code label} is a short name used in messages ("Age must be between 0
	 * and 120"); {@code durationInput} lets the client answer a number of days in days, weeks, months or
	 * years.
	 */
	public record Item(String linkId, Type type, String text, String help, String label, boolean required,
			Integer min, Integer max, Integer maxLength, List<Option> options, List<Condition> enableWhen,
			boolean enableWhenAny, boolean durationInput, boolean screening, List<Item> items) {

		public Item {
			options = List.copyOf(options);
			enableWhen = List.copyOf(enableWhen);
			items = List.copyOf(items);
		}

		public boolean isGroup() {
			return type == Type.GROUP;
		}

		public Optional<Option> option(String code) {
			return options.stream().filter(o -> o.code().equals(code)).findFirst();
		}

		/** The short name used in messages. */
		public String name() {
			return label != null ? label : text;
		}

	}

	/** Every question (not the groups), in order. */
	public List<Item> questions() {
		List<Item> all = new ArrayList<>();
		for (Item step : steps) {
			collect(step, all);
		}
		return all;
	}

	private static void collect(Item item, List<Item> into) {
		if (!item.isGroup()) {
			into.add(item);
		}
		for (Item child : item.items()) {
			collect(child, into);
		}
	}

	public Optional<Item> question(String linkId) {
		return questions().stream().filter(i -> i.linkId().equals(linkId)).findFirst();
	}

	/** The step (index into {@link #steps()}) a question belongs to. */
	public int stepOf(String linkId) {
		for (int i = 0; i < steps.size(); i++) {
			List<Item> found = new ArrayList<>();
			collect(steps.get(i), found);
			if (found.stream().anyMatch(q -> q.linkId().equals(linkId))) {
				return i;
			}
		}
		return -1;
	}

	/** The questions of one step, in order. */
	public List<Item> questionsOf(int step) {
		List<Item> found = new ArrayList<>();
		collect(steps.get(step), found);
		return found;
	}

	/** Parent groups keyed by the linkId of each item they hold (for conditions on groups). */
	Map<String, Item> parents() {
		Map<String, Item> parents = new LinkedHashMap<>();
		for (Item step : steps) {
			parents(step, parents);
		}
		return parents;
	}

	private static void parents(Item group, Map<String, Item> into) {
		for (Item child : group.items()) {
			into.put(child.linkId(), group);
			parents(child, into);
		}
	}

}
