package org.fascia.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import jakarta.servlet.http.Cookie;

import org.fascia.clinic.ClinicCatalog;
import org.fascia.clinic.NewService;
import org.fascia.clinic.ServiceKind;
import org.fascia.identity.Account;
import org.fascia.identity.FasciaUser;
import org.fascia.identity.Role;
import org.fascia.support.ApiClient;
import org.fascia.support.FasciaIntegrationTest;
import org.fascia.support.TestAccounts;
import org.fascia.support.TestPeople;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Family members (issue 7, requirement 3): a parent adds a child, chooses to manage the child's care, books the
 * child's visit and signs the child's consent as parent or guardian; nobody else reaches the child's record, by
 * page or by API, and a bad child is refused field by field with nothing written.
 */
@FasciaIntegrationTest
class FamilyTest {

	static final ZoneId ZONE = ZoneId.of("Europe/London");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestPeople people;

	@Autowired
	TestAccounts accounts;

	@Autowired
	ClinicCatalog catalog;

	@Autowired
	Family family;

	@Autowired
	JdbcClient jdbc;

	TestPeople.Person parent;

	/** The session cookie (Spring Session: the session lives in the database and is found by this cookie). */
	Cookie session;

	@BeforeEach
	void aParent() {
		parent = people.client("Anna", "Novak");
		session = null;
	}

	@Test
	void aParentAddsAChildAndManagesTheirCare() throws Exception {
		String form = page(get("/portal/family"), parent.user());
		assertThat(form).contains("Your family", "Add a child", "You have not added anyone yet.");

		MockHttpServletResponse added = call(post("/portal/family").param("firstName", "Emma").param("lastName", "Novak")
			.param("dateOfBirth", LocalDate.now(ZONE).minusYears(9).toString()), parent.user());
		assertThat(added.getStatus()).isEqualTo(302);
		Family.Member emma = family.members(parent.user().id()).get(1);
		assertThat(emma.name()).isEqualTo("Emma Novak");
		assertThat(emma.self()).isFalse();
		assertThat(jdbc.sql("select email from client where id = :id").param("id", emma.clientId()).query(String.class)
			.single()).as("the child's mail goes to the parent").isEqualTo(parent.user().getUsername());

		assertThat(page(get("/portal"), parent.user())).as("own care until the parent chooses")
			.contains("Hello, Anna", "Manage Emma’s care").doesNotContain("You are managing");

		MockHttpServletResponse act = call(post("/portal/family/" + emma.clientId() + "/act"), parent.user());
		assertThat(act.getRedirectedUrl()).isEqualTo("/portal");
		String portal = page(get("/portal"), parent.user());
		assertThat(portal).contains("Emma’s care", "You are managing Emma Novak’s care.", "Back to my own care");
		assertThat(audit("FAMILY_ACT_FOR", emma.clientId())).isEqualTo(1);

		// the consent page: the parent signs in their own name, as parent or guardian
		String consent = page(get("/portal/consent"), parent.user());
		assertThat(consent).contains("You sign as Emma’s parent or guardian, in your own name.");
		MockHttpServletResponse signed = call(post("/portal/consent").param("version-massage", "1")
			.param("version-data-processing", "1").param("agree", "massage", "data-processing")
			.param("fullName", "Anna Novak").param("typedNameIsSignature", "true"), parent.user());
		assertThat(signed.getStatus()).isEqualTo(302);
		assertThat(jdbc.sql("select count(*) from consent_signature where client_id = :c and signer_capacity = 'GUARDIAN' "
				+ "and typed_name = 'Anna Novak' and user_id = :u").param("c", emma.clientId()).param("u", parent.user().id())
			.query(Integer.class).single()).isEqualTo(2);
		assertThat(jdbc.sql("select count(*) from consent_signature where client_id = :c").param("c", parent.id())
			.query(Integer.class).single()).as("nothing signed on the parent's own record").isZero();

		// back to their own care: the banner is gone and the portal is the parent's again
		call(post("/portal/family/me"), parent.user());
		assertThat(page(get("/portal"), parent.user())).contains("Hello, Anna").doesNotContain("You are managing");
		assertThat(family.actingFor(parent.user().id())).hasValue(parent.id());
	}

