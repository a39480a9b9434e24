package org.fascia.charting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;

import org.fascia.audit.AuditEvent;
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
 * The client's pain map in the portal (their own only, saved with the date, earlier maps listed) and the
 * latest one read-only on the client record for the owner and the client's therapist, never the front desk.
 */
@FasciaIntegrationTest
@Import(ChartingFixture.class)
class PainMapPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ChartingFixture fixture;

	@Autowired
	PainMaps painMaps;

	@Autowired
	AuditLog audit;

	MockHttpServletResponse send(MockHttpServletRequestBuilder request, FasciaUser as) throws Exception {
		return mvc.perform(request.with(user(as)).with(csrf())).andReturn().getResponse();
	}

	@Test
	void theClientMarksTheirOwnPainMapAndSeesTheEarlierOnes() throws Exception {
		ChartingFixture.Client client = fixture.client();
		MockHttpServletResponse empty = send(get("/portal/pain-map"), client.user());
		assertThat(empty.getStatus()).isEqualTo(200);
		assertThat(RenderedSvg.maps(empty.getContentAsString()).get(0)).hasSize(BodyRegion.values().length)
			.allMatch(r -> "checkbox".equals(r.role()));
		assertThat(empty.getContentAsString()).contains("body-map-pain").contains("None yet.");

		MockHttpServletResponse saved = send(post("/portal/pain-map").param("regions", "LOWER_BACK_L", "SACRUM")
			.param("intensity", "6"), client.user());
		assertThat(saved.getStatus()).isEqualTo(302);
		assertThat(saved.getRedirectedUrl()).isEqualTo("/portal/pain-map");
		send(post("/portal/pain-map").param("regions", "NECK").param("intensity", ""), client.user());

		List<PainMap> history = painMaps.history(client.id());
		assertThat(history).hasSize(2);
		assertThat(history.get(0).codes()).containsExactly("NECK");
		assertThat(history.get(0).intensity()).isNull();
		assertThat(history.get(1).codes()).containsExactly("LOWER_BACK_L", "SACRUM");
		assertThat(history.get(1).intensity()).isEqualTo(6);
		assertThat(send(get("/portal/pain-map"), client.user()).getContentAsString()).contains("Lower back, left, Sacrum")
			.contains("6 out of 10");

		MockHttpServletResponse invalid = send(post("/portal/pain-map").param("regions", "ELBOW").param("intensity", "11"),
				client.user());
		assertThat(invalid.getStatus()).isEqualTo(400);
		assertThat(invalid.getContentAsString()).contains("Unknown body region ELBOW").contains("from 0 (none) to 10");
		assertThat(send(post("/portal/pain-map").param("intensity", "4"), client.user()).getStatus())
			.as("no region but pain").isEqualTo(400);
		assertThat(send(post("/portal/pain-map").param("intensity", "0"), client.user()).getStatus())
			.as("no pain at all is worth recording").isEqualTo(302);
		assertThat(painMaps.history(client.id())).hasSize(3);
		assertThat(audit.forSubject("client", String.valueOf(client.id()))).extracting(AuditEvent::action)
			.contains("PAIN_MAP_SAVED", "PAIN_MAP_READ");

		assertThat(send(get("/portal/pain-map"), fixture.therapist()).getStatus()).isEqualTo(403);
		assertThat(send(get("/portal/pain-map"), fixture.frontDesk()).getStatus()).isEqualTo(403);
	}

	@Test
	void staffWhoChartTheClientSeeTheLatestPainMapOnTheRecordTheFrontDeskDoesNot() throws Exception {
		ChartingFixture.Client client = fixture.client();
		FasciaUser therapist = fixture.therapist();
		long appointment = fixture.appointment(therapist, client.id());
		painMaps.save(client.id(), List.of("CALVES_R"), "3");
		painMaps.save(client.id(), List.of("GLUTEAL_L", "HAMSTRINGS_L"), "7");
		assertThat(painMaps.latest(client.id()).orElseThrow().codes()).containsExactly("GLUTEAL_L", "HAMSTRINGS_L");

		for (FasciaUser staff : List.of(therapist, fixture.owner())) {
			String record = send(get("/clients/" + client.id()), staff).getContentAsString();
			assertThat(record).contains("id=\"pain-map\"").contains("pain 7 out of 10")
				.contains("Gluteal, left, Hamstrings, left")
				.contains("/appointments/" + appointment + "/treatment-log");
			List<RenderedSvg.Region> map = RenderedSvg.maps(record).get(0);
			assertThat(map.stream().filter(RenderedSvg.Region::marked).map(RenderedSvg.Region::code))
				.containsExactlyInAnyOrder("GLUTEAL_L", "HAMSTRINGS_L");
			assertThat(map).allMatch(r -> r.role() == null);
		}
		for (FasciaUser other : List.of(fixture.frontDesk(), fixture.therapist())) {
			MockHttpServletResponse record = send(get("/clients/" + client.id()), other);
			assertThat(record.getStatus()).isEqualTo(200);
			assertThat(record.getContentAsString()).doesNotContain("id=\"pain-map\"").doesNotContain("bm-svg")
				.doesNotContain("/treatment-log");
		}
		assertThat(painMaps.visibleTo(client.user(), client.id())).isFalse();
	}

	@Test
	void theApiGivesTheMapsToTheClientThemselfAndToStaffWhoChartThem() throws Exception {
		ChartingFixture.Client client = fixture.client();
		FasciaUser therapist = fixture.therapist();
		fixture.appointment(therapist, client.id());
		painMaps.save(client.id(), List.of("SACRUM"), "5");
		String path = "/api/v1/clients/" + client.id() + "/pain-map";

		var own = org.fascia.support.ApiClient.as(mvc, client.user().account()).get(path).expect(200).body();
		assertThat(own.get("latest").get("regions").get(0).asString()).isEqualTo("SACRUM");
		assertThat(own.get("latest").get("intensity").asInt()).isEqualTo(5);
		assertThat(own.get("history")).hasSize(1);
		org.fascia.support.ApiClient.as(mvc, therapist.account()).get(path).expect(200);
		org.fascia.support.ApiClient.as(mvc, fixture.owner().account()).get(path).expect(200);
		org.fascia.support.ApiClient.as(mvc, fixture.therapist().account()).get(path).problem(403);
		org.fascia.support.ApiClient.as(mvc, fixture.frontDesk().account()).get(path).problem(403);
		org.fascia.support.ApiClient.as(mvc, fixture.client().user().account()).get(path).problem(404);
	}

}
