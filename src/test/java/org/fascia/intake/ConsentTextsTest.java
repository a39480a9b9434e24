package org.fascia.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The registry of consent texts: both kinds load, the highest version is current, the text parses safely. */
class ConsentTextsTest {

	@Test
	void bothKindsLoadAtVersionOne() {
		ConsentTexts texts = new ConsentTexts();
		assertThat(texts.current()).extracting(ConsentText::kind)
			.containsExactly(ConsentKind.MASSAGE, ConsentKind.DATA_PROCESSING);
		assertThat(texts.current()).extracting(ConsentText::version).containsExactly(1, 1);
		assertThat(texts.current(ConsentKind.MASSAGE).heading()).isEqualTo("Consent to massage treatment");
		assertThat(texts.current(ConsentKind.DATA_PROCESSING).heading()).isEqualTo("How we use your information");
	}

	@Test
	void theTextsSayWhatTheClinicPromises() {
		ConsentTexts texts = new ConsentTexts();
		String massage = texts.current(ConsentKind.MASSAGE).source();
		assertThat(massage).contains("lighter or firmer pressure at any time").contains("stop the session at any time")
			.contains("do not diagnose").contains("soreness").contains("change in your health");
		String data = texts.current(ConsentKind.DATA_PROCESSING).source();
		assertThat(data).contains("7 years").contains("ask to see").contains("delete").contains("Contact");
	}

	@Test
	void theHighestVersionIsCurrentAndEarlierOnesStayAvailable() {
		ConsentTexts texts = new ConsentTexts(ConsentTexts.LOCATION, "classpath*:consent-next/*.md");
		assertThat(texts.current(ConsentKind.MASSAGE).version()).isEqualTo(2);
		assertThat(texts.current(ConsentKind.DATA_PROCESSING).version()).isEqualTo(1);
		assertThat(texts.versions(ConsentKind.MASSAGE)).extracting(ConsentText::version).containsExactly(1, 2);
		assertThat(texts.find(ConsentKind.MASSAGE, 1)).isPresent();
		assertThat(texts.find(ConsentKind.MASSAGE, 3)).isEmpty();
	}

	@Test
	void theTextParsesIntoHeadingsParagraphsAndListsOfPlainText() {
		ConsentText text = new ConsentText(ConsentKind.MASSAGE, 1, """
				# Title

				First line
				continues here.

				## Section <b>one</b>
				- item <script>alert(1)</script>
				- second
				Closing words.
				""");
		assertThat(text.heading()).isEqualTo("Title");
		List<ConsentText.Block> blocks = text.blocks();
		assertThat(blocks).extracting(ConsentText.Block::type).containsExactly("paragraph", "heading", "list", "paragraph");
		assertThat(blocks.get(0).text()).isEqualTo("First line continues here.");
		assertThat(blocks.get(1).text()).isEqualTo("Section <b>one</b>"); // printed escaped by the template
		assertThat(blocks.get(2).items()).containsExactly("item <script>alert(1)</script>", "second");
		assertThat(blocks.get(3).text()).isEqualTo("Closing words.");
	}

	@Test
	void theFingerprintIsTheSha256OfTheExactText() {
		ConsentText text = new ConsentText(ConsentKind.MASSAGE, 1, "abc");
		assertThat(text.sha256()).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
		assertThat(new ConsentText(ConsentKind.MASSAGE, 1, "abc ").sha256()).isNotEqualTo(text.sha256());
	}

}
