package org.fascia.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;

import org.fascia.support.FasciaIntegrationTest;
import org.fascia.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Sign-in and reset never tell whether an address has an account (issue 7 requirement 9), and both are
 * rate-limited per IP address.
 */
@FasciaIntegrationTest
class NoEnumerationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	org.fascia.platform.RateLimits limits;

	private static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	private MockHttpServletResponse signIn(String email, String password, String ip) throws Exception {
		return mvc.perform(post("/login").param("email", email).param("password", password).with(csrf()).with(from(ip)))
			.andReturn()
			.getResponse();
	}

	private static String normalised(String page) {
		return page.replaceAll("(name=\"_csrf\"[^>]*value=\")[^\"]*", "$1")
			.replaceAll("(name=\"_csrf\" content=\")[^\"]*", "$1");
	}

	@Test
	void signInAnswersTheSameForUnknownAddressesEvenAfterFiveFailures() throws Exception {
		Account real = accounts.create(Role.CLIENT);
		String unknown = TestAccounts.unique("ghost");
		for (int i = 1; i <= 4; i++) {
			assertThat(signIn(real.email(), "wrong password " + i, "10.8.0.1").getRedirectedUrl())
				.isEqualTo(signIn(unknown, "wrong password " + i, "10.8.0.2").getRedirectedUrl())
				.isEqualTo("/login?error");
		}
		assertThat(signIn(real.email(), "wrong password 5", "10.8.0.1").getRedirectedUrl())
			.isEqualTo(signIn(unknown, "wrong password 5", "10.8.0.2").getRedirectedUrl())
			.isEqualTo("/login?locked");
		assertThat(signIn(real.email(), "still wrong", "10.8.0.1").getRedirectedUrl())
			.isEqualTo(signIn(unknown, "still wrong", "10.8.0.2").getRedirectedUrl())
			.isEqualTo("/login?locked");
	}

	@Test
	void signInTakesAboutAsLongForUnknownAddresses() throws Exception {
		Account real = accounts.create(Role.CLIENT);
		// Warm up, then compare medians: an unknown address still has a password hashed.
		signIn(real.email(), "warm up password", "10.8.1.1");
		signIn(TestAccounts.unique("warm"), "warm up password", "10.8.1.2");
		long[] known = new long[3];
		long[] unknown = new long[3];
		for (int i = 0; i < 3; i++) {
			long start = System.nanoTime();
			signIn(real.email(), "wrong password " + i, "10.8.1.1");
			known[i] = System.nanoTime() - start;
			start = System.nanoTime();
			signIn(TestAccounts.unique("ghost"), "wrong password " + i, "10.8.1.2");
			unknown[i] = System.nanoTime() - start;
		}
		java.util.Arrays.sort(known);
		java.util.Arrays.sort(unknown);
		assertThat((double) unknown[1]).as("an unknown address is not answered much faster (no hash skipped)")
			.isGreaterThan(known[1] * 0.4);
	}

	@Test
	void aResetRequestAnswersTheSameForUnknownAddresses() throws Exception {
		Account real = accounts.create(Role.THERAPIST);
		String a = mvc.perform(post("/password/forgot").param("email", real.email()).with(csrf()).with(from("10.8.2.1")))
			.andReturn().getResponse().getContentAsString();
		String b = mvc.perform(post("/password/forgot").param("email", TestAccounts.unique("ghost")).with(csrf())
			.with(from("10.8.2.1"))).andReturn().getResponse().getContentAsString();
		assertThat(normalised(a)).isEqualTo(normalised(b)).contains("If an account exists for that address");
	}

	@Test
	void tooManyFailedSignInsFromOneAddressAre429() throws Exception {
		long allowed = limits.define("sign-in-failures-ip", 50, Duration.ofMinutes(15)).capacity();
		String ip = "10.8.3.1";
		for (int i = 0; i < allowed; i++) {
			assertThat(signIn(TestAccounts.unique("spray"), "guess " + i, ip).getStatus()).isEqualTo(302);
		}
		Account real = accounts.create(Role.CLIENT);
		MockHttpServletResponse refused = signIn(real.email(), TestAccounts.PASSWORD, ip);
		assertThat(refused.getStatus()).isEqualTo(429);
		assertThat(refused.getHeader("Retry-After")).isNotBlank();
		assertThat(signIn(real.email(), TestAccounts.PASSWORD, "10.8.3.2").getRedirectedUrl())
			.as("another address is not affected").isEqualTo("/home");

		MockHttpServletResponse api = mvc.perform(post("/api/v1/auth/token").contentType("application/json")
			.content("{\"email\":\"" + real.email() + "\",\"password\":\"" + TestAccounts.PASSWORD + "\"}")
			.with(from(ip))).andReturn().getResponse();
		assertThat(api.getStatus()).isEqualTo(429);
		assertThat(api.getContentType()).startsWith("application/problem+json");
		assertThat(api.getContentAsString()).contains("Too many attempts");
	}

	@Test
	void tooManyResetRequestsAre429ForAnyAddress() throws Exception {
		long allowed = limits.define("reset-request-email", 5, Duration.ofHours(1)).capacity();
		String unknown = TestAccounts.unique("ghost");
		for (int i = 0; i < allowed; i++) {
			assertThat(mvc.perform(post("/password/forgot").param("email", unknown).with(csrf()).with(from("10.8.4." + i)))
				.andReturn().getResponse().getStatus()).isEqualTo(200);
		}
		MockHttpServletResponse refused = mvc.perform(post("/password/forgot").param("email", unknown).with(csrf())
			.with(from("10.8.4.200"))).andReturn().getResponse();
		assertThat(refused.getStatus()).isEqualTo(429);
		assertThat(refused.getContentAsString()).contains("Too many attempts");
		assertThat(mvc.perform(get("/login")).andReturn().getResponse().getStatus()).isEqualTo(200);
	}

}
