package org.fascia.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;

import org.fascia.clinic.ClinicTime;
import org.fascia.identity.FasciaUser;
import org.fascia.support.FasciaIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The pages: the therapist's program page (only for clients they treat; the owner sees all; never the
 * front desk), the client's portal page and its ticks (own only, with and without htmx) and the
 * library page with its messages.
 */
@FasciaIntegrationTest
@Import(SelfCareFixture.class)
class SelfCarePagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	SelfCareFixture fixture;

	@Autowired
	SelfCarePrograms programs;

	@Autowired
	ClinicTime clinicTime;

	MockHttpServletResponse send(MockHttpServletRequestBuilder request, FasciaUser as) throws Exception {
		return mvc.perform(request.with(user(as)).with(csrf())).andReturn().getResponse();
	}

	@Test
	void theTherapistSeesAdherenceAndCautionsOfAClientTheyTreat() throws Exception {
		SelfCareFixture.Client client = fixture.client();
		fixture.cautions(client.id(), "NO_SPINAL_MANIPULATION", "NO_AGGRESSIVE_LUMBAR_PRESSURE");
		FasciaUser therapist = fixture.therapist();
		fixture.treated(therapist, client.id());
		LocalDate today = clinicTime.today();
		SelfCareAssignment a = programs.assign(client.id(), new SelfCareAssignmentForm(
				String.valueOf(fixture.item("WALKING").id()), "", "7", today.minusDays(3).toString(), ""), therapist.id());
		programs.tick(client.id(), a.id(), today, true);
		programs.tick(client.id(), a.id(), today.minusDays(2), true);
		programs.tick(client.id(), a.id(), today.minusDays(3), true);

		MockHttpServletResponse page = send(get("/clients/" + client.id() + "/self-care"), therapist);
		assertThat(page.getStatus()).isEqualTo(200);
		assertThat(page.getContentAsString()).contains("Walking")
			.contains("75%")
			.contains("3 of 4 prescribed days")
			.contains("NO_AGGRESSIVE_LUMBAR_PRESSURE")
			.contains("Hamstring active isolated stretch — 8–10 lifts each leg, holding 2 s, daily (conflicts with "
					+ "NO_AGGRESSIVE_LUMBAR_PRESSURE)");

		assertThat(send(get("/clients/" + client.id() + "/self-care"), fixture.owner()).getStatus()).isEqualTo(200);
		assertThat(send(get("/clients/" + client.id() + "/self-care"), fixture.therapist()).getStatus())
			.as("a therapist who does not treat the client").isEqualTo(403);
		assertThat(send(get("/clients/" + client.id() + "/self-care"), fixture.frontDesk()).getStatus()).isEqualTo(403);
		assertThat(send(get("/clients/" + client.id() + "/self-care"), client.user()).getStatus()).isEqualTo(403);
	}

	@Test
	void assigningOnThePageAndTheRefusalNamingTheCaution() throws Exception {
		SelfCareFixture.Client client = fixture.client();
		fixture.cautions(client.id(), "NO_AGGRESSIVE_LUMBAR_PRESSURE");
		FasciaUser therapist = fixture.therapist();
		fixture.treated(therapist, client.id());

		MockHttpServletResponse refused = send(post("/clients/" + client.id() + "/self-care")
			.param("itemId", String.valueOf(fixture.item("HAMSTRING_AIS").id()))
			.param("startDate", clinicTime.today().toString()), therapist);
		assertThat(refused.getStatus()).isEqualTo(422);
		assertThat(refused.getContentAsString()).contains("can’t be assigned")
			.contains("NO_AGGRESSIVE_LUMBAR_PRESSURE");

		MockHttpServletResponse invalid = send(post("/clients/" + client.id() + "/self-care")
			.param("itemId", "")
			.param("daysPerWeek", "12")
			.param("startDate", "soon"), therapist);
		assertThat(invalid.getStatus()).isEqualTo(400);
		assertThat(invalid.getContentAsString()).contains("Choose an item from the self-care library.")
			.contains("a whole number from 1 to 7")
			.contains("Enter the date as YYYY-MM-DD");

		MockHttpServletResponse added = send(post("/clients/" + client.id() + "/self-care")
			.param("itemId", String.valueOf(fixture.item("WALKING").id()))
			.param("dose", "20 minutes, 5 days a week")
			.param("startDate", clinicTime.today().toString()), therapist);
		assertThat(added.getStatus()).isEqualTo(302);
		assertThat(programs.program(client.id()).assignments()).extracting(SelfCareAssignment::dose)
			.containsExactly("20 minutes, 5 days a week");

		long id = programs.program(client.id()).assignments().get(0).id();
		assertThat(send(post("/clients/" + client.id() + "/self-care/" + id + "/remove"), therapist).getStatus())
			.isEqualTo(302);
		assertThat(programs.program(client.id()).assignments()).isEmpty();
		assertThat(send(post("/clients/" + client.id() + "/self-care/" + id + "/remove"), therapist).getStatus())
			.isEqualTo(404);
	}

	@Test
	void theClientTicksTheirOwnDaysWithAndWithoutHtmx() throws Exception {
		SelfCareFixture.Client client = fixture.client();
		FasciaUser therapist = fixture.therapist();
		LocalDate today = clinicTime.today();
		SelfCareAssignment a = programs.assign(client.id(), new SelfCareAssignmentForm(
				String.valueOf(fixture.item("BREATHING_RELAXATION").id()), "", "", today.minusDays(1).toString(), ""),
				therapist.id());

		MockHttpServletResponse page = send(get("/portal/self-care"), client.user());
		assertThat(page.getStatus()).isEqualTo(200);
		assertThat(page.getContentAsString()).contains("Breathing and relaxation").contains("aria-pressed=\"false\"")
			.contains("hx-post=\"/portal/self-care/" + a.id() + "/days\"");

		MockHttpServletResponse plain = send(post("/portal/self-care/" + a.id() + "/days")
			.param("date", today.toString()).param("done", "true"), client.user());
		assertThat(plain.getStatus()).isEqualTo(302);
		assertThat(plain.getRedirectedUrl()).isEqualTo("/portal/self-care#assignment-" + a.id());

		MockHttpServletResponse htmx = send(post("/portal/self-care/" + a.id() + "/days")
			.header("HX-Request", "true").param("date", today.minusDays(1).toString()).param("done", "true"),
				client.user());
		assertThat(htmx.getStatus()).isEqualTo(200);
		assertThat(htmx.getContentAsString()).startsWith("<li").contains("id=\"assignment-" + a.id() + "\"")
			.doesNotContain("<html").contains("aria-pressed=\"true\"");
		assertThat(programs.program(client.id()).assignments().get(0).doneDates())
			.containsExactlyInAnyOrder(today, today.minusDays(1));

		MockHttpServletResponse tooEarly = send(post("/portal/self-care/" + a.id() + "/days")
			.header("HX-Request", "true").param("date", today.minusDays(2).toString()).param("done", "true"),
				client.user());
		assertThat(tooEarly.getContentAsString()).contains("starts on");

		MockHttpServletResponse untick = send(post("/portal/self-care/" + a.id() + "/days")
			.param("date", today.toString()).param("done", "false"), client.user());
		assertThat(untick.getStatus()).isEqualTo(302);
		assertThat(programs.program(client.id()).assignments().get(0).doneDates()).containsExactly(today.minusDays(1));
	}

	@Test
	void aClientCanNeverTickAnotherClientsAssignmentOnThePage() throws Exception {
		SelfCareFixture.Client owner = fixture.client();
		SelfCareFixture.Client other = fixture.client();
		SelfCareAssignment a = programs.assign(owner.id(), new SelfCareAssignmentForm(
				String.valueOf(fixture.item("WALKING").id()), "", "", "", ""), fixture.therapist().id());
		MockHttpServletResponse response = send(post("/portal/self-care/" + a.id() + "/days")
			.param("date", clinicTime.today().toString()).param("done", "true"), other.user());
		assertThat(response.getStatus()).isEqualTo(404);
		response = send(post("/portal/self-care/" + a.id() + "/days").header("HX-Request", "true")
			.param("date", clinicTime.today().toString()).param("done", "true"), other.user());
		assertThat(response.getStatus()).isEqualTo(404);
		assertThat(programs.program(owner.id()).assignments().get(0).doneDates()).isEmpty();
		assertThat(send(get("/portal/self-care"), other.user()).getContentAsString()).doesNotContain("Walking");
	}

	@Test
	void theClientOptsInToTheWeeklyReminder() throws Exception {
		SelfCareFixture.Client client = fixture.client();
		assertThat(send(post("/portal/self-care/reminders").param("weekly", "true"), client.user()).getStatus())
			.isEqualTo(302);
		assertThat(programs.weeklyReminder(client.id())).isTrue();
		assertThat(send(post("/portal/self-care/reminders"), client.user()).getStatus()).isEqualTo(302);
		assertThat(programs.weeklyReminder(client.id())).isFalse();
	}

	@Test
	void theLibraryPageListsAddsEditsAndDeactivatesWithMessages() throws Exception {
		FasciaUser therapist = fixture.therapist();
		MockHttpServletResponse list = send(get("/admin/self-care"), therapist);
		assertThat(list.getStatus()).isEqualTo(200);
		assertThat(list.getContentAsString()).contains("Knee-to-chest stretch").contains("Heat wrap")
			.contains("Pocovi et al., The Lancet 2024");

		MockHttpServletResponse bad = send(post("/admin/self-care/new").param("name", "Back belt")
			.param("category", "").param("daysPerWeek", "0"), therapist);
		assertThat(bad.getStatus()).isEqualTo(400);
		assertThat(bad.getContentAsString()).contains("NICE advises against belts")
			.contains("Choose a category.")
			.contains("a whole number from 1 to 7")
			.contains("Nothing was saved");

		String name = "Seated piriformis stretch " + System.nanoTime();
		MockHttpServletResponse added = send(post("/admin/self-care/new").param("name", name)
			.param("category", "STRETCH")
			.param("instructions", "Sit tall, ankle on the opposite knee, lean forward a little.")
			.param("dose", "Hold 30 s, twice each side, daily")
			.param("daysPerWeek", "7")
			.param("conflicts", "AVOID_INCISION")
			.param("conflictNote", "After surgery the surgical team's advice comes first.")
			.param("evidenceNote", "No trial tests it on its own.")
			.param("evidenceSource", "NICE NG59 (2016, updated 2020)"), fixture.owner());
		assertThat(added.getStatus()).isEqualTo(302);
		SelfCareItem item = fixture.library().all().stream().filter(i -> i.name().equals(name)).findFirst().orElseThrow();
		assertThat(item.conflicts()).containsExactly("AVOID_INCISION");

		MockHttpServletResponse edit = send(get("/admin/self-care/" + item.id()), therapist);
		assertThat(edit.getContentAsString()).contains(name).contains("value=\"AVOID_INCISION\" checked");

		assertThat(send(post("/admin/self-care/" + item.id() + "/active").param("active", "false"), therapist)
			.getStatus()).isEqualTo(302);
		assertThat(fixture.library().find(item.id()).orElseThrow().active()).isFalse();
		assertThat(send(get("/admin/self-care/999999"), therapist).getStatus()).isEqualTo(404);
		assertThat(send(get("/admin/self-care"), fixture.frontDesk()).getStatus()).isEqualTo(403);
	}

}
