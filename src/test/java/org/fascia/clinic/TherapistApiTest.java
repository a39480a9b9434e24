package org.fascia.clinic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fascia.support.ApiClient.json;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;

import org.fascia.identity.Account;
import org.fascia.identity.Accounts;
import org.fascia.identity.Role;
import org.fascia.support.ApiClient;
import org.fascia.support.FasciaIntegrationTest;
import org.fascia.support.TestAccounts;
import org.fascia.support.TestMail;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** {@code /api/v1/therapists}: invite a new therapist by email, link existing accounts, refuse the rest. */
@FasciaIntegrationTest
class TherapistApiTest {

	private static final Pattern LINK = Pattern.compile("http://\\S+/password/reset\\?token=([A-Za-z0-9_-]+)");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	Accounts identity;

	@Autowired
	JdbcClient jdbc;

	ApiClient owner;

	@BeforeEach
	void signIn() throws Exception {
		owner = ApiClient.as(mvc, accounts.create(Role.OWNER));
	}

	private ApiClient.Response add(String name, String email) throws Exception {
		return owner.post("/api/v1/therapists", json("{'name':'%s','email':'%s','bio':'Deep tissue.'}".formatted(name, email)));
	}

	@Test
	void aNewTherapistIsInvitedByEmailAndChoosesAPasswordFromTheLink() throws Exception {
		String email = TestAccounts.unique("maya");
		ApiClient.Response created = add("Maya Chen", email.toUpperCase()).expect(201);
		long id = created.id();
		assertThat(created.location()).isEqualTo("/api/v1/therapists/" + id);
		assertThat(created.body().get("name").asString()).isEqualTo("Maya Chen");
		assertThat(created.body().get("email").asString()).isEqualTo(email);
		assertThat(created.body().get("bio").asString()).isEqualTo("Deep tissue.");
		assertThat(created.body().get("active").asBoolean()).isTrue();
		Account account = identity.findByEmail(email).orElseThrow();
		assertThat(account.role()).isEqualTo(Role.THERAPIST);
		assertThat(created.body().get("userId").asLong()).isEqualTo(account.id());

		MimeMessage mail = TestMail.awaitMessageTo(email, Duration.ofSeconds(15));
		assertThat(mail.getSubject()).isEqualTo("Welcome to Test Clinic on Fascia");
		String body = TestMail.body(mail);
		assertThat(body).contains("Hello Maya Chen").contains("within 7 days");
		Matcher link = LINK.matcher(body.replace("=\r\n", "").replace("=3D", "="));
		assertThat(link.find()).as("the mail carries a link: %s", body).isTrue();
		String token = link.group(1);
		OffsetDateTime[] validity = jdbc.sql("select created_at, expires_at from password_reset_token where user_id = :u")
			.param("u", account.id())
			.query((rs, i) -> new OffsetDateTime[] { rs.getObject(1, OffsetDateTime.class), rs.getObject(2, OffsetDateTime.class) })
			.single();
		assertThat(Duration.between(validity[0], validity[1])).isEqualTo(Duration.ofDays(7));

		// Until then nobody can sign in to the account.
		assertThat(signIn(email, TestAccounts.PASSWORD)).isEqualTo("/login?error");
		assertThat(mvc.perform(get("/password/reset").param("token", token)).andReturn().getResponse()
			.getContentAsString()).contains("Choose your password").contains("Welcome to the team");
		String redirect = mvc.perform(post("/password/reset").param("token", token)
			.param("password", "maya's own passphrase")
			.param("confirm", "maya's own passphrase")
			.with(csrf())).andReturn().getResponse().getRedirectedUrl();
		assertThat(redirect).isEqualTo("/login?welcome");
		assertThat(signIn(email, "maya's own passphrase")).isEqualTo("/home");
		// The link works once.
		assertThat(mvc.perform(get("/password/reset").param("token", token)).andReturn().getResponse()
			.getContentAsString()).contains("expired or was already used");
	}

	private String signIn(String email, String password) throws Exception {
		return mvc.perform(post("/login").param("email", email).param("password", password).with(csrf()))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
	}

