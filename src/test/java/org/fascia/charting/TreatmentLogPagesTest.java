package org.fascia.charting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.Map;

import org.fascia.identity.FasciaUser;
import org.fascia.support.FasciaIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The treatment-log page per role, its form without JavaScript (post and redirect) and with htmx (the panel
 * alone), refusals naming the caution, and the body map as rendered: every region exactly once on its view,
 * an accessible checkbox with a title, and the list of real checkboxes beside it.
 */
@FasciaIntegrationTest
@Import(ChartingFixture.class)
class TreatmentLogPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ChartingFixture fixture;

	MockHttpServletResponse send(MockHttpServletRequestBuilder request, FasciaUser as) throws Exception {
		return mvc.perform(request.with(user(as)).with(csrf())).andReturn().getResponse();
	}

	static MockHttpServletRequestBuilder entry(long appointment, String technique, String pressure, String comfort,
			String reduced, String... regions) {
		MockHttpServletRequestBuilder post = post("/appointments/" + appointment + "/treatment-log")
			.param("technique", technique)
			.param("pressure", pressure)
			.param("comfort", comfort)
			.param("reducedPressure", reduced);
		for (String region : regions) {
			post.param("regions", region);
		}
		return post;
	}

	@Test
	void theAppointmentsTherapistAndTheOwnerSeeThePageOthersAreRefused() throws Exception {
		ChartingFixture.Client client = fixture.client();
		fixture.cautions(client.id(), "NO_AGGRESSIVE_LUMBAR_PRESSURE");
		FasciaUser therapist = fixture.therapist();
		long appointment = fixture.appointment(therapist, client.id());
		String path = "/appointments/" + appointment + "/treatment-log";

		MockHttpServletResponse page = send(get(path), therapist);
		assertThat(page.getStatus()).isEqualTo(200);
		assertThat(page.getContentAsString()).contains("NO_AGGRESSIVE_LUMBAR_PRESSURE")
			.contains("At most 3 on Lower back, left, Lower back, right, Sacrum")
			.contains("Nothing logged yet.")
			.contains("hx-post=\"" + path + "\"")
			.contains("/js/body-map.js")
			.contains("/css/charting.css");
		assertThat(send(get(path), fixture.owner()).getStatus()).isEqualTo(200);
		assertThat(send(get(path), fixture.therapist()).getStatus()).as("a therapist who never treated the client")
			.isEqualTo(403);
		assertThat(send(get(path), fixture.frontDesk()).getStatus()).isEqualTo(403);
		assertThat(send(get(path), client.user()).getStatus()).isEqualTo(403);
		assertThat(send(get("/appointments/99999999/treatment-log"), fixture.owner()).getStatus()).isEqualTo(404);
		assertThat(send(entry(appointment, "SWEDISH", "2", "COMFORTABLE", "", "NECK"), fixture.frontDesk()).getStatus())
			.isEqualTo(403);
		assertThat(send(entry(appointment, "SWEDISH", "2", "COMFORTABLE", "", "NECK"), fixture.therapist()).getStatus())
			.isEqualTo(403);
		assertThat(fixture.entryCount(appointment)).isZero();
	}

	@Test
	void theBodyMapDrawsEveryRegionOnceOnItsViewAsAnAccessibleCheckboxWithTheListBeside() throws Exception {
		ChartingFixture.Client client = fixture.client();
		FasciaUser therapist = fixture.therapist();
		long appointment = fixture.appointment(therapist, client.id());
		String html = send(get("/appointments/" + appointment + "/treatment-log"), therapist).getContentAsString();

		List<List<RenderedSvg.Region>> maps = RenderedSvg.maps(html);
		assertThat(maps).as("nothing logged yet: only the editable map").hasSize(1);
		Map<String, String> views = RenderedSvg.viewByCode(maps.get(0));
		assertThat(views).hasSize(BodyRegion.values().length);
		for (BodyRegion region : BodyRegion.values()) {
			assertThat(views.get(region.code())).as(region.code()).isEqualTo(region.view().name());
		}
		for (RenderedSvg.Region r : maps.get(0)) {
			BodyRegion region = BodyRegion.ofCode(r.code()).orElseThrow();
			assertThat(r.title()).isEqualTo(region.plainName());
			assertThat(r.ariaLabel()).isEqualTo(region.plainName());
			assertThat(r.role()).isEqualTo("checkbox");
			assertThat(r.ariaChecked()).isEqualTo("false");
			assertThat(r.tabindex()).isEqualTo("0");
			assertThat(html).contains("<input type=\"checkbox\" id=\"regions-" + r.code() + "\" name=\"regions\" value=\""
					+ r.code() + "\"");
		}
		assertThat(html).contains("client’s right is on your left");
	}

	@Test
	void withoutJavaScriptTheFormPostsAndRedirectsWithHtmxThePanelIsSwapped() throws Exception {
		ChartingFixture.Client client = fixture.client();
		fixture.cautions(client.id(), "NO_AGGRESSIVE_LUMBAR_PRESSURE");
		FasciaUser therapist = fixture.therapist();
		long appointment = fixture.appointment(therapist, client.id());
		String path = "/appointments/" + appointment + "/treatment-log";

		MockHttpServletResponse plain = send(entry(appointment, "SWEDISH", "2", "COMFORTABLE", "", "NECK", "SACRUM"),
				therapist);
		assertThat(plain.getStatus()).isEqualTo(302);
		assertThat(plain.getRedirectedUrl()).isEqualTo(path);
		assertThat(fixture.entryCount(appointment)).isEqualTo(2);

		MockHttpServletResponse refused = send(entry(appointment, "DEEP_TISSUE", "5", "COMFORTABLE", "", "LOWER_BACK_R"),
				therapist);
		assertThat(refused.getStatus()).isEqualTo(422);
		assertThat(refused.getContentAsString()).contains("NO_AGGRESSIVE_LUMBAR_PRESSURE")
			.contains("Lower back, right")
			.contains("<html");
		assertThat(fixture.entryCount(appointment)).isEqualTo(2);

		MockHttpServletResponse invalid = send(entry(appointment, "DEEP_TISSUE", "4", "TOO_MUCH", "", "CALVES_L"),
				therapist);
		assertThat(invalid.getStatus()).isEqualTo(400);
		assertThat(invalid.getContentAsString()).contains("Too much: enter the pressure it was reduced to");

		MockHttpServletResponse htmx = send(entry(appointment, "DEEP_TISSUE", "4", "TOO_MUCH", "2", "CALVES_L")
			.header("HX-Request", "true"), therapist);
		assertThat(htmx.getStatus()).isEqualTo(200);
		String panel = htmx.getContentAsString();
		assertThat(panel).startsWith("<div id=\"treatment-log\"").doesNotContain("<html")
			.contains("Logged 1 entry: Calf, left.")
			.contains("Too much: reduced to 2");
		List<List<RenderedSvg.Region>> maps = RenderedSvg.maps(panel);
		assertThat(maps).hasSize(2);
		assertThat(maps.get(1).stream().filter(RenderedSvg.Region::marked).map(RenderedSvg.Region::code))
			.as("the regions worked, on the read-only map")
			.containsExactlyInAnyOrder("NECK", "SACRUM", "CALVES_L");
		assertThat(maps.get(1)).allMatch(r -> r.role() == null && r.tabindex() == null);

		MockHttpServletResponse htmxRefused = send(entry(appointment, "DEEP_TISSUE", "5", "COMFORTABLE", "", "SACRUM")
			.header("HX-Request", "true"), therapist);
		assertThat(htmxRefused.getStatus()).as("shown in place by htmx").isEqualTo(200);
		assertThat(htmxRefused.getContentAsString()).contains("tl-refusal").contains("NO_AGGRESSIVE_LUMBAR_PRESSURE");
		assertThat(RenderedSvg.maps(htmxRefused.getContentAsString()).get(0).stream()
			.filter(r -> "true".equals(r.ariaChecked()))
			.map(RenderedSvg.Region::code)).as("the selection is kept").containsExactly("SACRUM");
		assertThat(fixture.entryCount(appointment)).isEqualTo(3);

		String page = send(get(path), therapist).getContentAsString();
		assertThat(page).contains("Calf, left").contains("Sacrum").doesNotContain("Nothing logged yet.");
	}

	@Test
	void theNextSessionShowsWhatWasTooMuchBefore() throws Exception {
		ChartingFixture.Client client = fixture.client();
		FasciaUser therapist = fixture.therapist();
		long earlier = fixture.appointment(therapist, client.id());
		long later = fixture.appointmentAt(therapist, client.id(), java.time.Instant.now().minusSeconds(3600));
		assertThat(send(entry(earlier, "TRIGGER_POINT", "4", "TOO_MUCH", "2", "GLUTEAL_R"), therapist).getStatus())
			.isEqualTo(302);
		String page = send(get("/appointments/" + later + "/treatment-log"), therapist).getContentAsString();
		assertThat(page).contains("Gluteal, right: Trigger point at pressure 4 was too much, reduced to 2");
	}

}
