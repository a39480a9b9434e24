package org.fascia.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.fascia.identity.Role;
import org.fascia.support.FasciaIntegrationTest;
import org.fascia.support.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The anonymous self-check at {@code /which-massage}. */
@FasciaIntegrationTest
class SelfCheckPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@BeforeEach
	void anOwnerExistsSoPagesAreNotLedToSetup() throws Exception {
		accounts.create(Role.OWNER);
	}

	private MockHttpServletRequestBuilder answers(String weeks, String pressure, String numbness, String fever,
			String thinners, String pregnant) {
		return post("/which-massage").with(csrf())
			.param("weeks", weeks)
			.param("goal", "RELIEF")
			.param("pressure", pressure)
			.param("experience", "REGULAR")
			.param("sensitivity", "NORMAL")
			.param("numbness", numbness)
			.param("fever", fever)
			.param("bloodThinners", thinners)
			.param("pregnant", pregnant);
	}

	private MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request).andReturn().getResponse();
	}

	@Test
	void anyoneSeesTheFormAndARecommendationWithTheEvidenceAndABookingLink() throws Exception {
		MockHttpServletResponse form = send(get("/which-massage"));
		assertThat(form.getStatus()).isEqualTo(200);
		assertThat(form.getContentAsString()).contains("Which massage is right for my back?").contains("blood thinners");
		MockHttpServletResponse result = send(answers("20", "FIRM", "no", "no", "no", "no"));
		assertThat(result.getStatus()).isEqualTo(200);
		assertThat(result.getContentAsString()).contains("Deep tissue").contains("Cherkin 2011")
			.contains("Book a free consultation").contains("href=\"/book\"");
	}

	@Test
	void bloodThinnersMeanGentleApproachesOnly() throws Exception {
		String html = send(answers("20", "FIRM", "no", "no", "yes", "no")).getContentAsString();
		assertThat(html).contains("only suggest gentle approaches").doesNotContain("Deep tissue").doesNotContain("Trigger-point");
	}

	@Test
	void redFlagsShowDoctorOrEmergencyWordingInsteadOfARecommendation() throws Exception {
		String emergency = send(answers("2", "MEDIUM", "yes", "no", "no", "no")).getContentAsString();
		assertThat(emergency).contains("call emergency services").doesNotContain("What might suit you");
		String fever = send(answers("2", "MEDIUM", "no", "yes", "no", "no")).getContentAsString();
		assertThat(fever).contains("Please see a doctor first").doesNotContain("What might suit you");
		String pregnant = send(answers("2", "MEDIUM", "no", "no", "no", "yes")).getContentAsString();
		assertThat(pregnant).contains("doctor or midwife").doesNotContain("What might suit you");
	}

	@Test
	void missingOrBadAnswersAreNamedNeverA500() throws Exception {
		MockHttpServletResponse bad = send(post("/which-massage").with(csrf()).param("weeks", "-3").param("goal", "FUN"));
		assertThat(bad.getStatus()).isEqualTo(200);
		assertThat(bad.getContentAsString()).contains("from 0 to 5200").contains("Please choose what you most want.")
			.contains("Please answer yes or no.").doesNotContain("What might suit you");
		assertThat(send(answers("many", "FIRM", "no", "no", "no", "no")).getContentAsString())
			.contains("whole number of weeks");
	}

	@Test
	void csrfStaysOn() throws Exception {
		assertThat(send(post("/which-massage").param("weeks", "3")).getStatus()).isEqualTo(403);
	}
}
