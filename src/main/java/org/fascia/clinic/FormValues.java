package org.fascia.clinic;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fascia.platform.ApiProblem;
import org.fascia.platform.Words;

/**
 * Reads the owner's form fields (always text) into typed values, noting a message for each field that
 * does not parse. What parses goes to the same services, and the same rules, as the API. The messages come from
 * the message bundle; a form names its whole-number fields' messages itself, as bundle texts.
 */
final class FormValues {

	private static final Pattern MONEY = Pattern.compile("\\s*(\\d{1,7})(?:[.,](\\d{1,2}))?\\s*");

	private final Map<String, String> errors = new LinkedHashMap<>();

	private final Words words;

	FormValues(Words words) {
		this.words = words;
	}

	/** The page's words, for a form's own field messages. */
	Words words() {
		return words;
	}

	/** Field name to message, in the order they were found. */
	Map<String, String> errors() {
		return errors;
	}

	boolean ok() {
		return errors.isEmpty();
	}

	/** A whole number; {@code missing} and {@code notWhole} are the field's messages for blank and for not whole. */
	Integer wholeNumber(String field, String raw, String missing, String notWhole) {
		if (raw == null || raw.isBlank()) {
			errors.putIfAbsent(field, missing);
			return null;
		}
		try {
			return Integer.valueOf(raw.strip());
		}
		catch (NumberFormatException ex) {
			errors.putIfAbsent(field, notWhole);
			return null;
		}
	}

	/** A price such as 75, 62.5 or 62.50, in cents. */
	Integer cents(String field, String raw) {
		Matcher money = MONEY.matcher(raw == null ? "" : raw);
		if (!money.matches()) {
			errors.putIfAbsent(field, words.text("clinic.form.price"));
			return null;
		}
		String fraction = money.group(2) == null ? "0" : money.group(2);
		return Integer.parseInt(money.group(1)) * 100 + Integer.parseInt(fraction.length() == 1 ? fraction + "0" : fraction);
	}

	/** A time like 09:30; null when blank. */
	LocalTime time(String field, String raw) {
		if (raw == null || raw.isBlank()) {
			return null;
		}
		try {
			return LocalTime.parse(raw.strip());
		}
		catch (DateTimeParseException ex) {
			errors.putIfAbsent(field, words.text("clinic.form.time"));
			return null;
		}
	}

	/** A date like 2026-12-24; null when blank. */
	LocalDate date(String field, String raw) {
		if (raw == null || raw.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(raw.strip());
		}
		catch (DateTimeParseException ex) {
			errors.putIfAbsent(field, words.text("clinic.form.date"));
			return null;
		}
	}

	/** A service's field messages for the page; a problem about no field is shown above the form. */
	static Map<String, String> errorsOf(ApiProblem problem) {
		return problem.errors().isEmpty() ? Map.of("form", problem.getMessage()) : problem.errors();
	}

}
