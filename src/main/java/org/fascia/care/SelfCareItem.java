package org.fascia.care;

import java.util.Set;

/**
 * An exercise or piece of advice in the clinic's self-care library.
 * @param code the starter set's stable code, or null for an item the clinic added
 * @param dose the default dose in words, e.g. "Hold 30 s, 2–3 times each side, daily"
 * @param daysPerWeek the default number of days a week it is prescribed (for adherence)
 * @param conflicts the screening caution codes it must not be assigned with
 * @param conflictNote why it conflicts with them, or null
 * @param evidenceNote what the evidence says, modestly
 * @param evidenceSource where that comes from
 * @param imagePath an image served by Fascia (a path like /img/...), or null
 */
public record SelfCareItem(long id, String code, SelfCareCategory category, String name, String instructions,
		String dose, int daysPerWeek, Set<String> conflicts, String conflictNote, String evidenceNote,
		String evidenceSource, String imagePath, boolean active) {

	public SelfCareItem {
		conflicts = Set.copyOf(conflicts);
	}

	/** The conflicting caution codes, sorted, for showing. */
	public java.util.List<String> conflictList() {
		return conflicts.stream().sorted().toList();
	}

}
