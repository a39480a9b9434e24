package org.fascia.charting;

/** A note is a draft until the therapist signs it; a signed note is read-only. */
public enum NoteStatus {

	DRAFT("Draft"), SIGNED("Signed");

	private final String label;

	NoteStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
