package org.fascia.charting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.fascia.identity.FasciaUser;
import org.fascia.support.FasciaIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Note templates: a service without one starts from the starter of its kind (by name), the owner writes
 * the service's own at /admin/note-templates and a new note starts from it; too long a section is named.
 */
@FasciaIntegrationTest
@Import(NoteFixture.class)
class NoteTemplatePagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	NoteFixture fixture;

	@Autowired
	NoteTemplates templates;

	@Autowired
	JdbcClient jdbc;

	MockHttpServletResponse send(MockHttpServletRequestBuilder request, FasciaUser as) throws Exception {
		return mvc.perform(request.with(user(as)).with(csrf())).andReturn().getResponse();
	}

	@Test
	void startersByKindOfServiceAndTheOwnersOwnTemplate() throws Exception {
		assertThat(templates.starter("Swedish massage (60 min)").subjective()).contains("Stress and sleep");
		assertThat(templates.starter("Myofascial release (45 min)").objective()).contains("Restricted areas");
		assertThat(templates.starter("Free back-pain consultation (15 min)").subjective()).contains("Reason for coming");
		assertThat(templates.starter("Hot stones").subjective()).isEqualTo("Since last visit:");

		NoteFixture.Client client = fixture.client();
		FasciaUser therapist = fixture.therapist();
		long appointment = fixture.appointment(therapist, client.id(), 0);
		long service = jdbc.sql("select service_id from appointment where id = :id").param("id", appointment)
			.query(Long.class).single();
		FasciaUser owner = fixture.owner();

		assertThat(send(get("/admin/note-templates"), owner).getContentAsString()).contains("Starter text");
		assertThat(send(get("/admin/note-templates/" + service), owner).getContentAsString())
			.contains("Soreness after the last session");
		MockHttpServletResponse tooLong = send(post("/admin/note-templates/" + service).param("subjective", "x".repeat(4001))
			.param("objective", "").param("assessment", "").param("plan", ""), owner);
		assertThat(tooLong.getStatus()).isEqualTo(400);
		assertThat(tooLong.getContentAsString()).contains("Keep each section to 4000 characters.");
		MockHttpServletResponse saved = send(post("/admin/note-templates/" + service)
			.param("subjective", "How was the week at work?")
			.param("objective", "Lumbar range:")
			.param("assessment", "Responder?")
			.param("plan", "Next: "), owner);
		assertThat(saved.getStatus()).isEqualTo(302);
		assertThat(send(get("/appointments/" + appointment + "/note"), therapist).getContentAsString())
			.contains("How was the week at work?")
			.contains("Lumbar range:");
		assertThat(send(get("/admin/note-templates"), therapist).getStatus()).isEqualTo(403);
		assertThat(send(get("/admin/note-templates/999999"), owner).getStatus()).isEqualTo(404);
	}

}
