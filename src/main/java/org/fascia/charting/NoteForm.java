package org.fascia.charting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fascia.platform.ApiProblem;
import org.fascia.platform.Pure;

/**
 * A session note as sent by the page or the API, as text, and the one check both use: pain a whole
 * number 0–10, known body-region codes and response, texts within their limits. Field names are the
 * form's and the API's ({@code painToday}, {@code findingRegions}, …), so a 400 names the field.
 */
@Pure
public record NoteForm(String subjective, String painToday, String healthChanged, List<String> findingRegions,
		String objective, String assessment, String responseSinceLast, String planNext, String planSelfCare,
		String clientSummary) {

	static final int TEXT_MAX = 4000;

	static final int SUMMARY_MAX = 1000;

	/** The form of a stored note's content (to show it again). */
	static NoteForm of(NoteContent c) {
		return new NoteForm(c.subjective(), c.painToday() == null ? "" : c.painToday().toString(),
				c.healthChanged() == null ? "" : c.healthChanged().toString(),
				c.findingRegions().stream().map(BodyRegion::code).toList(), c.objective(), c.assessment(),
				c.responseSinceLast() == null ? "" : c.responseSinceLast().name(), c.planNext(), c.planSelfCare(),
				c.clientSummary());
	}

	public boolean hasRegion(String code) {
		return findingRegions != null && findingRegions.contains(code);
	}

	/**
	 * The checked content.
	 * @throws ApiProblem 400 naming every invalid field
	 */
	NoteContent content() {
		Map<String, String> errors = new LinkedHashMap<>();
		Integer pain = pain(errors);
		Boolean changed = switch (blank(healthChanged)) {
			case "" -> null;
			case "true", "yes" -> true;
			case "false", "no" -> false;
			default -> {
				errors.put("healthChanged", "Answer the health check with yes or no.");
				yield null;
			}
		};
		List<BodyRegion> regions = new ArrayList<>();
		for (String code : findingRegions == null ? List.<String>of() : findingRegions) {
			if (code == null || code.isBlank()) {
				continue;
			}
			BodyRegion.ofCode(code.strip()).ifPresentOrElse(regions::add, () -> errors.putIfAbsent("findingRegions",
					"There is no body region " + code.strip() + "; use the codes of the body map, like LOWER_BACK_L."));
		}
		ResponseSinceLast response = null;
		if (!blank(responseSinceLast).isEmpty()) {
			response = ResponseSinceLast.ofCode(blank(responseSinceLast)).orElse(null);
			if (response == null) {
				errors.put("responseSinceLast", "Choose the response since the last visit: IMPROVED, NO_CHANGE, WORSE or FIRST_VISIT.");
			}
		}
		length("subjective", subjective, TEXT_MAX, errors);
		length("objective", objective, TEXT_MAX, errors);
		length("assessment", assessment, TEXT_MAX, errors);
		length("planNext", planNext, TEXT_MAX, errors);
		length("planSelfCare", planSelfCare, TEXT_MAX, errors);
		length("clientSummary", clientSummary, SUMMARY_MAX, errors);
		if (!errors.isEmpty()) {
			throw ApiProblem.invalid(errors);
		}
		return new NoteContent(subjective, pain, changed, regions, objective, assessment, response, planNext,
				planSelfCare, clientSummary);
	}

	private Integer pain(Map<String, String> errors) {
		String text = blank(painToday);
		if (text.isEmpty()) {
			return null;
		}
		try {
			int value = Integer.parseInt(text);
			if (value >= 0 && value <= 10) {
				return value;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		errors.put("painToday", "Today's pain is a whole number from 0 (no pain) to 10 (worst imaginable); "
				+ text + " is not.");
		return null;
	}

	private static void length(String field, String value, int max, Map<String, String> errors) {
		if (value != null && value.strip().length() > max) {
			errors.put(field, "Keep this to " + max + " characters; it has " + value.strip().length() + ".");
		}
	}

	private static String blank(String value) {
		return value == null ? "" : value.strip();
	}

}
