package org.fascia.charting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/**
 * The charting pages word coded values by a key per value ({@code #{'charting.region.' + ${r.code()}}}), which
 * MessageBundlesTest cannot see: every value has its key. The bundle is the one place these words are written, except
 * the body regions' names, which the API and the caution refusals still take from the enum: those say the same.
 */
class ChartingWordsTest {

	static Properties english() {
		return org.fascia.support.EnglishBundle.load();
	}

	@Test
	void everyCodedValueHasItsEnglishWords() throws IOException {
		Properties english = english();
		for (BodyRegion r : BodyRegion.values()) {
			assertThat(english.getProperty(r.wordsKey())).as(r.code()).isEqualTo(r.plainName());
		}
		Set<String> keys = new TreeSet<>();
		for (Technique t : Technique.values()) {
			keys.add("charting.technique." + t.name());
		}
		for (Comfort c : Comfort.values()) {
			keys.add("charting.comfort." + c.name());
		}
		for (ResponseSinceLast r : ResponseSinceLast.values()) {
			keys.add("charting.response." + r.name());
		}
		for (NoteStatus s : NoteStatus.values()) {
			keys.add("charting.note.status." + s.name());
		}
		for (NoteSection s : NoteSection.values()) {
			keys.add("charting.note.section." + s.name());
		}
		for (FollowUp.Relief r : FollowUp.Relief.values()) {
			keys.add("charting.followUp.relief." + r.name());
		}
		for (FollowUpPolicy.Reason r : FollowUpPolicy.Reason.values()) {
			keys.add("charting.followUp.reason." + r.name());
		}
		for (int pressure = 1; pressure <= 5; pressure++) {
			keys.add("charting.pressure." + pressure);
		}
		assertThat(keys).allSatisfy(key -> assertThat(english.getProperty(key)).as(key).isNotBlank());
	}

}
