package org.fascia.charting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
	 * The entries this form asks for, one per region; fills {@code errors} (field to message) and returns an
	 * empty list when anything is invalid.
	 */
	List<TreatmentEntry> entries(Map<String, String> errors) {
		Set<BodyRegion> parsed = new LinkedHashSet<>();
		List<String> unknown = new ArrayList<>();
		for (String code : regionCodes()) {
			BodyRegion.ofCode(code.strip()).ifPresentOrElse(parsed::add, () -> unknown.add(code.strip()));
		}
		if (!unknown.isEmpty()) {
			errors.put("regions", "Unknown body region " + String.join(", ", unknown) + "; use the codes of the body map.");
		}
		else if (parsed.isEmpty()) {
			errors.put("regions", "Select at least one region on the body map or in the list.");
		}
		Technique tech = null;
		if (technique == null || technique.isBlank()) {
			errors.put("technique", "Choose the technique.");
		}
		else {
			try {
				tech = Technique.valueOf(technique.strip());
			}
			catch (IllegalArgumentException ex) {
				errors.put("technique", "Unknown technique " + technique.strip() + "; choose one of "
						+ String.join(", ", java.util.Arrays.stream(Technique.values()).map(Enum::name).toList()) + ".");
			}
		}
		Integer press = scale(pressure);
		if (press == null) {
			errors.put("pressure", "Choose the pressure: 1 (very light) to 5 (very firm).");
		}
		Comfort feel = null;
		if (comfort == null || comfort.isBlank()) {
			errors.put("comfort", "Choose how the client found it.");
		}
		else {
			try {
				feel = Comfort.valueOf(comfort.strip());
			}
			catch (IllegalArgumentException ex) {
				errors.put("comfort", "Unknown comfort " + comfort.strip() + "; use COMFORTABLE, INTENSE_BUT_OK or TOO_MUCH.");
			}
		}
		Integer reduced = null;
		boolean reducedGiven = reducedPressure != null && !reducedPressure.isBlank();
		if (feel == Comfort.TOO_MUCH) {
			reduced = scale(reducedPressure);
			if (reduced == null) {
				errors.put("reducedPressure", "Too much: enter the pressure it was reduced to (1 to 5).");
			}
			else if (press != null && reduced >= press) {
				errors.put("reducedPressure", "Too much: the reduced pressure must be lower than " + press + ".");
			}
		}
		else if (feel != null && reducedGiven) {
			errors.put("reducedPressure", "Only a \"too much\" entry has a reduced pressure; leave it empty.");
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