	@Test
	void existingTherapistAndOwnerAccountsAreLinkedWithoutAnInvitation() throws Exception {
		Account therapist = accounts.create(Role.THERAPIST);
		ApiClient.Response linked = add("Tom Okafor", therapist.email()).expect(201);
		assertThat(linked.body().get("userId").asLong()).isEqualTo(therapist.id());
		Account ownerWhoTreats = accounts.create(Role.OWNER);
		assertThat(add("Olivia Grant", ownerWhoTreats.email()).expect(201).body().get("userId").asLong())
			.isEqualTo(ownerWhoTreats.id());
		assertThat(jdbc.sql("select count(*) from mail_outbox where recipient in (:a, :b)")
			.param("a", therapist.email())
			.param("b", ownerWhoTreats.email())
			.query(Integer.class)
			.single()).isZero();

		// The same person cannot join twice.
		add("Tom again", therapist.email()).problem(409);
	}

	@Test
	void anAccountWithAnotherRoleIsAConflictAndNothingIsWritten() throws Exception {
		int before = owner.get("/api/v1/therapists").body().size();
		add("Sam", accounts.create(Role.FRONT_DESK).email()).problem(409);
		add("Alex", accounts.create(Role.CLIENT).email()).problem(409);
		assertThat(owner.get("/api/v1/therapists").body().size()).isEqualTo(before);
	}

	@Test
	void badInputIsRefusedNamingTheFieldAndCreatesNoAccount() throws Exception {
		owner.post("/api/v1/therapists", "{}").invalid("name", "email");
		add("Lena", "not-an-address").invalid("email");
		assertThat(identity.findByEmail("not-an-address")).isEmpty();
		owner.post("/api/v1/therapists", json("{'name':'Lena','email':'lena@test.fascia.dev','bio':'" + "x".repeat(4001) + "'}"))
			.invalid("bio");
		assertThat(identity.findByEmail("lena@test.fascia.dev")).isEmpty();
		owner.post("/api/v1/therapists", json("{'name':{'first':'Lena'},'email':'lena@test.fascia.dev'}")).invalid("name");
	}

	@Test
	void theOwnerChangesATherapistAndStaffReadThem() throws Exception {
		long id = add("Lena Svensson", TestAccounts.unique("lena")).expect(201).id();
		ApiClient.Response changed = owner.put("/api/v1/therapists/" + id, json("{'bio':'Gentle myofascial release.'}"))
			.expect(200);
		assertThat(changed.body().get("name").asString()).isEqualTo("Lena Svensson");
		assertThat(changed.body().get("bio").asString()).isEqualTo("Gentle myofascial release.");
		owner.put("/api/v1/therapists/" + id, json("{'active':false,'bio':''}")).expect(200);
		owner.put("/api/v1/therapists/" + id, json("{'name':null}")).invalid("name");

		ApiClient frontDesk = ApiClient.as(mvc, accounts.create(Role.FRONT_DESK));
		ApiClient.Response read = frontDesk.get("/api/v1/therapists/" + id).expect(200);
		assertThat(read.body().get("active").asBoolean()).isFalse();
		assertThat(read.body().get("bio").isNull()).isTrue();
		assertThat(frontDesk.get("/api/v1/therapists").expect(200).raw()).contains("Lena Svensson");

		frontDesk.post("/api/v1/therapists", json("{'name':'Eve','email':'eve@test.fascia.dev'}")).problem(403);
		frontDesk.put("/api/v1/therapists/" + id, json("{'active':true}")).problem(403);
		ApiClient.as(mvc, accounts.create(Role.THERAPIST)).put("/api/v1/therapists/" + id, json("{'active':true}"))
			.problem(403);
		ApiClient.as(mvc, accounts.create(Role.CLIENT)).get("/api/v1/therapists").problem(403);
		assertThat(identity.findByEmail("eve@test.fascia.dev")).isEmpty();
	}

	@Test
	void unknownTherapistsAreNotFound() throws Exception {
		assertThat(owner.get("/api/v1/therapists/999999").problem(404).body().get("detail").asString())
			.isEqualTo("There is no therapist with id 999999.");
		owner.put("/api/v1/therapists/999999", json("{'bio':'x'}")).problem(404);
	}

}
