package org.fascia.care;

import java.util.List;

/**
 * A library item as typed on the library page (numbers as text, so a wrong one comes back with its
 * message). {@code conflicts} holds the ticked caution codes.
 */
public record SelfCareItemForm(String category, String name, String instructions, String dose, String daysPerWeek,
		List<String> conflicts, String conflictNote, String evidenceNote, String evidenceSource, String imagePath) {

	public SelfCareItemForm {
		conflicts = conflicts == null ? List.of() : List.copyOf(conflicts.stream().filter(c -> c != null).toList());
	}

	static SelfCareItemForm empty() {
		return new SelfCareItemForm("", "", "", "", "7", List.of(), "", "", "", "");
	}

	static SelfCareItemForm of(SelfCareItem item) {
		return new SelfCareItemForm(item.category().name(), item.name(), item.instructions(), item.dose(),
				String.valueOf(item.daysPerWeek()), item.conflictList(), nz(item.conflictNote()), item.evidenceNote(),
				item.evidenceSource(), nz(item.imagePath()));
	}

	/** Whether a caution code is ticked, for the form's checkboxes. */
	public boolean conflictsWith(String code) {
		return conflicts.contains(code);
	}

	private static String nz(String s) {
		return s == null ? "" : s;
	}

}
