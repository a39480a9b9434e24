package org.fascia.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.Base64;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The drawn signature: a real, non-empty PNG of at most 300 KB, or a precise message. */
class ConsentSignatureImageTest {

	@Test
	void aDrawnStrokeIsAccepted() {
		SignatureImage.Result result = SignatureImage.read(ConsentFixture.drawnSignature());
		assertThat(result.problem()).isNull();
		assertThat(result.png()).startsWith(0x89, 'P', 'N', 'G');
	}

	@Test
	void somethingThatIsNotAPngDataUrlIsRefused() {
		assertThat(SignatureImage.read("hello").problem()).isEqualTo(SignatureImage.Problem.NOT_PNG);
		assertThat(SignatureImage.read("data:image/jpeg;base64,/9j/4AAQ").problem()).isEqualTo(SignatureImage.Problem.NOT_PNG);
		assertThat(SignatureImage.read(SignatureImage.PREFIX + "not base64 !!").problem()).isEqualTo(SignatureImage.Problem.NOT_PNG);
		assertThat(SignatureImage.read(SignatureImage.PREFIX + Base64.getEncoder().encodeToString("GIF89a....".getBytes()))
			.problem()).isEqualTo(SignatureImage.Problem.NOT_PNG);
	}

	@Test
	void aTruncatedPngIsRefused() {
		byte[] png = ConsentFixture.png(stroke(Color.BLACK, null));
		byte[] cut = java.util.Arrays.copyOf(png, 60);
		assertThat(SignatureImage.read(SignatureImage.PREFIX + Base64.getEncoder().encodeToString(cut)).problem())
			.isEqualTo(SignatureImage.Problem.NOT_PNG);
	}

	@Test
	void anEmptyBoxIsRefusedWhetherTransparentOrWhite() {
		assertThat(SignatureImage.read(ConsentFixture.dataUrl(new BufferedImage(600, 200, BufferedImage.TYPE_INT_ARGB)))
			.problem()).isEqualTo(SignatureImage.Problem.BLANK);
		BufferedImage white = new BufferedImage(600, 200, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = white.createGraphics();
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, 600, 200);
		g.dispose();
		assertThat(SignatureImage.read(ConsentFixture.dataUrl(white)).problem()).isEqualTo(SignatureImage.Problem.BLANK);
		assertThat(SignatureImage.read(ConsentFixture.dataUrl(stroke(Color.BLUE, Color.WHITE))).problem()).isNull();
	}

	@Test
	void anImageOver300KbIsRefused() {
		// Random noise does not compress: well over 300 KB as PNG.
		BufferedImage noise = new BufferedImage(600, 400, BufferedImage.TYPE_INT_ARGB);
		Random random = new Random(42);
		for (int y = 0; y < noise.getHeight(); y++) {
			for (int x = 0; x < noise.getWidth(); x++) {
				noise.setRGB(x, y, random.nextInt());
			}
		}
		String url = ConsentFixture.dataUrl(noise);
		assertThat(url.length()).isGreaterThan(SignatureImage.MAX_BYTES * 4 / 3);
		assertThat(SignatureImage.read(url).problem()).isEqualTo(SignatureImage.Problem.TOO_LARGE);
	}

	private static BufferedImage stroke(Color ink, Color background) {
		BufferedImage image = new BufferedImage(300, 100, BufferedImage.TYPE_INT_ARGB);
		Graphics2D g = image.createGraphics();
		if (background != null) {
			g.setColor(background);
			g.fillRect(0, 0, 300, 100);
		}
		g.setColor(ink);
		g.fillRect(20, 40, 200, 6);
		g.dispose();
		return image;
	}

}
