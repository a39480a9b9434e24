package org.fascia.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.fascia.clients.ClientDirectory;
import org.fascia.clinic.ClinicCatalog;
import org.fascia.clinic.ClinicSettings;
import org.fascia.support.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** FASCIA_DEMO=true on an empty database: a realistic back-pain clinic whose README logins work. */
@DatabaseTest
@SpringBootTest(properties = "fascia.demo=true")
@AutoConfigureMockMvc
class DemoClinicTest {

	@Autowired
	ClinicSettings settings;

	@Autowired
	ClinicCatalog catalog;

	@Autowired
	ClientDirectory clients;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Test
	void theDemoClinicHasTherapistsWithHoursServicesAndClients() {
		assertThat(settings.current().orElseThrow().name()).isEqualTo("Northside Back Care");
		assertThat(catalog.therapistCount()).isEqualTo(3);
		assertThat(jdbc.sql("select count(distinct therapist_id) from working_hours").query(Integer.class).single())
			.isEqualTo(3);
		assertThat(jdbc.sql("select name from service order by id").query(String.class).list()).containsExactly(
				"Free back-pain consultation (15 min)", "Deep tissue massage (60 min)", "Deep tissue massage (90 min)",
				"Swedish massage (60 min)", "Myofascial release (45 min)");
		assertThat(jdbc.sql("select duration_minutes from service order by id").query(Integer.class).list())
			.containsExactly(15, 60, 90, 60, 45);
		assertThat(jdbc.sql("select price_cents from service where kind = 'CONSULTATION'").query(Integer.class).single())
			.isZero();
		assertThat(clients.count()).isGreaterThanOrEqualTo(3);
	}

	@Test
	void theReadmeLoginsWork() throws Exception {
		for (String login : new String[] { "owner", "frontdesk", "maya", "tom", "lena", "alex", "priya" }) {
			String redirect = mvc.perform(post("/login").param("email", login + DemoClinic.DOMAIN)
				.param("password", DemoClinic.PASSWORD)
				.with(csrf())).andReturn().getResponse().getRedirectedUrl();
			assertThat(redirect).as(login).isEqualTo("/home");
		}
	}

}
