package org.fascia.charting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fascia.platform.ApiProblem;
import org.fascia.platform.Pure;
import org.fascia.platform.Texts;

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
	 * The checked content; the messages of a refusal in the words given.
	 * @throws ApiProblem 400 naming every invalid field
	 */
	NoteContent content(Texts words) {
		Map<String, String> errors = new LinkedHashMap<>();
		Integer pain = pain(words, errors);
		Boolean changed = switch (blank(healthChanged)) {
			case "" -> null;
			case "true", "yes" -> true;
			case "false", "no" -> false;
			default -> {
				errors.put("healthChanged", words.text("charting.problem.note.healthChanged"));
				yield null;
			}
		};
		List<BodyRegion> regions = new ArrayList<>();
		for (String code : findingRegions == null ? List.<String>of() : findingRegions) {
			if (code == null || code.isBlank()) {
				continue;
			}
			BodyRegion.ofCode(code.strip()).ifPresentOrElse(regions::add, () -> errors.putIfAbsent("findingRegions",
					words.text("charting.problem.note.unknownRegion", code.strip())));
		}
		ResponseSinceLast response = null;
		if (!blank(responseSinceLast).isEmpty()) {
			response = ResponseSinceLast.ofCode(blank(responseSinceLast)).orElse(null);
			if (response == null) {
				errors.put("responseSinceLast", words.text("charting.problem.note.response"));
			}
		}
		length("subjective", subjective, TEXT_MAX, words, errors);
		length("objective", objective, TEXT_MAX, words, errors);
		length("assessment", assessment, TEXT_MAX, words, errors);
		length("planNext", planNext, TEXT_MAX, words, errors);
		length("planSelfCare", planSelfCare, TEXT_MAX, words, errors);
		length("clientSummary", clientSummary, SUMMARY_MAX, words, errors);
		if (!errors.isEmpty()) {
			throw ApiProblem.invalid(errors);
		}
		return new NoteContent(subjective, pain, changed, regions, objective, assessment, response, planNext,
				planSelfCare, clientSummary);
	}

	private Integer pain(Texts words, Map<String, String> errors) {
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
		errors.put("painToday", words.text("charting.problem.note.pain", text));
		return null;
	}

	private static void length(String field, String value, int max, Texts words, Map<String, String> errors) {
		if (value != null && value.strip().length() > max) {
			errors.put(field, words.text("charting.problem.note.length", String.valueOf(max),
					String.valueOf(value.strip().length())));
		}
	}

	private static String blank(String value) {
		return value == null ? "" : value.strip();
	}

}
