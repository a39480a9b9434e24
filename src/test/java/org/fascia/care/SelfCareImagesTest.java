package org.fascia.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import javax.imageio.ImageIO;

import org.fascia.identity.FasciaUser;
import org.fascia.support.FasciaIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A self-care item's picture: a therapist uploads a PNG or JPEG (told by its bytes and decoded), clients
 * see it; a text file named .png, a damaged picture or one over 2 MB is refused with the reason and nothing
 * is stored; removing it clears the item's image.
 */
@FasciaIntegrationTest
@Import(SelfCareFixture.class)
class SelfCareImagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	SelfCareFixture fixture;

	@Autowired
	JdbcClient jdbc;

	static byte[] picture(String format, int width, int height) throws IOException {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		image.setRGB(1, 1, 0x2a7a6f);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, format, out);
		return out.toByteArray();
	}

	MockHttpServletResponse upload(long itemId, FasciaUser who, byte[] bytes, String name) throws Exception {
		return mvc.perform(multipart("/admin/self-care/" + itemId + "/image")
			.file(new MockMultipartFile("image", name, "image/png", bytes))
			.with(csrf())
			.with(user(who))).andReturn().getResponse();
	}

	MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request).andReturn().getResponse();
	}

	String imagePath(long itemId) {
		return jdbc.sql("select image_path from self_care_item where id = :id").param("id", itemId).query(String.class)
			.optional().orElse(null);
	}

	int stored(long itemId) {
		return jdbc.sql("select count(*) from self_care_image where item_id = :id").param("id", itemId)
			.query(Integer.class).single();
	}

	@Test
	void aTherapistUploadsAPictureAndAClientSeesIt() throws Exception {
		long catCow = fixture.item("CAT_COW").id();
		FasciaUser therapist = fixture.therapist();
		byte[] png = picture("png", 40, 30);
		MockHttpServletResponse done = upload(catCow, therapist, png, "cat-cow.png");
		assertThat(done.getRedirectedUrl()).isEqualTo("/admin/self-care/" + catCow);
		assertThat(imagePath(catCow)).isEqualTo("/self-care/images/" + catCow);

		SelfCareFixture.Client client = fixture.client();
		MockHttpServletResponse shown = send(get("/self-care/images/" + catCow).with(user(client.user())));
		assertThat(shown.getStatus()).isEqualTo(200);
		assertThat(shown.getContentType()).isEqualTo("image/png");
		assertThat(shown.getContentAsByteArray()).isEqualTo(png);
		assertThat(shown.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");

		byte[] jpeg = picture("jpg", 20, 20);
		upload(catCow, fixture.owner(), jpeg, "replaced.jpg");
		assertThat(send(get("/self-care/images/" + catCow).with(user(client.user()))).getContentType()).isEqualTo("image/jpeg");
		assertThat(stored(catCow)).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from audit_event where action = 'SELF_CARE_IMAGE_SAVED'").query(Integer.class)
			.single()).isGreaterThanOrEqualTo(2);

		send(post("/admin/self-care/" + catCow + "/image/remove").with(csrf()).with(user(therapist)));
		assertThat(imagePath(catCow)).isNull();
		assertThat(send(get("/self-care/images/" + catCow).with(user(client.user()))).getStatus()).isEqualTo(404);
	}

	@Test
	void filesThatAreNotPicturesOrTooLargeAreRefusedWithTheReason() throws Exception {
		long walking = fixture.item("WALKING").id();
		FasciaUser therapist = fixture.therapist();

		upload(walking, therapist, "<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8), "walk.png");
		MockHttpServletResponse page = send(get("/admin/self-care/" + walking).with(user(therapist))
			.flashAttr("imageError", "x"));
		assertThat(page.getStatus()).isEqualTo(200);
		assertThat(stored(walking)).isZero();

		byte[] damaged = picture("png", 10, 10);
		byte[] cut = java.util.Arrays.copyOf(damaged, 20);
		upload(walking, therapist, cut, "walk.png");
		assertThat(stored(walking)).isZero();

		byte[] big = new byte[SelfCareImages.MAX_BYTES + 1];
		System.arraycopy(damaged, 0, big, 0, damaged.length);
		upload(walking, therapist, big, "walk.png");
		assertThat(stored(walking)).isZero();
		assertThat(imagePath(walking)).isNull();
	}

	@Test
	void theRefusalsSayWhy() {
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> SelfCareImages.sniff("GIF89a....".getBytes(StandardCharsets.US_ASCII)))
			.hasMessageContaining("not a PNG or JPEG");
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> SelfCareImages.sniff(new byte[0]))
			.hasMessageContaining("Choose a picture");
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> SelfCareImages.sniff(new byte[SelfCareImages.MAX_BYTES + 1]))
			.hasMessageContaining("at most 2 MB");
	}

	@Test
	void theRefusalIsShownOnTheItemPage() throws Exception {
		long walking = fixture.item("WALKING").id();
		FasciaUser therapist = fixture.therapist();
		MockHttpServletResponse refused = upload(walking, therapist, "hello".getBytes(StandardCharsets.UTF_8), "a.png");
		assertThat(refused.getRedirectedUrl()).isEqualTo("/admin/self-care/" + walking);
		Object flash = mvc.perform(multipart("/admin/self-care/" + walking + "/image")
			.file(new MockMultipartFile("image", "a.png", "image/png", "hello".getBytes(StandardCharsets.UTF_8)))
			.with(csrf()).with(user(therapist))).andReturn().getFlashMap().get("imageError");
		assertThat(flash).isEqualTo("That file is not a PNG or JPEG picture.");
	}

}
