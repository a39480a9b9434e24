package org.fascia.screening;

import java.util.List;

/**
 * One answer code screening reads (SCREENING.md, "Intake answers read by screening").
 *
 * @param code the answer code, e.g. {@code bladder_change}
 * @param type its type
 * @param choices the allowed values of an {@link AnswerType#ENUM}, in order; empty otherwise
 * @param min the smallest allowed value of an {@link AnswerType#INT}, else null
 * @param max the largest allowed value of an {@link AnswerType#INT}, else null
 */
public record AnswerField(String code, AnswerType type, List<String> choices, Integer min, Integer max) {

	public AnswerField {
		choices = List.copyOf(choices);
		if (type == AnswerType.ENUM && choices.isEmpty()) {
			throw new IllegalArgumentException(code + ": an enum needs its choices");
		}
		if (type != AnswerType.ENUM && !choices.isEmpty()) {
			throw new IllegalArgumentException(code + ": only an enum has choices");
		}
		if (type == AnswerType.INT && (min == null || max == null || min > max)) {
			throw new IllegalArgumentException(code + ": an int needs a range with min <= max");
		}
		if (type != AnswerType.INT && (min != null || max != null)) {
			throw new IllegalArgumentException(code + ": only an int has a range");
		}
	}

}
