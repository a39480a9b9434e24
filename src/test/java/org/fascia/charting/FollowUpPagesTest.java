package org.fascia.charting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fascia.support.FasciaIntegrationTest;
import org.fascia.support.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.bean.override.convention.TestBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The follow-up page opened from the email without signing in: the questions pre-filled, precise messages
 * for missing or wrong answers (nothing stored), the thank-you that says the next session will be gentler,
 * the emergency page for an emergency answer, and a used link that opens nothing.
 */
@FasciaIntegrationTest
@Import(FollowUpFixture.class)
class FollowUpPagesTest {

	static final MutableClock CLOCK = new MutableClock();

	@TestBean
	Clock clock;

	static Clock clock() {
		return CLOCK;
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	FollowUpFixture fixture;

	@Autowired
	FollowUps followUps;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void resetClock() {
		CLOCK.reset();
	}

	record Asked(FollowUpFixture.Client client, String token) {
	}

	Asked asked() {
		FollowUpFixture.Client client = fixture.client();
		Instant end = Instant.now().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);
		fixture.session(client, fixture.service("Deep tissue massage"), end, "COMPLETED");
		CLOCK.reset();
		CLOCK.advance(Duration.between(Instant.now(), end.plus(Duration.ofHours(25))));
		followUps.sendDue();
		String body = jdbc.sql("select body_text from mail_outbox where recipient = :to").param("to", client.email())
			.query(String.class).list().stream().filter(b -> b.contains("/follow-up?token=")).findFirst().orElseThrow();
		Matcher m = Pattern.compile("/follow-up\\?token=([A-Za-z0-9_-]+)").matcher(body);
		assertThat(m.find()).isTrue();
		return new Asked(client, m.group(1));
	}

	MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request).andReturn().getResponse();
	}

	MockHttpServletRequestBuilder answer(String token) {
		return post("/follow-up").with(csrf()).param("token", token);
	}

	boolean answered(Asked asked) {
		return jdbc.sql("select answered_at is not null from session_follow_up where client_id = :c")
			.param("c", asked.client().id()).query(Boolean.class).single();
	}

	@Test
	void theLinkOpensTheQuestionsWithoutSigningIn() throws Exception {
		Asked asked = asked();
		MockHttpServletResponse page = send(get("/follow-up").param("token", asked.token()));
		assertThat(page.getStatus()).isEqualTo(200);
		assertThat(page.getContentAsString()).contains("How is your back after your massage?",
				"How does your back feel now", "for about how many hours", "Have you noticed anything new about your health",
				"A little better");
	}

	@Test
	void missingAndWrongAnswersAreNamedAndNothingIsStored() throws Exception {
		Asked asked = asked();
		MockHttpServletResponse page = send(answer(asked.token()).param("sorenessHours", "two days"));
		assertThat(page.getStatus()).isEqualTo(400);
		assertThat(page.getContentAsString()).contains("Choose how your back feels",
				"Enter how many hours the soreness lasted", "Choose whether you have noticed anything new");
		page = send(answer(asked.token()).param("relief", "SAME").param("sorenessHours", "4").param("changed", "true")
			.param("age", "300"));
		assertThat(page.getStatus()).isEqualTo(400);
		assertThat(page.getContentAsString()).contains("Please check the answers marked below.");
		assertThat(answered(asked)).isFalse();
	}

	@Test
	void longSorenessIsAnsweredWithAGentlerNextSessionAndTheLinkIsThenUsed() throws Exception {
		Asked asked = asked();
		MockHttpServletResponse done = send(answer(asked.token()).param("relief", "BETTER").param("sorenessHours", "48")
			.param("changed", "false"));
		assertThat(done.getStatus()).isEqualTo(200);
		assertThat(done.getContentAsString()).contains("Thank you", "your therapist will use less pressure at your next session");
		assertThat(answered(asked)).isTrue();

		MockHttpServletResponse again = send(get("/follow-up").param("token", asked.token()));
		assertThat(again.getStatus()).isEqualTo(410);
		assertThat(again.getContentAsString()).contains("This link has been used already or has expired");
		MockHttpServletResponse replay = send(answer(asked.token()).param("relief", "WORSE").param("sorenessHours", "0")
			.param("changed", "false"));
		assertThat(replay.getStatus()).isEqualTo(410);
	}

	@Test
	void whereItHurtsNowIsSavedAsAPainMapAndAnUnknownRegionIsRefused() throws Exception {
		Asked asked = asked();
		MockHttpServletResponse refused = send(answer(asked.token()).param("relief", "SAME").param("sorenessHours", "0")
			.param("changed", "false").param("painRegions", "LOWER_BACK_L", "ELBOW"));
		assertThat(refused.getStatus()).isEqualTo(400);
		assertThat(refused.getContentAsString()).contains("Unknown body region ELBOW");
		assertThat(answered(asked)).isFalse();
		assertThat(painMapRegions(asked)).isEmpty();

		MockHttpServletResponse done = send(answer(asked.token()).param("relief", "SAME").param("sorenessHours", "0")
			.param("changed", "false").param("painRegions", "LOWER_BACK_L", "GLUTEAL_L"));
		assertThat(done.getStatus()).isEqualTo(200);
		assertThat(painMapRegions(asked)).containsExactlyInAnyOrder("LOWER_BACK_L", "GLUTEAL_L");
	}

	java.util.List<String> painMapRegions(Asked asked) {
		return jdbc.sql("""
				select r.region from pain_map_region r join pain_map m on m.id = r.pain_map_id where m.client_id = :c
				""").param("c", asked.client().id()).query(String.class).list();
	}

	@Test
	void anEmergencyAnswerShowsTheEmergencyPage() throws Exception {
		Asked asked = asked();
		MockHttpServletResponse page = send(answer(asked.token()).param("relief", "WORSE").param("sorenessHours", "10")
			.param("changed", "true").param("bladder_change", "true"));
		assertThat(page.getStatus()).isEqualTo(200);
		assertThat(page.getContentAsString()).contains("Please get medical help now", "Call");
	}

	@Test
	void aMadeUpTokenOpensNothing() throws Exception {
		assertThat(send(get("/follow-up").param("token", "made-up")).getStatus()).isEqualTo(410);
		assertThat(send(get("/follow-up")).getStatus()).isEqualTo(410);
		assertThat(send(answer("made-up").param("relief", "SAME")).getStatus()).isEqualTo(410);
	}

}
