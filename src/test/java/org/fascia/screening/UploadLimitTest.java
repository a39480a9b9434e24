package org.fascia.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fascia.clients.ClientDirectory;
import org.fascia.identity.Account;
import org.fascia.identity.Role;
import org.fascia.support.DatabaseTest;
import org.fascia.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * Over real HTTP (Tomcat parses the upload, not MockMvc): a reply over the 10 MB limit brings the
 * form back with a clear message, not an error page or a reset connection; one within it is stored.
 */
@DatabaseTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.mail.host=127.0.0.1", "spring.mail.port=9" })
@Import(TestAccounts.class)
class UploadLimitTest {

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	ClientDirectory clients;

	@Autowired
	ScreeningRecords records;

	private String csrf;

	private final HttpClient http = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	@Test
	void anOversizedReplyBringsTheFormBackWithAMessage() throws Exception {
		Account desk = accounts.create(Role.FRONT_DESK);
		long client = clients.create(null, "Uma", "Vale", null, null);
		records.store(client, null, ScreeningKind.INTAKE, Results.needsClearance(), "v1", false, null);
		signIn(desk.email());

		String page = get("/clients/" + client + "/screening").body();
		assertThat(page).contains("action=\"/clients/" + client + "/screening/clearances\"");
		String path = "/clients/" + client + "/screening/clearances";
		Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(
				page.substring(page.indexOf("enctype=\"multipart/form-data\"")));
		assertThat(token.find()).isTrue();
		csrf = token.group(1);

		byte[] big = Arrays.copyOf("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII), 11 * 1024 * 1024);
		HttpResponse<String> tooBig = upload(path, big);
		assertThat(tooBig.statusCode()).as(tooBig.body()).isEqualTo(302);
		assertThat(tooBig.headers().firstValue("Location").orElseThrow())
			.endsWith("/clients/" + client + "/screening?error=too-big");
		assertThat(get("/clients/" + client + "/screening?error=too-big").body()).contains("larger than 10 MB");

		// Just over 10 MB, within what the container takes: the form with the file's size.
		HttpResponse<String> overTen = upload(path, Arrays.copyOf(big, 10 * 1024 * 1024 + 100_000));
		assertThat(overTen.statusCode()).isEqualTo(200);
		assertThat(overTen.body()).contains("the limit is 10 MB").contains("Nothing was saved");

		HttpResponse<String> fine = upload(path, Arrays.copyOf(big, 200_000));
		assertThat(fine.statusCode()).isEqualTo(302);
		assertThat(fine.headers().firstValue("Location").orElseThrow()).endsWith("/clients/" + client + "/screening");
		assertThat(get("/clients/" + client + "/screening").body()).contains("Dr Big File").contains("Valid");
	}

	private void signIn(String email) throws Exception {
		String login = get("/login").body();
		Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login);
		assertThat(csrf.find()).isTrue();
		String form = "email=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
				+ URLEncoder.encode(TestAccounts.PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + csrf.group(1);
		HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
	}

	private HttpResponse<String> upload(String path, byte[] file) throws Exception {
		String boundary = "----fascia" + System.nanoTime();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		field(body, boundary, "_csrf", csrf);
		field(body, boundary, "physicianName", "Dr Big File");
		field(body, boundary, "clearedOn", java.time.LocalDate.now(java.time.ZoneId.of("Europe/London")).minusDays(1)
			.toString());
		body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"document\"; filename=\"reply.pdf\"\r\n"
				+ "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.write(file);
		body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return http.send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static void field(ByteArrayOutputStream body, String boundary, String name, String value) throws Exception {
		body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
			.getBytes(StandardCharsets.UTF_8));
	}

	private HttpResponse<String> get(String path) throws Exception {
		return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + port + path);
	}

}
