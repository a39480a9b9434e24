package org.fascia.charting;

import org.fascia.platform.Pure;

/**
 * What may be done with a note in its status, as a named rule with a reason a person can read: a draft
 * is edited and signed, a signed note only amended (it keeps its original text). Signing needs the
 * summary the client will read and at least one SOAP section written.
 */
@Pure
public final class NoteEdit {

	private NoteEdit() {
	}

	/** Allowed, or refused with the reason. */
	public record Decision(boolean allowed, String reason) {

		static final Decision ALLOWED = new Decision(true, null);

		static Decision refused(String reason) {
			return new Decision(false, reason);
		}

	}

	static final String SIGNED_READ_ONLY = "This note is signed and read-only. To correct it, add an amendment: "
			+ "the original text stays on record.";

	public static Decision saveDraft(NoteStatus status) {
		return status == NoteStatus.SIGNED ? Decision.refused(SIGNED_READ_ONLY) : Decision.ALLOWED;
	}

	public static Decision sign(NoteStatus status, NoteContent content) {
		if (status == NoteStatus.SIGNED) {
			return Decision.refused("This note is already signed.");
		}
		if (content.clientSummary().isBlank()) {
			return Decision.refused("Write the summary for the client before signing: it is what the client reads.");
		}
		if (content.subjective().isBlank() && content.objective().isBlank() && content.assessment().isBlank()
				&& content.planNext().isBlank() && content.planSelfCare().isBlank()) {
			return Decision.refused("Write at least one section of the note before signing.");
		}
		return Decision.ALLOWED;
	}

	public static Decision amend(NoteStatus status) {
		return status == NoteStatus.SIGNED ? Decision.ALLOWED
				: Decision.refused("Amendments are for signed notes; a draft is simply edited.");
	}

}
