package org.fascia.charting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.fascia.platform.ApiProblem;
import org.junit.jupiter.api.Test;

/** The one check of a note's fields, shared by the page and the API: each refusal names its field. */
class NoteFormTest {

	static NoteForm form(String pain, List<String> regions, String summary) {
		return new NoteForm("Stiff after gardening", pain, "false", regions, "Flexion limited", "", "IMPROVED", "", "",
				summary);
	}

	@Test
	void aValidNoteBecomesTypedContentWithRegionsInBodyMapOrder() {
		NoteContent c = form("6", List.of("SACRUM", "LOWER_BACK_L", "SACRUM"), "We worked on your lower back.").content(org.fascia.platform.Words.standalone());
		assertThat(c.painToday()).isEqualTo(6);
		assertThat(c.healthChanged()).isFalse();
		assertThat(c.findingRegions()).containsExactly(BodyRegion.LOWER_BACK_L, BodyRegion.SACRUM);
		assertThat(c.responseSinceLast()).isEqualTo(ResponseSinceLast.IMPROVED);
		assertThat(NoteForm.of(c).hasRegion("SACRUM")).isTrue();
	}

	@Test
	void painElevenAnUnknownRegionAndATooLongSummaryAreNamed() {
		assertThatThrownBy(() -> form("11", List.of("LOWER_BACK_L", "ELBOW"), "x".repeat(1001)).content(org.fascia.platform.Words.standalone()))
			.isInstanceOfSatisfying(ApiProblem.class, p -> {
				assertThat(p.getStatusCode().value()).isEqualTo(400);
				assertThat(p.errors()).containsOnlyKeys("painToday", "findingRegions", "clientSummary");
				assertThat(p.errors().get("painToday")).contains("0 (no pain) to 10");
				assertThat(p.errors().get("findingRegions")).contains("ELBOW");
				assertThat(p.errors().get("clientSummary")).contains("1000 characters");
			});
		assertThatThrownBy(() -> form("-1", null, "").content(org.fascia.platform.Words.standalone())).isInstanceOf(ApiProblem.class);
		assertThatThrownBy(() -> form("six", null, "").content(org.fascia.platform.Words.standalone())).isInstanceOf(ApiProblem.class);
	}

	@Test
	void emptyAnswersMeanNotRecordedYet() {
		NoteContent c = new NoteForm(null, "", "", null, null, null, "", null, null, null).content(org.fascia.platform.Words.standalone());
		assertThat(c.painToday()).isNull();
		assertThat(c.healthChanged()).isNull();
		assertThat(c.findingRegions()).isEmpty();
		assertThat(c.subjective()).isEmpty();
	}

}
