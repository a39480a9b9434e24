package org.fascia.charting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.fascia.platform.Texts;

/**
 * What a therapist logs in one go, from the page's form or the API: the regions worked (one entry each, all
 * or nothing), the technique, the pressure 1 (very light) … 5 (very firm), the client's comfort and, when
 * it was too much, the lower pressure it was reduced to. Values arrive as text and are checked here, so the
 * page and the API give the same messages, each naming its field.
 */
public record NewEntry(List<String> regions, String technique, String pressure, String comfort,
		String reducedPressure) {

	/** An empty form. */
	public static NewEntry blank() {
		return new NewEntry(List.of(), null, null, null, null);
	}

	public List<String> regionCodes() {
		return regions == null ? List.of() : regions.stream().filter(r -> r != null && !r.isBlank()).toList();
	}

	public boolean has(String field, String value) {
		String v = switch (field) {
			case "technique" -> technique;
			case "pressure" -> pressure;
			case "comfort" -> comfort;
			default -> null;
		};
		return v != null && v.strip().equals(value);
	}

	/**
	 * The entries this form asks for, one per region; fills {@code errors} (field to message, in the words given)
	 * and returns an empty list when anything is invalid.
	 */
	List<TreatmentEntry> entries(Texts words, Map<String, String> errors) {
		Set<BodyRegion> parsed = new LinkedHashSet<>();
		List<String> unknown = new ArrayList<>();
		for (String code : regionCodes()) {
			BodyRegion.ofCode(code.strip()).ifPresentOrElse(parsed::add, () -> unknown.add(code.strip()));
		}
		if (!unknown.isEmpty()) {
			errors.put("regions", words.text("charting.problem.log.unknownRegion", String.join(", ", unknown)));
		}
		else if (parsed.isEmpty()) {
			errors.put("regions", words.text("charting.problem.log.noRegion"));
		}
		Technique tech = null;
		if (technique == null || technique.isBlank()) {
			errors.put("technique", words.text("charting.problem.log.technique"));
		}
		else {
			try {
				tech = Technique.valueOf(technique.strip());
			}
			catch (IllegalArgumentException ex) {
				errors.put("technique", words.text("charting.problem.log.unknownTechnique", technique.strip(),
						String.join(", ", java.util.Arrays.stream(Technique.values()).map(Enum::name).toList())));
			}
		}
		Integer press = scale(pressure);
		if (press == null) {
			errors.put("pressure", words.text("charting.problem.log.pressure"));
		}
		Comfort feel = null;
		if (comfort == null || comfort.isBlank()) {
			errors.put("comfort", words.text("charting.problem.log.comfort"));
		}
		else {
			try {
				feel = Comfort.valueOf(comfort.strip());
			}
			catch (IllegalArgumentException ex) {
				errors.put("comfort", words.text("charting.problem.log.unknownComfort", comfort.strip()));
			}
		}
		Integer reduced = null;
		boolean reducedGiven = reducedPressure != null && !reducedPressure.isBlank();
		if (feel == Comfort.TOO_MUCH) {
			reduced = scale(reducedPressure);
			if (reduced == null) {
				errors.put("reducedPressure", words.text("charting.problem.log.reducedMissing"));
			}
			else if (press != null && reduced >= press) {
				errors.put("reducedPressure", words.text("charting.problem.log.reducedNotLower", String.valueOf(press)));
			}
		}
		else if (feel != null && reducedGiven) {
			errors.put("reducedPressure", words.text("charting.problem.log.reducedNotTooMuch"));
		}
		if (!errors.isEmpty()) {
			return List.of();
		}
		List<TreatmentEntry> entries = new ArrayList<>();
		for (BodyRegion region : parsed) {
			entries.add(new TreatmentEntry(region, tech, press, feel, reduced));
		}
		return entries;
	}

	/** The form's values again after a refusal; the regions as a set for the body map. */
	public Set<String> selected() {
		return new LinkedHashSet<>(regionCodes());
	}

	static Map<String, String> newErrors() {
		return new LinkedHashMap<>();
	}

	private static Integer scale(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			int value = Integer.parseInt(text.strip());
			return value >= 1 && value <= 5 ? value : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
