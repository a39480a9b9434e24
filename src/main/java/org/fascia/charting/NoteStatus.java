package org.fascia.charting;

/**
 * A note is a draft until the therapist signs it; a signed note is read-only. Their words are in the bundle:
 * charting.note.status.*.
 */
public enum NoteStatus {

	DRAFT, SIGNED

}