	@Test
	void aParentBooksTheChildsVisitFromTheConfirmationPage() throws Exception {
		Family.Member leo = family.addChild(parent.user().id(),
				new Family.NewChild("Leo", "Novak", LocalDate.now(ZONE).minusYears(12).toString()));
		long therapist = people.therapistWorkingEveryDay();
		long service = catalog.addService(new NewService("Sports massage " + System.nanoTime(), "Test", 45, 15, 5000,
				ServiceKind.TREATMENT, true, List.of(therapist)));
		catalog.addRoom("Room " + System.nanoTime());
		Instant start = LocalDate.now(ZONE).plusDays(5).atTime(11, 0).atZone(ZONE).toInstant();

		String confirm = page(get("/book/" + service + "/confirm").param("start", start.toString())
			.param("therapistId", "" + therapist), parent.user());
		assertThat(confirm).contains("Who is this visit for?", "Me (Anna Novak)", "Leo Novak");

		MockHttpServletResponse booked = call(post("/book/" + service + "/confirm").param("start", start.toString())
			.param("therapistId", "" + therapist).param("forClient", "" + leo.clientId()), parent.user());
		assertThat(booked.getRedirectedUrl()).startsWith("/portal?booked=");
		assertThat(jdbc.sql("select client_id from appointment where service_id = :s").param("s", service)
			.query(Long.class).single()).isEqualTo(leo.clientId());
		assertThat(page(get("/portal"), parent.user())).as("the portal follows the child the visit is for")
			.contains("Leo’s care", "Sports massage");
		call(post("/portal/family/me"), parent.user());
		assertThat(page(get("/portal"), parent.user())).doesNotContain("Sports massage");
	}

	@Test
	void nobodyElseReachesTheChild() throws Exception {
		Family.Member emma = family.addChild(parent.user().id(),
				new Family.NewChild("Emma", "Novak", LocalDate.now(ZONE).minusYears(7).toString()));
		TestPeople.Person stranger = people.client("Sam", "Stranger");

		MockHttpServletResponse act = call(post("/portal/family/" + emma.clientId() + "/act"), stranger.user());
		assertThat(act.getStatus()).isEqualTo(404);
		assertThat(family.actingFor(stranger.user().id())).hasValue(stranger.id());
		assertThat(audit("FAMILY_ACT_FOR_DENIED", emma.clientId())).isEqualTo(1);
		assertThat(page(get("/portal/family"), stranger.user())).doesNotContain("Emma");

		// a chosen id the account may not use (a stale or forged session value) is never used, and is forgotten
		MockHttpSession stale = new MockHttpSession();
		stale.setAttribute(Family.ACTING_FOR, emma.clientId());
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.setSession(stale);
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
		try {
			assertThat(family.actingFor(stranger.user().id())).hasValue(stranger.id());
			assertThat(family.actingForOther(stranger.user().id())).isEmpty();
			assertThat(stale.getAttribute(Family.ACTING_FOR)).isNull();
		}
		finally {
			RequestContextHolder.resetRequestAttributes();
		}

		// the parent's own actions reach the child, nobody else's do
		assertThat(family.mayActFor(parent.user().id(), emma.clientId())).isTrue();
		assertThat(family.mayActFor(stranger.user().id(), emma.clientId())).isFalse();
		assertThat(family.mayActFor(parent.user().id(), stranger.id())).isFalse();
	}

	@Test
	void theApiListsTheFamilyAndAddsAChild() throws Exception {
		Account account = accounts.create(Role.CLIENT);
		long own = jdbc.sql("select count(*) from client").query(Long.class).single();
		jdbc.sql("insert into client (user_id, first_name, last_name, email, created_at) values (:u, 'Mia', 'Api', :e, current_timestamp)")
			.param("u", account.id()).param("e", account.email()).update();
		ApiClient api = ApiClient.as(mvc, account);
		api.post("/api/v1/family/children", ApiClient.json("{'firstName':'','lastName':'Api','dateOfBirth':'"
				+ LocalDate.now(ZONE).minusYears(30) + "'}")).problem(400);
		assertThat(jdbc.sql("select count(*) from client").query(Long.class).single()).as("nothing written")
			.isEqualTo(own + 1);
		ApiClient.Response bad = api.post("/api/v1/family/children",
				ApiClient.json("{'firstName':'','lastName':'Api','dateOfBirth':'not a date'}"));
		assertThat(bad.raw()).contains("firstName", "dateOfBirth", "Enter the date of birth as day, month and year.");

		ApiClient.Response created = api.post("/api/v1/family/children", ApiClient.json(
				"{'firstName':'Ola','lastName':'Api','dateOfBirth':'" + LocalDate.now(ZONE).minusYears(4) + "'}"))
			.expect(201);
		long child = created.body().get("clientId").asLong();
		ApiClient.Response members = api.get("/api/v1/family").expect(200);
		assertThat(members.raw()).contains("Mia", "Ola");
		// the child's id works where the API takes a client id; another family's does not
		api.get("/api/v1/clients/" + child + "/self-care").expect(200);
		api.get("/api/v1/clients/" + parent.id() + "/self-care").problem(404);
	}

