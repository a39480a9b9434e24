package org.fascia.charting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/**
 * The charting pages word coded values by a key per value ({@code #{'charting.region.' + ${r.code()}}}), which
 * MessageBundlesTest cannot see: every value has its key, and its English is the text the enum itself gives
 * (used by the API, the caution refusals and the emails).
 */
class ChartingWordsTest {

	static Properties english() throws IOException {
		Properties p = new Properties();
		try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources/messages.properties"),
				StandardCharsets.UTF_8)) {
			p.load(reader);
		}
		return p;
	}

	@Test
	void everyCodedValueHasItsEnglishWords() throws IOException {
		Properties english = english();
		for (BodyRegion r : BodyRegion.values()) {
			assertThat(english.getProperty(r.wordsKey())).as(r.code()).isEqualTo(r.plainName());
		}
		for (Technique t : Technique.values()) {
			assertThat(english.getProperty("charting.technique." + t.name())).as(t.name()).isEqualTo(t.plainName());
		}
		for (Comfort c : Comfort.values()) {
			assertThat(english.getProperty("charting.comfort." + c.name())).as(c.name()).isEqualTo(c.plainName());
		}
		for (ResponseSinceLast r : ResponseSinceLast.values()) {
			assertThat(english.getProperty("charting.response." + r.name())).as(r.name()).isEqualTo(r.label());
		}
		for (NoteStatus s : NoteStatus.values()) {
			assertThat(english.getProperty("charting.note.status." + s.name())).as(s.name()).isEqualTo(s.label());
		}
		for (NoteSection s : NoteSection.values()) {
			assertThat(english.getProperty("charting.note.section." + s.name())).as(s.name()).isEqualTo(s.label());
		}
		for (FollowUp.Relief r : FollowUp.Relief.values()) {
			assertThat(english.getProperty("charting.followUp.relief." + r.name())).as(r.name()).isEqualTo(r.words());
		}
		for (FollowUpPolicy.Reason r : FollowUpPolicy.Reason.values()) {
			assertThat(english.getProperty("charting.followUp.reason." + r.name())).as(r.name()).isEqualTo(r.words());
		}
		for (int pressure = 1; pressure <= 5; pressure++) {
			assertThat(english.getProperty("charting.pressure." + pressure)).as("pressure " + pressure).isNotBlank();
		}
	}

}
