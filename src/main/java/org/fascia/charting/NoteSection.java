package org.fascia.charting;

import java.util.Arrays;
import java.util.Optional;

/** The parts of a session note an amendment can correct, with the heading people read. */
public enum NoteSection {

	SUBJECTIVE("Subjective"), OBJECTIVE("Objective"), ASSESSMENT("Assessment"), PLAN("Plan"),
	CLIENT_SUMMARY("Summary for the client");

	private final String label;

	NoteSection(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	public static Optional<NoteSection> ofCode(String code) {
		return Arrays.stream(values()).filter(s -> s.name().equals(code)).findFirst();
	}

}
