package org.fascia.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.fascia.support.DatabaseTest;
import org.fascia.support.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * The running server over real HTTP: health without mail, error answers for pages and the API,
 * security headers, and the request log. Mail points at a closed port here: health must stay UP.
 */
@DatabaseTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.mail.host=127.0.0.1", "spring.mail.port=9" })
@Import(TestAccounts.class)
@ExtendWith(OutputCaptureExtension.class)
class OperationsTest {

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@BeforeEach
	void clinicExists() {
		accounts.ensureClinic();
	}

	private HttpResponse<String> send(String method, String path) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.method(method, HttpRequest.BodyPublishers.noBody())
			.build();
		return http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void healthIsPublicAndUpEvenWhenMailIsUnreachable() throws Exception {
		HttpResponse<String> health = send("GET", "/actuator/health");
		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(health.body()).contains("\"status\":\"UP\"").doesNotContain("mail");
		assertThat(send("GET", "/actuator/health/liveness").body()).contains("UP");
		assertThat(send("GET", "/actuator/health/readiness").body()).contains("UP");
	}

	@Test
	void metricsNeedTheOwner() throws Exception {
		HttpResponse<String> prometheus = send("GET", "/actuator/prometheus");
		assertThat(prometheus.statusCode()).isEqualTo(302);
		assertThat(prometheus.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/login"));
	}

	@Test
	void pagesCarryStrictSecurityHeaders() throws Exception {
		HttpResponse<String> login = send("GET", "/login");
		assertThat(login.statusCode()).isEqualTo(200);
		String csp = login.headers().firstValue("Content-Security-Policy").orElseThrow();
		assertThat(csp).contains("script-src 'self'").doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
		assertThat(login.headers().firstValue("X-Frame-Options")).hasValue("DENY");
		assertThat(login.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(login.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
		assertThat(login.body()).doesNotContain("<script>").doesNotContain("onclick=").doesNotContain("style=\"");
	}

	@Test
	void unknownApiPathsAndMethodsAnswerWithProblems() throws Exception {
		HttpResponse<String> missing = send("GET", "/api/v1/openapi.json/nothing");
		assertThat(missing.statusCode()).isIn(401, 404);
		assertThat(missing.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		HttpResponse<String> wrongMethod = send("DELETE", "/api/v1/auth/token");
		assertThat(wrongMethod.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		HttpResponse<String> methodOnPublic = send("PUT", "/api/v1/openapi.json");
		assertThat(methodOnPublic.body()).doesNotContain("Exception").doesNotContain("<html");
	}

	@Test
	void aPublicPathWithTheWrongMethodIsAProblemNotAStackTrace() throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/auth/token"))
			.GET()
			.build();
		HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isIn(401, 405);
		assertThat(response.body()).startsWith("{").doesNotContain("\tat ");
	}

	@Test
	void malformedJsonIsA400Problem() throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/auth/token"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"email\": "))
			.build();
		HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
	}

	@Test
	void anUnknownPageIsAFriendlyPageWithoutInternals() throws Exception {
		HttpResponse<String> page = send("GET", "/admin/mail/123456789");
		// Anonymous: sent to sign in first; the error page itself is public.
		assertThat(page.statusCode()).isEqualTo(302);
		HttpResponse<String> error = send("GET", "/error");
		assertThat(error.body()).contains("<title>").doesNotContain("Whitelabel").doesNotContain("Exception");
	}

	@Test
	void theRequestLogHasOneLinePerRequestAndNoPersonalData(CapturedOutput output) throws Exception {
		send("GET", "/password/reset?token=secret-token-value&email=someone@example.com");
		assertThat(output.getOut()).contains("GET /password/reset 200");
		assertThat(output.getOut()).doesNotContain("secret-token-value").doesNotContain("someone@example.com");
	}

}
