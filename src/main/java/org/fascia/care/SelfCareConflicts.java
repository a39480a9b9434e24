package org.fascia.care;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.fascia.platform.Pure;
import org.fascia.platform.Texts;
import org.fascia.screening.Caution;

/**
 * Which of a client's screening cautions an item conflicts with. Cautions always win: an item with a
 * conflict is not assigned, and the reason names the caution.
 */
@Pure
final class SelfCareConflicts {

	private SelfCareConflicts() {
	}

	/**
	 * The client's cautions the item conflicts with, in the order of the screening, each once.
	 * @param itemConflicts the caution codes the item conflicts with
	 * @param cautions the client's current cautions (empty when there is no screening)
	 */
	static List<Caution> of(Set<String> itemConflicts, Collection<Caution> cautions) {
		Map<String, Caution> found = new LinkedHashMap<>();
		for (Caution caution : cautions) {
			if (caution != null && itemConflicts.contains(caution.code())) {
				found.putIfAbsent(caution.code(), caution);
			}
		}
		return new ArrayList<>(found.values());
	}

	/**
	 * The refusal in the words given, e.g. "Hamstring active isolated stretch can’t be assigned: it conflicts with
	 * the caution NO_AGGRESSIVE_LUMBAR_PRESSURE (No strong pressure on the lower back; …). Why: …".
	 */
	static String reason(String itemName, List<Caution> conflicts, String conflictNote, Texts words) {
		if (conflicts.isEmpty()) {
			throw new IllegalArgumentException("no conflict to explain");
		}
		String named = conflicts.stream()
			.map(c -> c.code() + " (" + stripDot(c.text()) + ")")
			.collect(Collectors.joining("; "));
		String reason = conflicts.size() == 1 ? words.text("care.problem.conflict.one", itemName, named)
				: words.text("care.problem.conflict.many", itemName, named);
		String note = relevant(conflictNote, conflicts);
		return note.isEmpty() ? reason : words.text("care.problem.conflict.why", reason, note);
	}

	/**
	 * The sentences of the item's conflict note that name one of the conflicting codes (the note
	 * explains every code it lists, a sentence each); the whole note when no sentence names one.
	 */
	static String relevant(String conflictNote, List<Caution> conflicts) {
		if (conflictNote == null || conflictNote.isBlank()) {
			return "";
		}
		List<String> sentences = List.of(conflictNote.strip().split("(?<=[.!?])\\s+(?=[A-Z])"));
		List<String> naming = sentences.stream()
			.filter(sentence -> conflicts.stream().anyMatch(c -> sentence.contains(c.code())))
			.toList();
		return String.join(" ", naming.isEmpty() ? sentences : naming);
	}

	private static String stripDot(String text) {
		String t = text == null ? "" : text.strip();
		return t.endsWith(".") ? t.substring(0, t.length() - 1) : t;
	}

}
