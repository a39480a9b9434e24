package org.fascia.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Clock;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;

import org.fascia.support.FasciaIntegrationTest;
import org.fascia.support.MutableClock;
import org.fascia.support.TestAccounts;
import org.fascia.support.TestMail;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.convention.TestBean;
import org.springframework.test.web.servlet.MockMvc;

/** The whole reset journey, with the link read from a real SMTP server (GreenMail). */
@FasciaIntegrationTest
class PasswordResetTest {

	static final MutableClock CLOCK = new MutableClock();

	private static final Pattern LINK = Pattern.compile("/password/reset\\?token=([A-Za-z0-9_-]+)");

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

	private String requestLink(String email) throws Exception {
		String page = mvc.perform(post("/password/forgot").param("email", email).with(csrf()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("If an account exists for that address");
		MimeMessage mail = TestMail.awaitMessageTo(email, Duration.ofSeconds(15));
		assertThat(mail.getSubject()).isEqualTo("Reset your Fascia password");
		Matcher link = LINK.matcher(TestMail.body(mail));
		assertThat(link.find()).as("the mail carries a reset link").isTrue();
		return link.group(1);
	}

	private String signIn(String email, String password) throws Exception {
		return mvc.perform(post("/login").param("email", email).param("password", password).with(csrf()))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
	}

	@Test
	void aLinkFromTheEmailSetsANewPasswordOnce() throws Exception {
		Account client = accounts.create(Role.CLIENT);
		String token = requestLink(client.email());

		assertThat(mvc.perform(get("/password/reset").param("token", token)).andReturn().getResponse()
			.getContentAsString()).contains("Choose a new password").doesNotContain("has expired");

		String newPassword = "my brand new passphrase";
		String redirect = mvc.perform(post("/password/reset").param("token", token)
			.param("password", newPassword)
			.param("confirm", newPassword)
			.with(csrf())).andReturn().getResponse().getRedirectedUrl();
		assertThat(redirect).isEqualTo("/login?reset");
		assertThat(signIn(client.email(), newPassword)).isEqualTo("/home");
		assertThat(signIn(client.email(), TestAccounts.PASSWORD)).isEqualTo("/login?error");

		String again = mvc.perform(post("/password/reset").param("token", token)
			.param("password", "yet another passphrase")
			.param("confirm", "yet another passphrase")
			.with(csrf())).andReturn().getResponse().getContentAsString();
		assertThat(again).contains("expired or was already used");
		assertThat(signIn(client.email(), newPassword)).isEqualTo("/home");
	}

	@Test
	void anExpiredLinkChangesNothing() throws Exception {
		Account therapist = accounts.create(Role.THERAPIST);
		String token = requestLink(therapist.email());
		CLOCK.advance(Duration.ofMinutes(61));
		String page = mvc.perform(post("/password/reset").param("token", token)
			.param("password", "too late passphrase")
			.param("confirm", "too late passphrase")
			.with(csrf())).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("expired");
		CLOCK.reset();
		assertThat(signIn(therapist.email(), TestAccounts.PASSWORD)).isEqualTo("/home");
	}

	@Test
	void aWeakNewPasswordIsRefusedAndTheLinkStaysUsable() throws Exception {
		Account owner = accounts.create(Role.OWNER);
		String token = requestLink(owner.email());
		String page = mvc.perform(post("/password/reset").param("token", token)
			.param("password", "qwerty123456")
			.param("confirm", "qwerty123456")
			.with(csrf())).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("most commonly used");
		assertThat(mvc.perform(post("/password/reset").param("token", token)
			.param("password", "a much better passphrase")
			.param("confirm", "a much better passphrase")
			.with(csrf())).andReturn().getResponse().getRedirectedUrl()).isEqualTo("/login?reset");
	}

	@Test
	void anUnknownAddressGetsTheSameAnswerAndNoMail() throws Exception {
		String email = TestAccounts.unique("stranger");
		String page = mvc.perform(post("/password/forgot").param("email", email).with(csrf()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("If an account exists for that address");
		assertThat(jdbc.sql("select count(*) from mail_outbox where recipient = :to").param("to", email)
			.query(Integer.class).single()).isZero();
	}

	@Test
	void aResetAlsoLiftsALockout() throws Exception {
		Account frontDesk = accounts.create(Role.FRONT_DESK);
		for (int i = 0; i < 5; i++) {
			signIn(frontDesk.email(), "wrong wrong wrong");
		}
		assertThat(signIn(frontDesk.email(), TestAccounts.PASSWORD)).isEqualTo("/login?locked");
		String token = requestLink(frontDesk.email());
		mvc.perform(post("/password/reset").param("token", token)
			.param("password", "unlocked passphrase")
			.param("confirm", "unlocked passphrase")
			.with(csrf()));
		assertThat(signIn(frontDesk.email(), "unlocked passphrase")).isEqualTo("/home");
	}

}
