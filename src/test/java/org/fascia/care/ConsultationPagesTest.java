package org.fascia.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;

import org.fascia.audit.AuditLog;
import org.fascia.identity.FasciaUser;
import org.fascia.support.FasciaIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The consultation page: saved with the client's current cautions (which win: NO_DEEP_PRESSURE never
 * gets deep tissue, whatever the client prefers), shown in plain words with the evidence note and the
 * way to a care plan, listed latest first, refused field by field, and only for the owner and the
 * client's therapist. The public read API gives the latest one.
 */
@FasciaIntegrationTest
@Import({ SelfCareFixture.class, CarePlanFixture.class })
class ConsultationPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	SelfCareFixture fixture;

	@Autowired
	Consultations consultations;

	@Autowired
	AuditLog audit;

	MockHttpServletResponse send(MockHttpServletRequestBuilder request, FasciaUser as) throws Exception {
		return mvc.perform(request.with(user(as)).with(csrf())).andReturn().getResponse();
	}

	MockHttpServletRequestBuilder consult(long clientId, String goal, String pressure) {
		return post("/clients/" + clientId + "/consultation").param("duration", "20").param("unit", "weeks")
			.param("goal", goal).param("activity", "Five-a-side football").param("pressure", pressure)
			.param("experience", "REGULAR").param("sensitivity", "NORMAL");
	}

	@Test
	void cautionsWinAndTheAdviceIsStoredWithTheCautionsUsed() throws Exception {
		SelfCareFixture.Client client = fixture.client();
		fixture.cautions(client.id(), "NO_DEEP_PRESSURE");
		FasciaUser therapist = fixture.therapist();
		fixture.treated(therapist, client.id());

		MockHttpServletResponse saved = send(consult(client.id(), "RELIEF", "FIRM"), therapist);
		assertThat(saved.getStatus()).isEqualTo(302);
		Consultation c = consultations.list(client.id()).get(0);
		assertThat(saved.getRedirectedUrl()).isEqualTo("/clients/" + client.id() + "/consultation?show=" + c.id() + "#result");
		assertThat(c.approach()).isNotIn(Approach.DEEP_TISSUE, Approach.TRIGGER_POINT);
		assertThat(c.alternatives()).extracting(Recommendation.Alternative::approach)
			.doesNotContain(Approach.DEEP_TISSUE, Approach.TRIGGER_POINT);
		assertThat(c.cautionCodes()).containsExactly("NO_DEEP_PRESSURE");
		assertThat(c.painDurationDays()).isEqualTo(140);
		assertThat(c.activity()).as("only kept for a return-to-activity goal").isNull();
		assertThat(c.evidenceNote()).contains("Cherkin 2011");
		assertThat(c.createdBy()).isEqualTo(therapist.id());

		String page = send(get("/clients/" + client.id() + "/consultation").param("show", String.valueOf(c.id())),
				therapist).getContentAsString();
		assertThat(page).contains(c.approach().label()).contains("Cherkin 2011").contains("What the research says")
			.contains("Create a care plan from this consultation")
			.contains("/clients/" + client.id() + "/care-plans/new?consultation=" + c.id())
			.contains("NO_DEEP_PRESSURE");
		assertThat(audit.forSubject("client", String.valueOf(client.id()))).extracting(e -> e.action())
			.contains("CONSULTATION_RECORDED", "CONSULTATION_READ");
	}

	@Test
	void consultationsAreListedLatestFirstAndTheLatestIsPublic() throws Exception {
		SelfCareFixture.Client client = fixture.client();
		FasciaUser owner = fixture.owner();
		assertThat(consultations.latestConsultation(client.id())).isEmpty();
		send(consult(client.id(), "RELAXATION", "LIGHT"), owner);
		send(consult(client.id(), "RETURN_TO_ACTIVITY", "FIRM"), owner);

		List<Consultation> list = consultations.list(client.id());
		assertThat(list).extracting(Consultation::goal).containsExactly(RecommendationRequest.Goal.RETURN_TO_ACTIVITY,
				RecommendationRequest.Goal.RELAXATION);
		assertThat(list.get(0).activity()).isEqualTo("Five-a-side football");
		ConsultationSummary latest = consultations.latestConsultation(client.id()).orElseThrow();
		assertThat(latest.pressurePreference()).isEqualTo(RecommendationRequest.Pressure.FIRM);
		assertThat(latest.sensitivity()).isEqualTo(RecommendationRequest.Sensitivity.NORMAL);
		assertThat(latest.goal()).isEqualTo(RecommendationRequest.Goal.RETURN_TO_ACTIVITY);
		assertThat(latest.recommendedApproach()).isEqualTo(list.get(0).approach());
		assertThat(latest.pressureText(org.fascia.platform.Words.standalone())).isEqualTo("firm pressure");

		String page = send(get("/clients/" + client.id() + "/consultation"), owner).getContentAsString();
		assertThat(page.indexOf("Back to an activity: Five-a-side football")).isLessThan(page.lastIndexOf("To relax"))
			.isPositive();
	}

	@Test
	void missingAnswersAreNamedAndNothingIsStored() throws Exception {
		SelfCareFixture.Client client = fixture.client();
		MockHttpServletResponse refused = send(post("/clients/" + client.id() + "/consultation")
			.param("duration", "a while").param("unit", "weeks"), fixture.owner());
		assertThat(refused.getStatus()).isEqualTo(400);
		assertThat(refused.getContentAsString()).contains("Enter a whole number of weeks")
			.contains("Choose the client&#39;s goal.").contains("Choose the pressure the client prefers.")
			.contains("Choose how sensitive the client is.").contains("Nothing was saved");
		assertThat(consultations.list(client.id())).isEmpty();
	}

	@Test
	void onlyTheOwnerAndTheClientsTherapist() throws Exception {
		SelfCareFixture.Client client = fixture.client();
		FasciaUser therapist = fixture.therapist();
		fixture.treated(therapist, client.id());
		String path = "/clients/" + client.id() + "/consultation";
		assertThat(send(get(path), therapist).getStatus()).isEqualTo(200);
		assertThat(send(get(path), fixture.owner()).getStatus()).isEqualTo(200);
		assertThat(send(get(path), fixture.therapist()).getStatus()).as("a therapist who does not treat the client")
			.isEqualTo(403);
		assertThat(send(consult(client.id(), "RELIEF", "FIRM"), fixture.therapist()).getStatus()).isEqualTo(403);
		assertThat(send(get(path), fixture.frontDesk()).getStatus()).isEqualTo(403);
		assertThat(send(get(path), client.user()).getStatus()).isEqualTo(403);
		assertThat(send(get("/clients/999999/consultation"), fixture.owner()).getStatus()).isEqualTo(404);
		assertThat(consultations.list(client.id())).isEmpty();
	}

}
