package org.fascia.clinic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.fascia.audit.AuditLog;
import org.fascia.identity.Accounts;
import org.fascia.support.DatabaseTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** First start on an empty database: every page leads to /setup until the clinic and owner exist. */
@DatabaseTest
@SpringBootTest(properties = "fascia.test.context=setup-flow")
@AutoConfigureMockMvc
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SetupFlowTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	ClinicSettings settings;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AuditLog audit;

	private MockHttpServletRequestBuilder setup(String clinic, String zone, String name, String email, String password,
			String confirm) {
		return post("/setup").param("clinicName", clinic)
			.param("timeZone", zone)
			.param("ownerName", name)
			.param("email", email)
			.param("password", password)
			.param("confirm", confirm)
			.with(csrf());
	}

	@Test
	@Order(1)
	void everyPageLeadsToSetupWhileThereIsNoOwner() throws Exception {
		assertThat(accounts.ownerExists()).isFalse();
		for (String page : new String[] { "/", "/login", "/dashboard", "/password/forgot" }) {
			assertThat(mvc.perform(get(page)).andReturn().getResponse().getRedirectedUrl()).as(page).isEqualTo("/setup");
		}
		String form = mvc.perform(get("/setup")).andReturn().getResponse().getContentAsString();
		assertThat(form).contains("Set up your clinic").contains("Europe/London").contains("data-browser-zone");
	}

	@Test
	@Order(2)
	void badInputIsExplainedAndNothingIsWritten() throws Exception {
		String page = mvc.perform(setup("Back Care", "Mars/Olympus", "Ann", "ann@test.fascia.dev",
				"a good long passphrase", "a good long passphrase")).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Choose the clinic&#39;s time zone");
		page = mvc.perform(setup("Back Care", "Europe/Berlin", "Ann", "ann@test.fascia.dev", "short", "short"))
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("at least 12 characters");
		page = mvc.perform(setup("Back Care", "Europe/Berlin", "Ann", "not-an-address", "a good long passphrase",
				"a good long passphrase")).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("valid email address");
		page = mvc.perform(setup("", "Europe/Berlin", "Ann", "ann@test.fascia.dev", "a good long passphrase",
				"a good long passphrase")).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Enter the clinic&#39;s name");
		page = mvc.perform(setup("Back Care", "Europe/Berlin", "Ann", "ann@test.fascia.dev", "a good long passphrase",
				"a different passphrase")).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("not the same");

		assertThat(accounts.ownerExists()).isFalse();
		assertThat(settings.current()).isEmpty();
		assertThat(jdbc.sql("select count(*) from app_user").query(Integer.class).single()).isZero();
	}

	@Test
	@Order(3)
	void aValidFormCreatesTheClinicAndOwnerOnce() throws Exception {
		String redirect = mvc.perform(setup("Back Care Studio", "America/New_York", "Ann Lee", "Ann@Test.Fascia.dev",
				"a good long passphrase", "a good long passphrase")).andReturn().getResponse().getRedirectedUrl();
		assertThat(redirect).isEqualTo("/login?setup");
		assertThat(settings.current()).hasValueSatisfying(clinic -> {
			assertThat(clinic.name()).isEqualTo("Back Care Studio");
			assertThat(clinic.timeZone().getId()).isEqualTo("America/New_York");
		});
		assertThat(accounts.findByEmail("ann@test.fascia.dev")).hasValueSatisfying(
				owner -> assertThat(owner.role().name()).isEqualTo("OWNER"));
		assertThat(audit.page(0, 10)).extracting(e -> e.action()).contains("CLINIC_SET_UP");

		// A second attempt changes nothing.
		assertThat(mvc.perform(setup("Hijack", "Europe/Paris", "Eve", "eve@test.fascia.dev", "another long passphrase",
				"another long passphrase")).andReturn().getResponse().getRedirectedUrl()).isEqualTo("/login");
		assertThat(mvc.perform(get("/setup")).andReturn().getResponse().getRedirectedUrl()).isEqualTo("/login");
		assertThat(accounts.findByEmail("eve@test.fascia.dev")).isEmpty();
		assertThat(settings.current().orElseThrow().name()).isEqualTo("Back Care Studio");
		assertThat(mvc.perform(get("/login")).andReturn().getResponse().getStatus()).isEqualTo(200);
	}

}
