package org.fascia.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Clock;
import java.time.Duration;

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

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Bearer tokens and RFC 9457 errors, over the real filter chain. */
@FasciaIntegrationTest
class ApiAccessTest {

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
	JdbcClient jdbc;

	private final JsonMapper json = JsonMapper.builder().build();

	@AfterEach
	void resetClock() {
		CLOCK.reset();
	}

	private MockHttpServletResponse tokenRequest(String body) throws Exception {
		return mvc.perform(post("/api/v1/auth/token").contentType("application/json").content(body))
			.andReturn()
			.getResponse();
	}

	private String tokenFor(Account account) throws Exception {
		MockHttpServletResponse response = tokenRequest(
				"{\"email\":\"" + account.email() + "\",\"password\":\"" + TestAccounts.PASSWORD + "\"}");
		assertThat(response.getStatus()).isEqualTo(200);
		JsonNode body = json.readTree(response.getContentAsString());
		assertThat(body.get("expiresAt").asString()).isNotBlank();
		return body.get("token").asString();
	}

	private MockHttpServletResponse getWith(String path, String token) throws Exception {
		return mvc.perform(get(path).header("Authorization", "Bearer " + token)).andReturn().getResponse();
	}

	private static void assertProblem(MockHttpServletResponse response, int status) throws Exception {
		assertThat(response.getStatus()).isEqualTo(status);
		assertThat(response.getContentType()).startsWith("application/problem+json");
		assertThat(response.getContentAsString()).contains("\"status\":" + status).doesNotContain("Exception")
			.doesNotContain("\tat ");
	}

	@Test
	void aTokenOpensTheApiForThirtyDays() throws Exception {
		Account owner = accounts.create(Role.OWNER);
		String token = tokenFor(owner);
		assertThat(token).startsWith("fsc_");
		MockHttpServletResponse audit = getWith("/api/v1/audit?size=5", token);
		assertThat(audit.getStatus()).isEqualTo(200);
		assertThat(json.readTree(audit.getContentAsString()).get("items").size()).isBetween(1, 5);

		CLOCK.advance(Duration.ofDays(30).plusMinutes(1));
		assertProblem(getWith("/api/v1/audit", token), 401);
	}

	@Test
	void tokensAreStoredOnlyAsDigests() throws Exception {
		Account owner = accounts.create(Role.OWNER);
		String token = tokenFor(owner);
		assertThat(jdbc.sql("select count(*) from api_token where token_hash = :t").param("t", token)
			.query(Integer.class).single()).isZero();
		assertThat(jdbc.sql("select count(*) from api_token where user_id = :u").param("u", owner.id())
			.query(Integer.class).single()).isEqualTo(1);
	}

	@Test
	void aRevokedTokenIsRefused() throws Exception {
		Account owner = accounts.create(Role.OWNER);
		String token = tokenFor(owner);
		long id = jdbc.sql("select id from api_token where user_id = :u").param("u", owner.id()).query(Long.class).single();
		FasciaUser principal = new FasciaUser(owner.id(), owner.email(), owner.displayName(), Role.OWNER, null, true,
				false);
		String redirect = mvc.perform(post("/account/tokens/" + id + "/revoke")
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(principal))
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
			.andReturn().getResponse().getRedirectedUrl();
		assertThat(redirect).isEqualTo("/account");
		assertProblem(getWith("/api/v1/audit", token), 401);
	}

	@Test
	void oneUserCannotRevokeAnothersToken() throws Exception {
		Account owner = accounts.create(Role.OWNER);
		String token = tokenFor(owner);
		long id = jdbc.sql("select id from api_token where user_id = :u").param("u", owner.id()).query(Long.class).single();
		FasciaUser intruder = accounts.principal(Role.THERAPIST);
		mvc.perform(post("/account/tokens/" + id + "/revoke")
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(intruder))
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()));
		assertThat(getWith("/api/v1/audit", token).getStatus()).isEqualTo(200);
	}

	@Test
	void wrongCredentialsAndBadBodiesAnswerWithProblems() throws Exception {
		Account therapist = accounts.create(Role.THERAPIST);
		MockHttpServletResponse wrong = tokenRequest("{\"email\":\"" + therapist.email() + "\",\"password\":\"nope nope nope\"}");
		assertProblem(wrong, 401);
		assertThat(wrong.getContentAsString()).contains("email or password is not correct");

		MockHttpServletResponse missing = tokenRequest("{\"email\":\"" + therapist.email() + "\"}");
		assertProblem(missing, 400);
		assertThat(json.readTree(missing.getContentAsString()).get("errors").get(0).get("field").asString())
			.isEqualTo("password");

		assertProblem(tokenRequest("{not json"), 400);
		MockHttpServletResponse wrongType = tokenRequest("{\"email\":[1,2],\"password\":\"x\"}");
		assertProblem(wrongType, 400);
		assertThat(wrongType.getContentAsString()).contains("email");
	}

	@Test
	void aLockedAccountGetsNoToken() throws Exception {
		Account owner = accounts.create(Role.OWNER);
		for (int i = 0; i < 5; i++) {
			tokenRequest("{\"email\":\"" + owner.email() + "\",\"password\":\"wrong password " + i + "\"}");
		}
		MockHttpServletResponse locked = tokenRequest(
				"{\"email\":\"" + owner.email() + "\",\"password\":\"" + TestAccounts.PASSWORD + "\"}");
		assertProblem(locked, 401);
		assertThat(locked.getContentAsString()).contains("locked");
	}

	@Test
	void rolesAndUnknownPathsAnswerWithProblems() throws Exception {
		String therapistToken = tokenFor(accounts.create(Role.THERAPIST));
		assertProblem(getWith("/api/v1/audit", therapistToken), 403);
		assertProblem(getWith("/api/v1/audit", "fsc_not-a-real-token"), 401);
		assertProblem(mvc.perform(get("/api/v1/audit")).andReturn().getResponse(), 401);
		String ownerToken = tokenFor(accounts.create(Role.OWNER));
		assertProblem(getWith("/api/v1/audit?size=100000", ownerToken), 400);
		assertProblem(getWith("/api/v1/audit?page=abc", ownerToken), 400);
		// 404 and 405 for paths without a handler are answered by the error page controller: see OperationsTest.
	}

	@Test
	void theOpenApiDescriptionIsPublished() throws Exception {
		MockHttpServletResponse response = mvc.perform(get("/api/v1/openapi.json")).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		JsonNode api = json.readTree(response.getContentAsString());
		assertThat(api.get("openapi").asString()).startsWith("3.");
		assertThat(api.get("paths").has("/api/v1/auth/token")).isTrue();
		assertThat(api.get("paths").has("/api/v1/audit")).isTrue();
	}

}
