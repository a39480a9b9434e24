package org.fascia.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.fascia.booking.AppointmentView;
import org.fascia.booking.ClientAppointments;
import org.fascia.booking.Slot;
import org.fascia.clinic.ClinicTime;
import org.fascia.identity.FasciaUser;
import org.fascia.screening.Decision;
import org.fascia.support.FasciaIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

/**
 * Care plan pages: the form prefilled from the consultation with CARE.md's defaults, a plan saved with its
 * goals, cautions and self-care (assigned to the program), an approach a caution rules out refused naming
 * it, booking the plan as one series with the plan's count and interval (linked to the plan), the
 * screening gate's refusal shown with its reasons, progress from the session pain scores
 * (from the session notes: charting's SessionPainReadings) and access by role.
 */
@FasciaIntegrationTest
@Import({ SelfCareFixture.class, CarePlanFixture.class })
class CarePlanPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	SelfCareFixture fixture;

	@Autowired
	CarePlanFixture plansFixture;

	@Autowired
	CarePlans plans;

	@Autowired
	SelfCarePrograms programs;

	@Autowired
	ClientAppointments appointments;


	@Autowired
	ClinicTime clinicTime;

	MockHttpServletResponse send(MockHttpServletRequestBuilder request, FasciaUser as) throws Exception {
		return mvc.perform(request.with(user(as)).with(csrf())).andReturn().getResponse();
	}

	@Test
	void theFormStartsFromTheConsultationWithCareMdDefaults() throws Exception {
		SelfCareFixture.Client client = fixture.client();
		FasciaUser owner = fixture.owner();
		Consultation c = plansFixture.consultation(client.id(), "RETURN_TO_ACTIVITY", "MEDIUM", owner.id());
		LocalDate today = clinicTime.today();

		String page = send(get("/clients/" + client.id() + "/care-plans/new").param("consultation",
				String.valueOf(c.id())), owner).getContentAsString();
		assertThat(page.replaceAll("\\s+", " ")).contains("name=\"plannedSessions\" type=\"number\" inputmode=\"numeric\" min=\"1\" max=\"52\" step=\"1\" value=\"10\"")
			.contains("name=\"intervalWeeks\" type=\"number\" inputmode=\"numeric\" min=\"1\" max=\"12\" step=\"1\" value=\"1\"")
			.contains("value=\"" + today + "\"")
			.contains("value=\"" + today.plusWeeks(5) + "\"")
			.contains("value=\"≤ 3\"")
			.contains("value=\"Gardening\"")
			.contains("<option value=\"" + c.approach().name() + "\" selected=\"selected\"");
	}

	@Test
	void aPlanIsSavedWithGoalsCautionsAndSelfCare() throws Exception {
		SelfCareFixture.Client client = fixture.client();
		fixture.cautions(client.id(), "NO_AGGRESSIVE_LUMBAR_PRESSURE");
		FasciaUser therapist = fixture.therapist();
		fixture.treated(therapist, client.id());
		Consultation c = plansFixture.consultation(client.id(), "RELIEF", "MEDIUM", therapist.id());
		LocalDate today = clinicTime.today();
		long walking = fixture.item("WALKING").id();

		MockHttpServletResponse saved = send(post("/clients/" + client.id() + "/care-plans/new")
			.param("consultationId", String.valueOf(c.id())).param("approach", "MYOFASCIAL_RELEASE")
			.param("goalKind", "INSTRUMENT", "PSFS", "INSTRUMENT").param("goalInstrument", "NPRS", "PSFS", "NPRS")
			.param("goalTarget", "≤ 3", "≥ 7", "").param("goalActivity", "", "Sit through a workday", "")
			.param("intervalWeeks", "1").param("plannedSessions", "10").param("startDate", today.toString())
			.param("reviewDate", today.plusWeeks(5).toString()).param("selfCareItemIds", String.valueOf(walking)),
				therapist);
		assertThat(saved.getStatus()).isEqualTo(302);
		CarePlan plan = plans.list(client.id()).get(0);
		assertThat(saved.getRedirectedUrl()).isEqualTo("/clients/" + client.id() + "/care-plans/" + plan.id() + "#book");
		assertThat(plan.consultationId()).isEqualTo(c.id());
		assertThat(plan.goals()).extracting(PlanGoal::describe)
			.containsExactly("Pain (NPRS) at most 3/10", "Sit through a workday: PSFS at least 7/10");
		assertThat(plan.cautions()).extracting(cn -> cn.code()).containsExactly("NO_AGGRESSIVE_LUMBAR_PRESSURE");
		assertThat(plan.plannedSessions()).isEqualTo(10);
		assertThat(plan.reviewDate()).isEqualTo(today.plusWeeks(5));
		assertThat(plan.selfCareItemIds()).containsExactly(walking);
		assertThat(programs.program(client.id()).assignments()).extracting(a -> a.item().code()).containsExactly("WALKING");

		String page = send(get("/clients/" + client.id() + "/care-plans/" + plan.id()), therapist).getContentAsString();
		assertThat(page).contains("Myofascial release, 10 sessions of 60 minutes, weekly.")
			.contains("Sit through a workday: PSFS at least 7/10").contains("NO_AGGRESSIVE_LUMBAR_PRESSURE")
			.contains("0 of 10").contains("Not booked yet").contains("Continue the plan").contains("Book the plan");
	}

	@Test
	void anApproachACautionRulesOutIsRefusedNamingItAndNothingIsSaved() throws Exception {
		SelfCareFixture.Client client = fixture.client();
		fixture.cautions(client.id(), "NO_DEEP_PRESSURE");
		FasciaUser owner = fixture.owner();
		MockHttpServletResponse refused = send(post("/clients/" + client.id() + "/care-plans/new")
			.param("approach", "DEEP_TISSUE").param("goalKind", "INSTRUMENT").param("goalInstrument", "NPRS")
			.param("goalTarget", "3").param("goalActivity", "").param("intervalWeeks", "1")
			.param("plannedSessions", "10"), owner);
		assertThat(refused.getStatus()).isEqualTo(422);
		assertThat(refused.getContentAsString()).contains("Deep tissue can’t be planned: it breaks the caution NO_DEEP_PRESSURE");
		MockHttpServletResponse hamstring = send(post("/clients/" + client.id() + "/care-plans/new")
			.param("approach", "SWEDISH").param("goalKind", "INSTRUMENT").param("goalInstrument", "NPRS")
			.param("goalTarget", "3").param("goalActivity", "").param("intervalWeeks", "1").param("plannedSessions", "0"),
				owner);
		assertThat(hamstring.getStatus()).isEqualTo(400);
		assertThat(hamstring.getContentAsString()).contains("Planned sessions: 1 to 52.");
		assertThat(plans.list(client.id())).isEmpty();
	}

	@Test
	void bookingThePlanCreatesTheSeriesAndLinksIt() throws Exception {
		SelfCareFixture.Client client = fixture.client();
		FasciaUser therapist = fixture.therapist();
		fixture.treated(therapist, client.id());
		CarePlanFixture.Bookable b = plansFixture.bookable(therapist);
		CarePlan plan = plansFixture.plan(client.id(), "SWEDISH", 4, 2, therapist.id());
		LocalDate day = clinicTime.today().plusDays(3);

		String page = send(get("/clients/" + client.id() + "/care-plans/" + plan.id())
			.param("serviceId", String.valueOf(b.serviceId())).param("therapistId", String.valueOf(b.therapistId()))
			.param("date", day.toString()), therapist).getContentAsString();
		Slot slot = plansFixture.firstSlot(b, day);
		assertThat(page).contains("name=\"start\" value=\"" + slot.start() + "\"");

		MockHttpServletResponse booked = send(post("/clients/" + client.id() + "/care-plans/" + plan.id() + "/book")
			.param("serviceId", String.valueOf(b.serviceId())).param("therapistId", String.valueOf(b.therapistId()))
			.param("start", slot.start().toString()), therapist);
		assertThat(booked.getStatus()).isEqualTo(302);
		CarePlan linked = plans.find(client.id(), plan.id()).orElseThrow();
		assertThat(linked.seriesId()).isNotNull();
		assertThat(linked.appointmentIds()).hasSize(4);
		ZoneId zone = ZoneId.of(clinicTime.zone());
		List<AppointmentView> series = appointments.of(client.id()).stream()
			.filter(a -> linked.appointmentIds().contains(a.id())).sorted(java.util.Comparator.comparing(AppointmentView::start))
			.toList();
		LocalDateTime first = LocalDateTime.ofInstant(slot.start(), zone);
		assertThat(series).extracting(a -> LocalDateTime.ofInstant(a.start(), zone))
			.containsExactly(first, first.plusWeeks(2), first.plusWeeks(4), first.plusWeeks(6));
		assertThat(plansFixture.count("appointment", "series_id", linked.seriesId())).isEqualTo(4);

		String shown = send(get("/clients/" + client.id() + "/care-plans/" + plan.id()), therapist).getContentAsString();
		assertThat(shown).contains("0 of 4").contains(clinicTime.dateTime(slot.start())).doesNotContain("id=\"book\"");
		assertThat(send(post("/clients/" + client.id() + "/care-plans/" + plan.id() + "/book")
			.param("serviceId", String.valueOf(b.serviceId())).param("therapistId", String.valueOf(b.therapistId()))
			.param("start", slot.start().plus(Duration.ofDays(1)).toString()), therapist).getStatus())
			.as("booked once only").isEqualTo(409);
	}

	@Test
	void theScreeningGatesRefusalIsShownAndNothingIsBooked() throws Exception {
		SelfCareFixture.Client client = fixture.client();
		FasciaUser therapist = fixture.therapist();
		fixture.treated(therapist, client.id());
		CarePlanFixture.Bookable b = plansFixture.bookable(therapist);
		CarePlan plan = plansFixture.plan(client.id(), "SWEDISH", 3, 1, therapist.id());
		plansFixture.screening(client.id(), Decision.URGENT_REFERRAL);
		Slot slot = plansFixture.firstSlot(b, clinicTime.today().plusDays(2));

		MockHttpServletResponse refused = send(post("/clients/" + client.id() + "/care-plans/" + plan.id() + "/book")
			.param("serviceId", String.valueOf(b.serviceId())).param("therapistId", String.valueOf(b.therapistId()))
			.param("start", slot.start().toString()), therapist);
		assertThat(refused.getStatus()).isEqualTo(409);
		assertThat(refused.getContentAsString()).contains("notice error").contains("Book the plan");
		assertThat(plans.find(client.id(), plan.id()).orElseThrow().seriesId()).isNull();
		assertThat(appointments.of(client.id())).hasSize(1).as("only the visit that made the therapist the client's");
		assertThat(refused.getContentAsString()).as("only the owner may override").doesNotContain("screeningOverride");
		assertThat(send(get("/clients/" + client.id() + "/care-plans/" + plan.id()), therapist).getContentAsString())
			.as("a new urgent screening after the plan started").contains("Stop and re-screen");

		FasciaUser owner = fixture.owner();
		MockHttpServletResponse offered = send(post("/clients/" + client.id() + "/care-plans/" + plan.id() + "/book")
			.param("serviceId", String.valueOf(b.serviceId())).param("therapistId", String.valueOf(b.therapistId()))
			.param("start", slot.start().toString()), owner);
		assertThat(offered.getStatus()).isEqualTo(409);
		assertThat(offered.getContentAsString()).contains("name=\"screeningOverride\"")
			.contains("value=\"" + slot.start() + "\"");
		MockHttpServletResponse overridden = send(post("/clients/" + client.id() + "/care-plans/" + plan.id() + "/book")
			.param("serviceId", String.valueOf(b.serviceId())).param("therapistId", String.valueOf(b.therapistId()))
			.param("start", slot.start().toString()).param("screeningOverride", "GP letter seen, treatment agreed"), owner);
		assertThat(overridden.getStatus()).isEqualTo(302);
		assertThat(plans.find(client.id(), plan.id()).orElseThrow().appointmentIds()).hasSize(3);
	}

	@Autowired
	org.fascia.charting.SessionNotes notes;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	void painInNote(long appointmentId, int pain, FasciaUser therapist) {
		notes.save(appointmentId, new org.fascia.charting.NoteContent(null, pain, null, List.of(), null, null, null, null,
				null, null), 0, therapist.id());
	}

	@Test
	void progressCountsCompletedVisitsAndFollowsThePainScores() throws Exception {
		SelfCareFixture.Client client = fixture.client();
		FasciaUser therapist = fixture.therapist();
		fixture.treated(therapist, client.id());
		CarePlanFixture.Bookable b = plansFixture.bookable(therapist);
		CarePlan plan = plansFixture.plan(client.id(), "SWEDISH", 5, 1, therapist.id());
		Slot slot = plansFixture.firstSlot(b, clinicTime.today().plusDays(1));
		CarePlan booked = plans.book(client.id(), plan.id(), b.therapistId(), b.serviceId(), slot.start(),
				org.fascia.booking.Actor.staff(therapist.id(), false));
		List<Long> ids = booked.appointmentIds();
		plansFixture.complete(ids.get(0));
		plansFixture.complete(ids.get(1));
		plansFixture.complete(ids.get(2));
		// today's pain in the session notes (charting implements SessionPainReadings); the visit before the plan
		// had a 9, which is not part of the plan's trend
		long before = jdbc.sql("select min(id) from appointment where client_id = :c").param("c", client.id())
			.query(Long.class).single();
		painInNote(before, 9, therapist);
		painInNote(ids.get(0), 6, therapist);
		painInNote(ids.get(1), 4, therapist);
		painInNote(ids.get(2), 3, therapist);

		String page = send(get("/clients/" + client.id() + "/care-plans/" + plan.id()), therapist).getContentAsString();
		assertThat(page).contains("3 of 5").contains("6/10 → 4/10 → 3/10").contains("Widen the interval")
			.contains("every two weeks").contains(clinicTime.dateTime(slot.start().plus(Duration.ofDays(21)))
				.substring(0, 3));
	}

	@Test
	void onlyTheOwnerAndTheClientsTherapistSeeAPlan() throws Exception {
		SelfCareFixture.Client client = fixture.client();
		FasciaUser therapist = fixture.therapist();
		fixture.treated(therapist, client.id());
		CarePlan plan = plansFixture.plan(client.id(), "SWEDISH", 10, 1, therapist.id());
		String path = "/clients/" + client.id() + "/care-plans/" + plan.id();
		assertThat(send(get(path), therapist).getStatus()).isEqualTo(200);
		assertThat(send(get(path), fixture.owner()).getStatus()).isEqualTo(200);
		assertThat(send(get(path), fixture.therapist()).getStatus()).isEqualTo(403);
		assertThat(send(get(path), fixture.frontDesk()).getStatus()).isEqualTo(403);
		assertThat(send(get(path), client.user()).getStatus()).isEqualTo(403);
		assertThat(send(get("/clients/" + client.id() + "/care-plans/999999"), fixture.owner()).getStatus()).isEqualTo(404);
		SelfCareFixture.Client other = fixture.client();
		assertThat(send(get("/clients/" + other.id() + "/care-plans/" + plan.id()), fixture.owner()).getStatus())
			.as("a plan is found only within its client").isEqualTo(404);

		String portal = send(get("/portal/plan"), client.user()).getContentAsString();
		assertThat(portal).contains("Your care plan").contains("Pain down to 3 out of 10 or less")
			.contains("10 sessions, weekly").contains("0 of 10 sessions").contains("/portal/self-care");
		// the bundle's text is printed with th:text, which writes the apostrophe as &#39;
		assertThat(HtmlUtils.htmlUnescape(send(get("/portal/plan"), other.user()).getContentAsString()))
			.contains("You don't have a care plan yet");

		String record = send(get("/clients/" + client.id()), therapist).getContentAsString();
		assertThat(record).contains("Care plan: Swedish (relaxation), 10 sessions weekly").contains("/clients/"
				+ client.id() + "/consultation");
		assertThat(send(get("/clients/" + client.id()), fixture.frontDesk()).getContentAsString())
			.doesNotContain("Care plan:").doesNotContain("/consultation");
	}

}
