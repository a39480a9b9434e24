package org.fascia.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;

import org.fascia.support.FasciaIntegrationTest;
import org.fascia.support.MutableClock;
import org.fascia.support.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.bean.override.convention.TestBean;
import org.springframework.test.web.servlet.MockMvc;

/** Two-step sign-in (TOTP) from setting it up to signing in with a code or a recovery code, and off again. */
@FasciaIntegrationTest
class TwoStepTest {

	static final MutableClock CLOCK = new MutableClock();

	private static final Pattern KEY = Pattern.compile("id=\"two-step-key\">([A-Z2-7]+)<");

	private static final Pattern RECOVERY = Pattern.compile("<code>([a-z0-9]{5}-[a-z0-9]{5})</code>");

	@TestBean
	Clock clock;

	static Clock clock() {
		return CLOCK;
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void resetClock() {
		CLOCK.reset();
	}

	record Enabled(FasciaUser user, byte[] key, List<String> recoveryCodes) {
	}

	private String code(byte[] key) {
		return Totp.code(key, Totp.step(CLOCK.instant()));
	}

	/** Sets up two-step sign-in through the pages and answers the key and the recovery codes shown. */
	private Enabled enable(Role role) throws Exception {
		FasciaUser principal = accounts.principal(role);
		mvc.perform(post("/account/two-step").with(user(principal)).with(csrf()));
		String page = mvc.perform(get("/account/two-step").with(user(principal))).andReturn().getResponse()
			.getContentAsString();
		assertThat(page).contains("otpauth://totp/").contains("data:image/png;base64,");
		Matcher key = KEY.matcher(page);
		assertThat(key.find()).isTrue();
		byte[] secret = Totp.fromBase32(key.group(1));

		MockHttpServletResponse wrong = mvc.perform(post("/account/two-step/confirm").param("code", "000000")
			.with(user(principal)).with(csrf())).andReturn().getResponse();
		assertThat(wrong.getStatus()).isEqualTo(400);
		assertThat(wrong.getContentAsString()).contains("That code is not right").contains("otpauth://");

		String confirmed = mvc.perform(post("/account/two-step/confirm").param("code", code(secret))
			.with(user(principal)).with(csrf())).andReturn().getResponse().getContentAsString();
		assertThat(confirmed).contains("Two-step sign-in is on").contains("shown only this once");
		List<String> codes = new ArrayList<>();
		Matcher m = RECOVERY.matcher(confirmed);
		while (m.find()) {
			codes.add(m.group(1));
		}
		assertThat(codes).hasSize(10).doesNotHaveDuplicates();
		CLOCK.advance(Duration.ofSeconds(31)); // the confirming code is spent; the next sign-in needs a new one
		return new Enabled(principal, secret, codes);
	}

	private MockHttpServletResponse password(String email, String password) throws Exception {
		return mvc.perform(post("/login").param("email", email).param("password", password).with(csrf()))
			.andReturn().getResponse();
	}

	private MockHttpServletResponse secondStep(Cookie session, String code) throws Exception {
		return mvc.perform(post("/login/two-step").param("code", code).cookie(session).with(csrf())).andReturn()
			.getResponse();
	}

	@Test
	void thePasswordAloneDoesNotSignInTheCodeDoesOnce() throws Exception {
		Enabled on = enable(Role.CLIENT);
		assertThat(jdbc.sql("select secret from two_step where user_id = :u").param("u", on.user().id())
			.query(String.class).single()).doesNotContain(Totp.base32(on.key()));

		MockHttpServletResponse first = password(on.user().getUsername(), TestAccounts.PASSWORD);
		assertThat(first.getRedirectedUrl()).isEqualTo("/login/two-step");
		Cookie session = first.getCookie("SESSION");
		assertThat(mvc.perform(get("/portal").cookie(session)).andReturn().getResponse().getRedirectedUrl())
			.as("not signed in before the code").isEqualTo("/login?required");
		assertThat(mvc.perform(get("/login/two-step").cookie(session)).andReturn().getResponse().getContentAsString())
			.contains("Enter your code");

		MockHttpServletResponse wrong = secondStep(session, "123456".equals(code(on.key())) ? "654321" : "123456");
		assertThat(wrong.getStatus()).isEqualTo(400);
		assertThat(wrong.getContentAsString()).contains("That code is not right");

		String code = code(on.key());
		MockHttpServletResponse right = secondStep(session, code);
		assertThat(right.getRedirectedUrl()).as("back to the page asked for before signing in").endsWith("/portal?continue");
		Cookie signedIn = right.getCookie("SESSION") != null ? right.getCookie("SESSION") : session;
		assertThat(mvc.perform(get("/portal").cookie(signedIn)).andReturn().getResponse().getStatus()).isEqualTo(200);

		// The same code cannot be used again, in another sign-in.
		Cookie other = password(on.user().getUsername(), TestAccounts.PASSWORD).getCookie("SESSION");
		assertThat(secondStep(other, code).getStatus()).isEqualTo(400);
	}

	@Test
	void aRecoveryCodeWorksOnce() throws Exception {
		Enabled on = enable(Role.THERAPIST);
		String recovery = on.recoveryCodes().get(3);
		Cookie session = password(on.user().getUsername(), TestAccounts.PASSWORD).getCookie("SESSION");
		assertThat(secondStep(session, recovery.toUpperCase()).getRedirectedUrl()).isEqualTo("/home");

		Cookie again = password(on.user().getUsername(), TestAccounts.PASSWORD).getCookie("SESSION");
		assertThat(secondStep(again, recovery).getStatus()).isEqualTo(400);
		assertThat(mvc.perform(get("/account/two-step").with(user(on.user()))).andReturn().getResponse()
			.getContentAsString()).contains("9 recovery codes left");
	}

	@Test
	void theSecondStepExpiresAndIsRateLimited() throws Exception {
		Enabled on = enable(Role.OWNER);
		Cookie session = password(on.user().getUsername(), TestAccounts.PASSWORD).getCookie("SESSION");
		CLOCK.advance(Duration.ofMinutes(6));
		assertThat(secondStep(session, code(on.key())).getRedirectedUrl()).isEqualTo("/login?again");

		CLOCK.advance(Duration.ofMinutes(20));
		Cookie next = password(on.user().getUsername(), TestAccounts.PASSWORD).getCookie("SESSION");
		for (int i = 0; i < 5; i++) {
			assertThat(secondStep(next, "99999" + i).getStatus()).isEqualTo(400);
		}
		MockHttpServletResponse refused = secondStep(next, code(on.key()));
		assertThat(refused.getStatus()).as("even the right code, after 5 wrong ones").isEqualTo(429);
		assertThat(refused.getContentAsString()).contains("Too many attempts");
	}

	@Test
	void theApiAsksForTheCodeToo() throws Exception {
		Enabled on = enable(Role.FRONT_DESK);
		String body = "{\"email\":\"" + on.user().getUsername() + "\",\"password\":\"" + TestAccounts.PASSWORD + "\"";
		MockHttpServletResponse without = mvc.perform(post("/api/v1/auth/token").contentType("application/json")
			.content(body + "}")).andReturn().getResponse();
		assertThat(without.getStatus()).isEqualTo(401);
		assertThat(without.getContentAsString()).contains("two-step");
		MockHttpServletResponse with = mvc.perform(post("/api/v1/auth/token").contentType("application/json")
			.content(body + ",\"code\":\"" + code(on.key()) + "\"}")).andReturn().getResponse();
		assertThat(with.getStatus()).isEqualTo(200);
	}

	@Test
	void turningItOffNeedsThePasswordAndACode() throws Exception {
		Enabled on = enable(Role.CLIENT);
		MockHttpServletResponse wrongPassword = mvc.perform(post("/account/two-step/disable")
			.param("password", "not my password").param("code", code(on.key())).with(user(on.user())).with(csrf()))
			.andReturn().getResponse();
		assertThat(wrongPassword.getStatus()).isEqualTo(400);
		assertThat(wrongPassword.getContentAsString()).contains("That password is not right");

		assertThat(mvc.perform(post("/account/two-step/disable").param("password", TestAccounts.PASSWORD)
			.param("code", code(on.key())).with(user(on.user())).with(csrf())).andReturn().getResponse()
			.getRedirectedUrl()).isEqualTo("/account/two-step");
		assertThat(password(on.user().getUsername(), TestAccounts.PASSWORD).getRedirectedUrl()).isEqualTo("/home");
		assertThat(jdbc.sql("select count(*) from two_step_recovery_code where user_id = :u")
			.param("u", on.user().id()).query(Integer.class).single()).isZero();
	}

}
