package org.fascia.charting;

import java.util.Arrays;
import java.util.Optional;

/**
 * The parts of a session note an amendment can correct; the headings people read are in the bundle:
 * charting.note.section.*.
 */
public enum NoteSection {

	SUBJECTIVE, OBJECTIVE, ASSESSMENT, PLAN, CLIENT_SUMMARY;

	public static Optional<NoteSection> ofCode(String code) {
		return Arrays.stream(values()).filter(s -> s.name().equals(code)).findFirst();
	}

}
