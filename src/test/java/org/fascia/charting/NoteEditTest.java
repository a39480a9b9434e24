package org.fascia.charting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The NoteEdit policy: a draft is edited and signed, a signed note only amended; what signing needs. The refusals'
 * words are the bundle's (charting.problem.note.*), checked through the pages and the API.
 */
class NoteEditTest {

	static NoteContent content(String subjective, String summary) {
		return new NoteContent(subjective, 5, false, List.of(), "", "", null, "", "", summary);
	}

	@Test
	void aDraftIsEditedNotAmended() {
		assertThat(NoteEdit.saveDraft(NoteStatus.DRAFT).allowed()).isTrue();
		NoteEdit.Decision amend = NoteEdit.amend(NoteStatus.DRAFT);
		assertThat(amend.allowed()).isFalse();
		assertThat(amend.refusal()).isEqualTo(NoteEdit.Refusal.DRAFT_NOT_AMENDED);
	}

	@Test
	void aSignedNoteIsAmendedNotEdited() {
		NoteEdit.Decision save = NoteEdit.saveDraft(NoteStatus.SIGNED);
		assertThat(save.allowed()).isFalse();
		assertThat(save.refusal()).isEqualTo(NoteEdit.Refusal.SIGNED_READ_ONLY);
		assertThat(NoteEdit.amend(NoteStatus.SIGNED).allowed()).isTrue();
		assertThat(NoteEdit.sign(NoteStatus.SIGNED, content("x", "y")).refusal()).isEqualTo(NoteEdit.Refusal.ALREADY_SIGNED);
	}

	@Test
	void signingNeedsTheClientSummaryAndOneSection() {
		assertThat(NoteEdit.sign(NoteStatus.DRAFT, content("Lower back stiff", "We loosened your lower back.")).allowed())
			.isTrue();
		assertThat(NoteEdit.sign(NoteStatus.DRAFT, content("Lower back stiff", "  ")).refusal())
			.isEqualTo(NoteEdit.Refusal.NO_SUMMARY);
		assertThat(NoteEdit.sign(NoteStatus.DRAFT, content("", "We talked.")).refusal())
			.isEqualTo(NoteEdit.Refusal.NO_SECTION);
	}

}
