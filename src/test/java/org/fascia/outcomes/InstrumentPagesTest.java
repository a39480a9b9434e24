package org.fascia.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.nio.charset.StandardCharsets;

import org.fascia.identity.FasciaUser;
import org.fascia.identity.Role;
import org.fascia.support.FasciaIntegrationTest;
import org.fascia.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** The owner's instruments page: every instrument with its wording status and licence; the import form. */
@FasciaIntegrationTest
class InstrumentPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	MockHttpServletResponse upload(FasciaUser owner, String json) throws Exception {
		return mvc.perform(multipart("/admin/instruments")
			.file(new MockMultipartFile("definition", "definition.json", "application/json", json.getBytes(StandardCharsets.UTF_8)))
			.with(csrf())
			.with(user(owner))).andReturn().getResponse();
	}

	@Test
	void listsEveryInstrumentWithItsLicenceAndWhetherItsWordingIsThere() throws Exception {
		FasciaUser owner = accounts.principal(Role.OWNER);
		MockHttpServletResponse page = mvc.perform(get("/admin/instruments").with(user(owner))).andReturn().getResponse();
		assertThat(page.getStatus()).isEqualTo(200);
		String html = page.getContentAsString();
		assertThat(html).contains("Pain rating (NPRS)", "Oswestry disability index v2.1a (ODI)", "Keele STarT Back screening tool")
			.contains("© Fairbank, distributed under licence (fees may apply)")
			.contains("Keele: free for non-commercial use, items must not be modified")
			.contains("Scoring only").contains("Import the wording below")
			.contains("Built in")
			.contains("name=\"_csrf\"");
	}

	@Test
	void theOwnerImportsADefinitionFile() throws Exception {
		FasciaUser owner = accounts.principal(Role.OWNER);
		String file = InstrumentDefinitionsTest.withText(InstrumentDefinitionsTest.file("startback.json")).toString();
		MockHttpServletResponse done = upload(owner, file);
		assertThat(done.getStatus()).isEqualTo(302);
		assertThat(done.getRedirectedUrl()).isEqualTo("/admin/instruments");
		String html = mvc.perform(get("/admin/instruments").with(user(owner))).andReturn().getResponse().getContentAsString();
		assertThat(html).contains("Imported");
	}

	@Test
	void aWrongFileIsShownWithWhatIsWrong() throws Exception {
		FasciaUser owner = accounts.principal(Role.OWNER);
		MockHttpServletResponse refused = upload(owner, InstrumentDefinitionsTest.file("odi.json").replace("\"s4\"", "\"s44\""));
		assertThat(refused.getStatus()).isEqualTo(400);
		assertThat(refused.getContentAsString()).contains("The definition file was not imported")
			.contains("item[3].linkId")
			.contains("is missing the items s4");
		MockHttpServletResponse empty = upload(owner, "");
		assertThat(empty.getStatus()).isEqualTo(400);
		assertThat(empty.getContentAsString()).contains("Choose the definition file");
	}

	@Test
	void aTherapistMayNotOpenIt() throws Exception {
		assertThat(mvc.perform(get("/admin/instruments").with(user(accounts.principal(Role.THERAPIST)))).andReturn()
			.getResponse().getStatus()).isEqualTo(403);
	}

}