	@Test
	void aBadChildIsRefusedFieldByFieldAndNothingIsWritten() throws Exception {
		long before = jdbc.sql("select count(*) from client").query(Long.class).single();
		String adult = page(post("/portal/family").param("firstName", " ").param("lastName", "Novak")
			.param("dateOfBirth", LocalDate.now(ZONE).minusYears(18).toString()), parent.user());
		assertThat(adult).contains("Enter your child’s first name (at most 100 characters).",
				"Family members here are children under 18. An adult books with an account of their own.",
				"aria-invalid=\"true\"");
		String future = page(post("/portal/family").param("firstName", "Baby").param("lastName", "Novak")
			.param("dateOfBirth", LocalDate.now(ZONE).plusDays(1).toString()), parent.user());
		assertThat(future).contains("The date of birth cannot be in the future.", "value=\"Baby\"");
		String garbled = page(post("/portal/family").param("firstName", "Baby").param("lastName", "Novak")
			.param("dateOfBirth", "31/02/2020"), parent.user());
		assertThat(garbled).contains("Enter the date of birth as day, month and year.");
		assertThat(jdbc.sql("select count(*) from client").query(Long.class).single()).isEqualTo(before);

		// the same child twice is one record: the second time is refused with a pointer to the first
		String born = LocalDate.now(ZONE).minusYears(5).toString();
		call(post("/portal/family").param("firstName", "Ida").param("lastName", "Novak").param("dateOfBirth", born),
				parent.user());
		String again = page(post("/portal/family").param("firstName", "ida").param("lastName", "NOVAK")
			.param("dateOfBirth", born), parent.user());
		assertThat(again).contains("Ida is in your family already");
		assertThat(family.members(parent.user().id())).extracting(Family.Member::name)
			.containsExactly("Anna Novak", "Ida Novak");
		assertThat(jdbc.sql("select count(*) from client").query(Long.class).single()).isEqualTo(before + 1);
	}

	@Test
	void staffSeeTheFamilyOnTheRecord() throws Exception {
		Family.Member emma = family.addChild(parent.user().id(),
				new Family.NewChild("Emma", "Novak", LocalDate.now(ZONE).minusYears(10).minusDays(3).toString()));
		FasciaUser frontDesk = accounts.principal(Role.FRONT_DESK);
		String child = mvc.perform(get("/clients/" + emma.clientId()).with(user(frontDesk))).andReturn().getResponse()
			.getContentAsString();
		assertThat(child).contains("Parent or guardian", "Anna Novak", "(10 years old)", "/clients/" + parent.id());
		String own = mvc.perform(get("/clients/" + parent.id()).with(user(frontDesk))).andReturn().getResponse()
			.getContentAsString();
		assertThat(own).contains("Children", "Emma Novak", "/clients/" + emma.clientId());
	}

	private int audit(String action, long clientId) {
		return jdbc.sql("select count(*) from audit_event where action = :a and subject_id = :id")
			.param("a", action).param("id", String.valueOf(clientId)).query(Integer.class).single();
	}

	private MockHttpServletResponse call(MockHttpServletRequestBuilder request, FasciaUser who) throws Exception {
		if (session != null) {
			request.cookie(session);
		}
		MockHttpServletResponse response = mvc.perform(request.with(user(who)).with(csrf())).andReturn().getResponse();
		if (response.getCookie("SESSION") != null) {
			session = response.getCookie("SESSION");
		}
		return response;
	}

	private String page(MockHttpServletRequestBuilder request, FasciaUser who) throws Exception {
		MockHttpServletResponse response = call(request, who);
		assertThat(response.getStatus()).as(response.getRedirectedUrl() == null ? "page" : response.getRedirectedUrl())
			.isEqualTo(200);
		return response.getContentAsString();
	}

}
