package org.fascia.charting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The NoteEdit policy: a draft is edited and signed, a signed note only amended; what signing needs. */
class NoteEditTest {

	static NoteContent content(String subjective, String summary) {
		return new NoteContent(subjective, 5, false, List.of(), "", "", null, "", "", summary);
	}

	@Test
	void aDraftIsEditedNotAmended() {
		assertThat(NoteEdit.saveDraft(NoteStatus.DRAFT).allowed()).isTrue();
		NoteEdit.Decision amend = NoteEdit.amend(NoteStatus.DRAFT);
		assertThat(amend.allowed()).isFalse();
		assertThat(amend.reason()).contains("a draft is simply edited");
	}

	@Test
	void aSignedNoteIsAmendedNotEdited() {
		NoteEdit.Decision save = NoteEdit.saveDraft(NoteStatus.SIGNED);
		assertThat(save.allowed()).isFalse();
		assertThat(save.reason()).contains("signed and read-only").contains("amendment");
		assertThat(NoteEdit.amend(NoteStatus.SIGNED).allowed()).isTrue();
		assertThat(NoteEdit.sign(NoteStatus.SIGNED, content("x", "y")).reason()).isEqualTo("This note is already signed.");
	}

	@Test
	void signingNeedsTheClientSummaryAndOneSection() {
		assertThat(NoteEdit.sign(NoteStatus.DRAFT, content("Lower back stiff", "We loosened your lower back.")).allowed())
			.isTrue();
		assertThat(NoteEdit.sign(NoteStatus.DRAFT, content("Lower back stiff", "  ")).reason())
			.contains("summary for the client");
		assertThat(NoteEdit.sign(NoteStatus.DRAFT, content("", "We talked.")).reason()).contains("at least one section");
	}

}
