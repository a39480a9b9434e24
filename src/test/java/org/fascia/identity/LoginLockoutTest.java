package org.fascia.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Clock;
import java.time.Duration;

import org.fascia.audit.AuditEvent;
import org.fascia.audit.AuditLog;
import org.fascia.support.FasciaIntegrationTest;
import org.fascia.support.MutableClock;
import org.fascia.support.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.bean.override.convention.TestBean;
import org.springframework.test.web.servlet.MockMvc;

@FasciaIntegrationTest
class LoginLockoutTest {

	static final MutableClock CLOCK = new MutableClock();

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
	AuditLog audit;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@AfterEach
	void resetClock() {
		CLOCK.reset();
	}

	private MockHttpServletResponse signIn(String email, String password) throws Exception {
		return mvc.perform(post("/login").param("email", email).param("password", password).with(csrf()))
			.andReturn()
			.getResponse();
	}

	@Test
	void signsInAndOutWithTheRightPassword() throws Exception {
		Account therapist = accounts.create(Role.THERAPIST);
		MockHttpServletResponse response = signIn(therapist.email(), TestAccounts.PASSWORD);
		assertThat(response.getRedirectedUrl()).isEqualTo("/home");
		assertThat(audit.forSubject("user", String.valueOf(therapist.id()))).extracting(AuditEvent::action)
			.contains("SIGN_IN");
	}

	@Test
	void formsWithoutTheCsrfTokenAreRefused() throws Exception {
		Account therapist = accounts.create(Role.THERAPIST);
		assertThat(mvc.perform(post("/login").param("email", therapist.email()).param("password", TestAccounts.PASSWORD))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(403);
	}

	@Test
	void signInIsCaseInsensitiveForTheAddress() throws Exception {
		Account client = accounts.create(Role.CLIENT);
		assertThat(signIn(client.email().toUpperCase(), TestAccounts.PASSWORD).getRedirectedUrl()).isEqualTo("/home");
	}

	@Test
	void fiveFailuresLockTheAccountForFifteenMinutes() throws Exception {
		Account owner = accounts.create(Role.OWNER);
		for (int i = 1; i <= 4; i++) {
			assertThat(signIn(owner.email(), "wrong password " + i).getRedirectedUrl()).isEqualTo("/login?error");
		}
		assertThat(signIn(owner.email(), "wrong password 5").getRedirectedUrl()).isEqualTo("/login?locked");
		// Locked: even the right password is refused, with the lock message.
		assertThat(signIn(owner.email(), TestAccounts.PASSWORD).getRedirectedUrl()).isEqualTo("/login?locked");
		String page = mvc.perform(get("/login?locked")).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("locked for 15 minutes");

		CLOCK.advance(Duration.ofMinutes(14));
		assertThat(signIn(owner.email(), TestAccounts.PASSWORD).getRedirectedUrl()).isEqualTo("/login?locked");
		CLOCK.advance(Duration.ofMinutes(2));
		assertThat(signIn(owner.email(), TestAccounts.PASSWORD).getRedirectedUrl()).isEqualTo("/home");

		assertThat(audit.forSubject("user", String.valueOf(owner.id()))).extracting(AuditEvent::action)
			.containsSubsequence("SIGN_IN_FAILED", "SIGN_IN_FAILED", "SIGN_IN_FAILED", "SIGN_IN_FAILED",
					"SIGN_IN_FAILED", "ACCOUNT_LOCKED", "SIGN_IN_FAILED", "SIGN_IN_FAILED", "SIGN_IN");
	}

	@Test
	void aSuccessfulSignInResetsTheFailureCount() throws Exception {
		Account frontDesk = accounts.create(Role.FRONT_DESK);
		for (int i = 0; i < 4; i++) {
			signIn(frontDesk.email(), "nope nope nope");
		}
		assertThat(signIn(frontDesk.email(), TestAccounts.PASSWORD).getRedirectedUrl()).isEqualTo("/home");
		for (int i = 0; i < 4; i++) {
			assertThat(signIn(frontDesk.email(), "nope nope nope").getRedirectedUrl()).isEqualTo("/login?error");
		}
	}

	@Test
	void unknownAddressesGetTheSameAnswerAsWrongPasswords() throws Exception {
		assertThat(signIn("nobody-here@test.fascia.dev", "whatever whatever").getRedirectedUrl())
			.isEqualTo("/login?error");
	}

	@Test
	void signOutEndsTheStoredSessionAndIsAudited() throws Exception {
		Account client = accounts.create(Role.CLIENT);
		MockHttpServletResponse in = signIn(client.email(), TestAccounts.PASSWORD);
		jakarta.servlet.http.Cookie session = in.getCookie("SESSION");
		assertThat(session).as("the session lives in the database and is named by a cookie").isNotNull();
		assertThat(mvc.perform(get("/portal").cookie(session)).andReturn().getResponse().getStatus()).isEqualTo(200);
		Integer idleSeconds = jdbc.sql("select max_inactive_interval from spring_session where principal_name = :email")
			.param("email", client.email())
			.query(Integer.class)
			.single();
		assertThat(idleSeconds).as("signed out after 30 idle minutes").isEqualTo(30 * 60);

		MockHttpServletResponse out = mvc.perform(post("/logout").cookie(session).with(csrf()))
			.andReturn()
			.getResponse();
		assertThat(out.getRedirectedUrl()).isEqualTo("/login?logout");
		assertThat(mvc.perform(get("/portal").cookie(session)).andReturn().getResponse().getRedirectedUrl())
			.isEqualTo("/login?required");
		assertThat(audit.forSubject("user", String.valueOf(client.id()))).extracting(AuditEvent::action)
			.containsSubsequence("SIGN_IN", "SIGN_OUT");
	}

}
