package org.fascia.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import org.fascia.screening.Caution;
import org.junit.jupiter.api.Test;

/** Cautions win: which of a client's cautions an item conflicts with, and the refusal in words. */
class SelfCareConflictsTest {

	static final Caution SIDE_LYING = new Caution("SIDE_LYING", "Side-lying with pillows for support.");

	static final Caution NO_DEEP = new Caution("NO_DEEP_PRESSURE", "No deep pressure anywhere.");

	static final Caution LUMBAR = new Caution("NO_AGGRESSIVE_LUMBAR_PRESSURE",
			"No strong pressure on the lower back; stay within what feels comfortable.");

	@Test
	void noCautionsNoConflict() {
		assertThat(SelfCareConflicts.of(Set.of("SIDE_LYING"), List.of())).isEmpty();
	}

	@Test
	void anItemWithoutConflictsSuitsEveryone() {
		assertThat(SelfCareConflicts.of(Set.of(), List.of(SIDE_LYING, NO_DEEP, LUMBAR))).isEmpty();
	}

	@Test
	void unrelatedCautionsDoNotConflict() {
		assertThat(SelfCareConflicts.of(Set.of("SIDE_LYING", "AVOID_INCISION"), List.of(NO_DEEP, LUMBAR))).isEmpty();
	}

	@Test
	void everyMatchingCautionInTheScreeningsOrderOnce() {
		List<Caution> found = SelfCareConflicts.of(Set.of("NO_AGGRESSIVE_LUMBAR_PRESSURE", "SIDE_LYING"),
				List.of(LUMBAR, NO_DEEP, SIDE_LYING, LUMBAR));
		assertThat(found).containsExactly(LUMBAR, SIDE_LYING);
	}

	@Test
	void codesMatchExactly() {
		assertThat(SelfCareConflicts.of(Set.of("SIDE_LYING"), List.of(new Caution("side_lying", "x")))).isEmpty();
	}

	@Test
	void theReasonNamesTheCautionItsTextAndWhy() {
		String reason = SelfCareConflicts.reason("Hamstring active isolated stretch", List.of(LUMBAR),
				"A straight-leg stretch tensions the sciatic nerve.", org.fascia.platform.Words.standalone());
		assertThat(reason).isEqualTo("Hamstring active isolated stretch can’t be assigned: it conflicts with the caution "
				+ "NO_AGGRESSIVE_LUMBAR_PRESSURE (No strong pressure on the lower back; stay within what feels comfortable) "
				+ "from the client’s current screening. Why: A straight-leg stretch tensions the sciatic nerve.");
	}

	@Test
	void severalCautionsAreAllNamed() {
		String reason = SelfCareConflicts.reason("Child's pose", List.of(SIDE_LYING, NO_DEEP), null, org.fascia.platform.Words.standalone());
		assertThat(reason).contains("the cautions SIDE_LYING (Side-lying with pillows for support); NO_DEEP_PRESSURE")
			.doesNotContain("Why:");
	}

	@Test
	void onlyTheSentencesAboutTheConflictingCautionsAreQuoted() {
		String note = "One-sided sciatica (NO_AGGRESSIVE_LUMBAR_PRESSURE): it can flare the leg pain. Pregnancy "
				+ "(SIDE_LYING): it is done flat on the back. Recent surgery (AVOID_INCISION): ask the surgical team first.";
		assertThat(SelfCareConflicts.relevant(note, List.of(LUMBAR)))
			.isEqualTo("One-sided sciatica (NO_AGGRESSIVE_LUMBAR_PRESSURE): it can flare the leg pain.");
		assertThat(SelfCareConflicts.relevant(note, List.of(SIDE_LYING, LUMBAR))).isEqualTo(
				"One-sided sciatica (NO_AGGRESSIVE_LUMBAR_PRESSURE): it can flare the leg pain. Pregnancy (SIDE_LYING): "
						+ "it is done flat on the back.");
		assertThat(SelfCareConflicts.relevant("Not safe with this caution.", List.of(NO_DEEP)))
			.as("a note that names no code is quoted whole").isEqualTo("Not safe with this caution.");
		assertThat(SelfCareConflicts.relevant(null, List.of(NO_DEEP))).isEmpty();
	}

	@Test
	void thereIsNoReasonWithoutAConflict() {
		assertThatThrownBy(() -> SelfCareConflicts.reason("Walking", List.of(), null, org.fascia.platform.Words.standalone()))
			.isInstanceOf(IllegalArgumentException.class);
	}

}
