package org.fascia.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;

import org.fascia.identity.Account;
import org.fascia.identity.Accounts;
import org.fascia.identity.Role;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Sign-up with email confirmation (issue 7 requirement 3), no account enumeration, and the rate limits. */
@FasciaIntegrationTest
class SignUpTest {

	static final MutableClock CLOCK = new MutableClock();

	private static final Pattern LINK = Pattern.compile("/signup/verify\\?token=([A-Za-z0-9_-]+)");

	private static final AtomicInteger IPS = new AtomicInteger(1);

	@TestBean
	Clock clock;

	static Clock clock() {
		return CLOCK;
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts testAccounts;

	@Autowired
	Accounts accounts;

	@Autowired
	ClientAccounts clientAccounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	org.fascia.platform.RateLimits limits;

	@AfterEach
	void resetClock() {
		CLOCK.reset();
	}

	/** Each test comes from its own IP address, so the per-IP limits of one do not touch another. */
	private final String ip = "10.7." + IPS.get() / 250 + "." + IPS.getAndIncrement() % 250;

	private RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	private MockHttpServletResponse signUp(String email, boolean privacy) throws Exception {
		MockHttpServletRequestBuilder request = post("/signup").param("firstName", "Sam")
			.param("lastName", "Lee")
			.param("email", email)
			.param("password", "a calm morning walk")
			.with(csrf())
			.with(from(ip));
		if (privacy) {
			request.param("privacy", "true");
		}
		return mvc.perform(request).andReturn().getResponse();
	}

	private List<String> mailsTo(String email) {
		return jdbc.sql("select subject || ' | ' || body_text from mail_outbox where recipient = :to order by id")
			.param("to", email)
			.query(String.class)
			.list();
	}

	private String lastToken(String email) {
		List<String> mails = mailsTo(email);
		Matcher link = LINK.matcher(mails.get(mails.size() - 1));
		assertThat(link.find()).as("the mail carries a confirmation link").isTrue();
		return link.group(1);
	}

	private MockHttpServletResponse confirm(String token) throws Exception {
		return mvc.perform(post("/signup/verify").param("token", token).with(csrf()).with(from(ip)))
			.andReturn()
			.getResponse();
	}

	/** A page without what differs per request anyway (CSRF tokens). */
	private static String normalised(String page) {
		return page.replaceAll("(name=\"_csrf\"[^>]*value=\")[^\"]*", "$1")
			.replaceAll("(name=\"_csrf\" content=\")[^\"]*", "$1");
	}

	@Test
	void signUpMailsASingleUseLinkThatConfirmsTheAddressAndSignsIn() throws Exception {
		testAccounts.ensureClinic();
		String email = TestAccounts.unique("newclient");
		MockHttpServletResponse response = signUp(email, true);
		assertThat(response.getRedirectedUrl()).isEqualTo("/signup/sent");

		Account account = accounts.findByEmail(email).orElseThrow();
		assertThat(account.role()).isEqualTo(Role.CLIENT);
		assertThat(accounts.emailVerified(account.id())).isFalse();
		assertThat(jdbc.sql("select count(*) from client where user_id = :u and privacy_accepted_at is not null")
			.param("u", account.id()).query(Integer.class).single()).isEqualTo(1);
		assertThat(mailsTo(email)).singleElement().asString().startsWith("Confirm your email address for Test Clinic");
		String token = lastToken(email);
		assertThat(jdbc.sql("select count(*) from email_verification_token where token_hash like :t")
			.param("t", "%" + token + "%").query(Integer.class).single()).as("only a digest is stored").isZero();

		String form = mvc.perform(get("/signup/verify").param("token", token)).andReturn().getResponse()
			.getContentAsString();
		assertThat(form).contains("Confirm my email address");
		assertThat(accounts.emailVerified(account.id())).as("opening the link alone confirms nothing").isFalse();

		MockHttpServletResponse confirmed = confirm(token);
		assertThat(confirmed.getRedirectedUrl()).isEqualTo("/portal?verified");
		assertThat(accounts.emailVerified(account.id())).isTrue();
		Cookie session = confirmed.getCookie("SESSION");
		assertThat(mvc.perform(get("/portal").cookie(session)).andReturn().getResponse().getContentAsString())
			.contains("Hello, Sam").doesNotContain("Please confirm your email address");

		MockHttpServletResponse again = confirm(token);
		assertThat(again.getStatus()).isEqualTo(400);
		assertThat(again.getContentAsString()).contains("expired or was already used");
	}

	@Test
	void aLinkExpiresAfter24Hours() throws Exception {
		testAccounts.ensureClinic();
		String email = TestAccounts.unique("late");
		signUp(email, true);
		String token = lastToken(email);
		CLOCK.advance(Duration.ofHours(24).plusMinutes(1));
		assertThat(mvc.perform(get("/signup/verify").param("token", token)).andReturn().getResponse()
			.getContentAsString()).contains("expired or was already used").doesNotContain("Confirm my email address");
		assertThat(confirm(token).getStatus()).isEqualTo(400);
		assertThat(accounts.emailVerified(accounts.findByEmail(email).orElseThrow().id())).isFalse();
	}

	@Test
	void anAddressWithAnAccountGetsTheSameAnswerAndItsOwnerANote() throws Exception {
		testAccounts.ensureClinic();
		Account existing = testAccounts.create(Role.CLIENT);
		String fresh = TestAccounts.unique("fresh");

		MockHttpServletResponse forExisting = signUp(existing.email(), true);
		MockHttpServletResponse forNew = signUp(fresh, true);
		assertThat(forExisting.getStatus()).isEqualTo(forNew.getStatus()).isEqualTo(302);
		assertThat(forExisting.getRedirectedUrl()).isEqualTo(forNew.getRedirectedUrl());
		String pageA = mvc.perform(get(forExisting.getRedirectedUrl())).andReturn().getResponse().getContentAsString();
		String pageB = mvc.perform(get(forNew.getRedirectedUrl())).andReturn().getResponse().getContentAsString();
		assertThat(normalised(pageA)).isEqualTo(normalised(pageB)).contains("Check your inbox");

		assertThat(mailsTo(existing.email())).singleElement().asString()
			.startsWith("Someone tried to create an account with your address")
			.contains("/login")
			.contains("/password/forgot")
			.doesNotContain("/signup/verify");
		assertThat(accounts.findByEmail(existing.email()).orElseThrow().displayName()).isEqualTo("Test CLIENT");
		assertThat(jdbc.sql("select count(*) from app_user where email = :e").param("e", existing.email())
			.query(Integer.class).single()).isEqualTo(1);
	}

	@Test
	void theFormExplainsWhatIsMissingAndCreatesNothing() throws Exception {
		testAccounts.ensureClinic();
		String email = TestAccounts.unique("noprivacy");
		MockHttpServletResponse response = signUp(email, false);
		assertThat(response.getStatus()).isEqualTo(400);
		assertThat(response.getContentAsString()).contains("tick the box to agree");
		assertThat(accounts.findByEmail(email)).isEmpty();
		assertThat(mailsTo(email)).isEmpty();

		MockHttpServletResponse weak = mvc.perform(post("/signup").param("firstName", "Sam").param("lastName", "Lee")
			.param("email", email).param("password", "short").param("privacy", "true").with(csrf()).with(from(ip)))
			.andReturn().getResponse();
		assertThat(weak.getStatus()).isEqualTo(400);
		assertThat(weak.getContentAsString()).contains("at least 12 characters");
		assertThat(accounts.findByEmail(email)).isEmpty();
	}

	@Test
	void anUnconfirmedClientSignsInButCannotBookYet() throws Exception {
		testAccounts.ensureClinic();
		String email = TestAccounts.unique("unconfirmed");
		signUp(email, true);
		MockHttpServletResponse in = mvc.perform(post("/login").param("email", email)
			.param("password", "a calm morning walk").with(csrf()).with(from(ip))).andReturn().getResponse();
		assertThat(in.getRedirectedUrl()).isEqualTo("/home");
		Cookie session = in.getCookie("SESSION");
		assertThat(mvc.perform(get("/portal").cookie(session)).andReturn().getResponse().getContentAsString())
			.contains("Please confirm your email address");

		String token = mvc.perform(post("/api/v1/auth/token").contentType("application/json")
			.content("{\"email\":\"" + email + "\",\"password\":\"a calm morning walk\"}").with(from(ip)))
			.andReturn().getResponse().getContentAsString().replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
		MockHttpServletResponse booking = mvc.perform(post("/api/v1/appointments")
			.header("Authorization", "Bearer " + token)
			.contentType("application/json")
			.content("{\"serviceId\":1,\"therapistId\":1,\"start\":\"2030-01-07T10:00:00Z\"}"))
			.andReturn().getResponse();
		assertThat(booking.getStatus()).isEqualTo(403);
		assertThat(booking.getContentType()).startsWith("application/problem+json");
		assertThat(booking.getContentAsString()).contains("Confirm your email address first");
	}

	@Test
	void theLinkLeadsBackToTheBookingOnlyOnThisSite() throws Exception {
		testAccounts.ensureClinic();
		String email = TestAccounts.unique("booking");
		clientAccounts.register(new ClientAccounts.SignUp("Ada", "Park", email, null, "a calm morning walk"), true,
				"/book/3/confirm?start=2030-01-07T10:00:00Z&therapistId=2");
		assertThat(confirm(lastToken(email)).getRedirectedUrl())
			.isEqualTo("/book/3/confirm?start=2030-01-07T10:00:00Z&therapistId=2");

		String other = TestAccounts.unique("elsewhere");
		clientAccounts.register(new ClientAccounts.SignUp("Bo", "Park", other, null, "a calm morning walk"), true,
				"//evil.example/steal");
		assertThat(confirm(lastToken(other)).getRedirectedUrl()).isEqualTo("/portal?verified");
	}

	@Test
	void aNewLinkReplacesTheOldOneAndIsRateLimited() throws Exception {
		testAccounts.ensureClinic();
		String email = TestAccounts.unique("resend");
		signUp(email, true);
		String first = lastToken(email);
		MockHttpServletResponse resent = mvc.perform(post("/signup/resend").param("email", email).with(csrf())
			.with(from(ip))).andReturn().getResponse();
		assertThat(resent.getRedirectedUrl()).isEqualTo("/signup/sent?again");
		String second = lastToken(email);
		assertThat(second).isNotEqualTo(first);
		assertThat(confirm(first).getStatus()).as("the older link no longer works").isEqualTo(400);

		// An unknown address gets the same answer, and no mail.
		String nobody = TestAccounts.unique("nobody");
		assertThat(mvc.perform(post("/signup/resend").param("email", nobody).with(csrf()).with(from(ip)))
			.andReturn().getResponse().getRedirectedUrl()).isEqualTo("/signup/sent?again");
		assertThat(mailsTo(nobody)).isEmpty();

		long allowed = limits.define("verification-resend-email", 3, Duration.ofHours(1)).capacity();
		MockHttpServletResponse last = null;
		for (int i = 1; i <= allowed; i++) {
			last = mvc.perform(post("/signup/resend").param("email", email).with(csrf()).with(from(ip))).andReturn()
				.getResponse();
		}
		assertThat(last.getStatus()).isEqualTo(429);
		assertThat(last.getHeader("Retry-After")).isNotBlank();
		assertThat(last.getContentAsString()).contains("Too many attempts");
		assertThat(confirm(lastToken(email)).getRedirectedUrl()).as("the latest link still works")
			.isEqualTo("/portal?verified");

		CLOCK.advance(Duration.ofHours(1).plusMinutes(1));
		assertThat(mvc.perform(post("/signup/resend").param("email", nobody).with(csrf()).with(from(ip)))
			.andReturn().getResponse().getStatus()).as("the allowance comes back").isEqualTo(302);
	}

	@Test
	void signUpsFromOneAddressAreLimited() throws Exception {
		testAccounts.ensureClinic();
		long allowed = limits.define("sign-up-ip", 10, Duration.ofHours(1)).capacity();
		for (int i = 0; i < allowed; i++) {
			assertThat(signUp(TestAccounts.unique("many"), true).getStatus()).isEqualTo(302);
		}
		String refused = TestAccounts.unique("refused");
		MockHttpServletResponse response = signUp(refused, true);
		assertThat(response.getStatus()).isEqualTo(429);
		assertThat(response.getContentAsString()).contains("Too many attempts");
		assertThat(accounts.findByEmail(refused)).isEmpty();
	}

	@Test
	void oneAddressCanBeSignedUpOnlySoOften() throws Exception {
		testAccounts.ensureClinic();
		String email = TestAccounts.unique("repeat");
		long allowed = limits.define("sign-up-email", 3, Duration.ofHours(1)).capacity();
		for (int i = 0; i < allowed; i++) {
			assertThat(signUp(email, true).getStatus()).isEqualTo(302);
		}
		assertThat(signUp(email, true).getStatus()).isEqualTo(429);
	}

}
