package org.fascia.charting;

import org.fascia.platform.Pure;

/**
 * What may be done with a note in its status, as a named rule with a named reason (the caller words it): a draft
 * is edited and signed, a signed note only amended (it keeps its original text). Signing needs the
 * summary the client will read and at least one SOAP section written.
 */
@Pure
public final class NoteEdit {

	private NoteEdit() {
	}

	/** Why a change is refused; the caller words it ({@code charting.problem.note.*}). */
	public enum Refusal {

		/** A signed note is read-only: correct it with an amendment. */
		SIGNED_READ_ONLY,
		/** Signing a note that is signed already. */
		ALREADY_SIGNED,
		/** Signing without the summary the client reads. */
		NO_SUMMARY,
		/** Signing without any SOAP section written. */
		NO_SECTION,
		/** Amending a draft (a draft is simply edited). */
		DRAFT_NOT_AMENDED

	}

	/** Allowed, or refused with the reason. */
	public record Decision(boolean allowed, Refusal refusal) {

		static final Decision ALLOWED = new Decision(true, null);

		static Decision refused(Refusal refusal) {
			return new Decision(false, refusal);
		}

	}

	public static Decision saveDraft(NoteStatus status) {
		return status == NoteStatus.SIGNED ? Decision.refused(Refusal.SIGNED_READ_ONLY) : Decision.ALLOWED;
	}

	public static Decision sign(NoteStatus status, NoteContent content) {
		if (status == NoteStatus.SIGNED) {
			return Decision.refused(Refusal.ALREADY_SIGNED);
		}
		if (content.clientSummary().isBlank()) {
			return Decision.refused(Refusal.NO_SUMMARY);
		}
		if (content.subjective().isBlank() && content.objective().isBlank() && content.assessment().isBlank()
				&& content.planNext().isBlank() && content.planSelfCare().isBlank()) {
			return Decision.refused(Refusal.NO_SECTION);
		}
		return Decision.ALLOWED;
	}

	public static Decision amend(NoteStatus status) {
		return status == NoteStatus.SIGNED ? Decision.ALLOWED : Decision.refused(Refusal.DRAFT_NOT_AMENDED);
	}

}
