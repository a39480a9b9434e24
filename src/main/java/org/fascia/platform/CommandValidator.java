package org.fascia.platform;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validator;

import org.springframework.stereotype.Component;

/**
 * Checks a command record's Bean Validation constraints where a service receives it, so pages and
 * the API share one set of rules. Fields are named as in the JSON body: {@code name},
 * {@code therapistIds[1]}, and with a prefix for list items, {@code [2].start}.
 */
@Component
public class CommandValidator {

	private final Validator validator;

	CommandValidator(Validator validator) {
		this.validator = validator;
	}

	/** Every invalid field with its message, one per field, in a stable order; a map the caller may add to. */
	public Map<String, String> problems(Object command) {
		return problems(command, "");
	}

	public Map<String, String> problems(Object command, String prefix) {
		Map<String, String> problems = new LinkedHashMap<>();
		List<ConstraintViolation<Object>> violations = validator.validate(command)
			.stream()
			.sorted(Comparator.comparing(violation -> fieldOf(violation.getPropertyPath())))
			.toList();
		for (ConstraintViolation<Object> violation : violations) {
			problems.putIfAbsent(prefix + fieldOf(violation.getPropertyPath()), violation.getMessage());
		}
		return problems;
	}

	/** @throws ApiProblem 400 naming every invalid field */
	public void check(Object command) {
		Map<String, String> problems = problems(command);
		if (!problems.isEmpty()) {
			throw ApiProblem.invalid(problems);
		}
	}

	private static String fieldOf(Path path) {
		StringBuilder field = new StringBuilder();
		for (Path.Node node : path) {
			if (node.getKind() == ElementKind.PROPERTY && node.isInIterable() && node.getIndex() != null) {
				field.append('[').append(node.getIndex()).append(']');
			}
			if (node.getKind() == ElementKind.PROPERTY) {
				if (!field.isEmpty()) {
					field.append('.');
				}
				field.append(node.getName());
			}
			if (node.getIndex() != null && node.getKind() == ElementKind.CONTAINER_ELEMENT) {
				field.append('[').append(node.getIndex()).append(']');
			}
		}
		return field.toString();
	}

}
