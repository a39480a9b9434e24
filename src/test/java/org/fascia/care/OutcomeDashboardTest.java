package org.fascia.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fascia.audit.AuditLog;
import org.fascia.booking.Actor;
import org.fascia.clinic.ClinicTime;
import org.fascia.identity.Account;
import org.fascia.identity.FasciaUser;
import org.fascia.identity.Role;
import org.fascia.clinic.ClinicCatalog;
import org.fascia.support.TestAccounts;
import org.fascia.outcomes.Instrument;
import org.fascia.outcomes.OutcomeResponses;
import org.fascia.outcomes.OutcomeRound;
import org.fascia.outcomes.OutcomeSource;
import org.fascia.support.ApiClient;
import org.fascia.support.FasciaIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;

/**
 * The owner's outcome dashboard ({@code GET /admin/outcomes}) and its JSON twin ({@code GET
 * /api/v1/reports/outcomes}) on real care plans booked through {@link CarePlans} and NPRS scores stored through
 * {@link OutcomeResponses#record}: the counts by therapist and by approach, a client without a baseline, "—" for a
 * visit nobody has reached, one audit row per view, and 403 for everyone but the owner.
 */
@FasciaIntegrationTest
@Import({ SelfCareFixture.class, CarePlanFixture.class })
class OutcomeDashboardTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	SelfCareFixture fixture;

	@Autowired
	CarePlanFixture plansFixture;

	@Autowired
	CarePlans plans;

	@Autowired
	OutcomeResponses responses;

	@Autowired
	ClinicTime clinicTime;

	@Autowired
	AuditLog audit;

	@Autowired
	TestAccounts accounts;

	@Autowired
	ClinicCatalog catalog;

	/** A therapist account with a therapist record of its own name (the test accounts all share one). */
	private FasciaUser therapist(String name) {
		Account account = accounts.create(Role.THERAPIST);
		String unique = name + " " + account.id();
		catalog.addTherapist(account.id(), unique, null);
		return new FasciaUser(account.id(), account.email(), unique, Role.THERAPIST, null, true, false);
	}

	/** A client with a plan of {@code sessions} booked with the therapist, a baseline and one NPRS per visit. */
	private long treatedClient(FasciaUser therapist, String approach, int baseline, int... visits) {
		SelfCareFixture.Client client = fixture.client();
		FasciaUser owner = fixture.owner();
		CarePlanFixture.Bookable b = plansFixture.bookable(therapist);
		CarePlan plan = plansFixture.plan(client.id(), approach, visits.length, 1, owner.id());
		CarePlan booked = plans.book(client.id(), plan.id(), b.therapistId(), b.serviceId(),
				plansFixture.firstSlot(b, clinicTime.today().plusDays(1)).start(), Actor.staff(owner.id(), true));
		nprs(client.id(), OutcomeRound.BASELINE, null, baseline, owner);
		for (int i = 0; i < visits.length; i++) {
			nprs(client.id(), OutcomeRound.VISIT, booked.appointmentIds().get(i), visits[i], owner);
		}
		return client.id();
	}

	private void nprs(long clientId, OutcomeRound round, Long appointmentId, int pain, FasciaUser by) {
		responses.record(clientId, new OutcomeResponses.NewResponse(Instrument.NPRS, round, appointmentId, null,
				Map.of("pain", pain), OutcomeSource.SESSION, by.id()));
	}

	private JsonNode api(FasciaUser as) throws Exception {
		return ApiClient.as(mvc, as.account()).get("/api/v1/reports/outcomes").expect(200).body();
	}

	private static JsonNode row(JsonNode rows, String label) {
		for (JsonNode row : rows) {
			if (row.get("label").asString().equals(label)) {
				return row;
			}
		}
		throw new AssertionError("no row " + label + " in " + rows);
	}

	private static String counts(JsonNode row) {
		StringBuilder s = new StringBuilder();
		for (JsonNode share : row.get("shares")) {
			s.append(share.get("reached").asInt()).append('/').append(share.get("clients").asInt()).append(' ');
		}
		return s.toString().trim();
	}

	/** The cells of the table row headed {@code label} in the table {@code id}, as text. */
	private static List<String> cells(String page, String id, String label) {
		String table = page.substring(page.indexOf("id=\"" + id + "\""));
		table = table.substring(0, table.indexOf("</table>"));
		Matcher row = Pattern.compile("<th scope=\"row\" role=\"rowheader\">" + Pattern.quote(label) + "</th>(.*?)</tr>", Pattern.DOTALL)
			.matcher(table);
		assertThat(row.find()).as("row %s in %s", label, id).isTrue();
		Matcher cell = Pattern.compile("<td[^>]*>(.*?)</td>", Pattern.DOTALL).matcher(row.group(1));
		List<String> cells = new java.util.ArrayList<>();
		while (cell.find()) {
			cells.add(cell.group(1).replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").trim());
		}
		return cells;
	}

	@Test
	void theOwnerSeesTheSharesByTherapistAndByApproachWithTheCountsBehindThem() throws Exception {
		FasciaUser owner = fixture.owner();
		JsonNode before = api(owner);

		FasciaUser first = therapist("Maya");
		FasciaUser second = therapist("Tom");
		// falls 2 points at visit 4: reached by 4
		treatedClient(first, "SWEDISH", 6, 6, 6, 6, 4);
		// 3 -> 2 at visit 5 (1 point, but 33%): not by 4, by 6
		treatedClient(second, "MYOFASCIAL_RELEASE", 3, 3, 3, 3, 3, 2, 3);
		// 7 throughout: 0 of 1 by 4
		treatedClient(second, "SWEDISH", 7, 7, 7, 7, 7);
		// a plan (not booked) and no pain score at all: counted apart as without a baseline
		SelfCareFixture.Client unscored = fixture.client();
		plansFixture.plan(unscored.id(), "SWEDISH", 10, 1, owner.id());

		JsonNode report = api(owner);
		assertThat(report.get("measure").asString()).isEqualTo("NPRS");
		assertThat(report.get("source").asString()).isEqualTo("Ostelo 2008 consensus; Childs 2005");
		assertThat(counts(row(report.get("byTherapist"), first.displayName()))).isEqualTo("1/1 0/0 0/0");
		assertThat(counts(row(report.get("byTherapist"), second.displayName()))).isEqualTo("0/2 1/1 0/0");
		JsonNode overall = report.get("overall");
		assertThat(overall.get("clients").asInt()).isEqualTo(before.get("overall").get("clients").asInt() + 4);
		assertThat(overall.get("noBaseline").asInt()).isEqualTo(before.get("overall").get("noBaseline").asInt() + 1);
		JsonNode was = before.get("overall").get("shares");
		JsonNode now = overall.get("shares");
		assertThat(now.get(0).get("clients").asInt() - was.get(0).get("clients").asInt()).as("by visit 4").isEqualTo(3);
		assertThat(now.get(0).get("reached").asInt() - was.get(0).get("reached").asInt()).isEqualTo(1);
		assertThat(now.get(1).get("clients").asInt() - was.get(1).get("clients").asInt()).as("by visit 6").isEqualTo(1);
		assertThat(now.get(1).get("reached").asInt() - was.get(1).get("reached").asInt()).isEqualTo(1);
		JsonNode shareOfFirst = row(report.get("byTherapist"), first.displayName()).get("shares");
		assertThat(shareOfFirst.get(0).get("percent").asInt()).isEqualTo(100);
		assertThat(shareOfFirst.get(1).get("percent").isNull()).as("nobody has had visit 6").isTrue();

		long audited = audit.forSubject("clinic", "outcomes").size();
		MockHttpServletResponse response = mvc.perform(get("/admin/outcomes").with(user(owner))).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(audit.forSubject("clinic", "outcomes")).as("one audit row per view, not one per client")
			.hasSize((int) audited + 1);
		String page = response.getContentAsString();
		assertThat(cells(page, "shares-therapist", first.displayName()))
			.containsExactly("1", "1 of 1 (100%)", "— no client has reached visit 6 yet", "— no client has reached visit 10 yet");
		assertThat(cells(page, "shares-therapist", second.displayName()))
			.containsExactly("2", "0 of 2 (0%)", "1 of 1 (100%)", "— no client has reached visit 10 yet");
		assertThat(cells(page, "shares-therapist", org.fascia.platform.Words.standalone().text("care.shares.notBooked")).get(0)).contains("without a baseline");
		assertThat(page).contains("<caption class=\"visually-hidden\">All back-pain clients: reached the MCID by visit 4, 6 and 10</caption>")
			.contains("<th scope=\"col\" role=\"columnheader\">By visit 4</th>").contains("<th scope=\"col\" role=\"columnheader\">By visit 10</th>")
			.contains("<th scope=\"row\" role=\"rowheader\">Myofascial release</th>")
			.contains("Ostelo 2008 consensus; Childs 2005")
			.contains("at least 2 points, or of at least 30% of the starting point")
			.contains("PEG and PSFS are not counted here");
		JsonNode myofascial = row(report.get("byApproach"), Approach.MYOFASCIAL_RELEASE.label());
		String share = myofascial.get("shares").get(1).get("reached").asInt() + " of "
				+ myofascial.get("shares").get(1).get("clients").asInt();
		assertThat(cells(page, "shares-approach", "Myofascial release").get(2)).startsWith(share);
	}

	@Test
	void onlyTheOwnerSeesIt() throws Exception {
		FasciaUser therapist = fixture.therapist();
		SelfCareFixture.Client client = fixture.client();
		for (FasciaUser who : List.of(therapist, fixture.frontDesk(), client.user())) {
			assertThat(mvc.perform(get("/admin/outcomes").with(user(who))).andReturn().getResponse().getStatus())
				.as("page for %s", who.role()).isEqualTo(403);
		}
		for (FasciaUser who : List.of(therapist, fixture.frontDesk(), client.user())) {
			ApiClient.as(mvc, who.account()).get("/api/v1/reports/outcomes").expect(403);
		}
		assertThat(mvc.perform(get("/api/v1/reports/outcomes")).andReturn().getResponse().getStatus()).isEqualTo(401);
	}

	@Test
	void theNavigationLeadsTheOwnerThere() throws Exception {
		String page = mvc.perform(get("/dashboard").with(user(fixture.owner()))).andReturn().getResponse()
			.getContentAsString();
		assertThat(page).contains("href=\"/admin/outcomes\"");
		String therapists = mvc.perform(get("/dashboard").with(user(fixture.therapist()))).andReturn().getResponse()
			.getContentAsString();
		assertThat(therapists).doesNotContain("href=\"/admin/outcomes\"");
	}

}
