package org.fascia.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.fascia.booking.Slot;
import org.fascia.charting.NoteContent;
import org.fascia.charting.SessionNotes;
import org.fascia.clinic.ClinicTime;
import org.fascia.identity.FasciaUser;
import org.fascia.outcomes.Instrument;
import org.fascia.outcomes.OutcomeRequest;
import org.fascia.outcomes.OutcomeRequests;
import org.fascia.outcomes.OutcomeResponses;
import org.fascia.outcomes.OutcomeRound;
import org.fascia.outcomes.OutcomeSource;
import org.fascia.screening.TreatmentReadiness;
import org.fascia.support.FasciaIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Where outcomes meet the care plan (issue 6 requirement 6): booking a plan schedules its outcome rounds; the
 * plan's pain series starts at the outcome baseline and takes each visit's NPRS; the responder status shows on the
 * client record with the charts, and the client sees their chart with the plain caption; a signed note's pain
 * becomes the visit's NPRS; a score worse than baseline by the MCID asks for a re-screen before treatment.
 */
@FasciaIntegrationTest
@Import({ SelfCareFixture.class, CarePlanFixture.class })
class CareOutcomesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	SelfCareFixture fixture;

	@Autowired
	CarePlanFixture plansFixture;

	@Autowired
	CarePlans plans;

	@Autowired
	PlanProgresses progresses;

	@Autowired
	OutcomeRequests requests;

	@Autowired
	OutcomeResponses responses;

	@Autowired
	SessionNotes notes;

	@Autowired
	TreatmentReadiness readiness;

	@Autowired
	ClinicTime clinicTime;

	@Autowired
	JdbcClient jdbc;

	MockHttpServletResponse send(MockHttpServletRequestBuilder request, FasciaUser as) throws Exception {
		return mvc.perform(request.with(user(as)).with(csrf())).andReturn().getResponse();
	}

	record Setup(SelfCareFixture.Client client, FasciaUser therapist, CarePlan plan, List<Long> visits) {
	}

	Setup bookedPlan() {
		SelfCareFixture.Client client = fixture.client();
		FasciaUser therapist = fixture.therapist();
		fixture.treated(therapist, client.id());
		CarePlanFixture.Bookable b = plansFixture.bookable(therapist);
		CarePlan plan = plansFixture.plan(client.id(), "SWEDISH", 6, 1, therapist.id());
		Slot slot = plansFixture.firstSlot(b, clinicTime.today().plusDays(1));
		CarePlan booked = plans.book(client.id(), plan.id(), b.therapistId(), b.serviceId(), slot.start(),
				org.fascia.booking.Actor.staff(therapist.id(), false));
		return new Setup(client, therapist, booked, booked.appointmentIds());
	}

	void baseline(long clientId, int pain) {
		responses.record(clientId, new OutcomeResponses.NewResponse(Instrument.NPRS, OutcomeRound.BASELINE, null, null,
				Map.of("pain", pain), OutcomeSource.PORTAL, null));
	}

	@Test
	void bookingAPlanSchedulesItsWeeksFourToSixTenAndDischargeRounds() {
		Setup s = bookedPlan();
		List<OutcomeRequest> rounds = requests.forClient(s.client().id());
		assertThat(rounds).extracting(OutcomeRequest::round)
			.contains(OutcomeRound.REVIEW, OutcomeRound.WEEK_10, OutcomeRound.DISCHARGE);
		java.time.Instant first = jdbc.sql("select start_at from appointment where id = :a").param("a", s.visits().get(0))
			.query((rs, i) -> org.fascia.platform.Db.instant(rs, "start_at")).single();
		java.time.Instant last = jdbc.sql("select start_at from appointment where id = :a")
			.param("a", s.visits().get(s.visits().size() - 1))
			.query((rs, i) -> org.fascia.platform.Db.instant(rs, "start_at")).single();
		assertThat(rounds).filteredOn(r -> r.round() == OutcomeRound.REVIEW).singleElement()
			.satisfies(r -> assertThat(r.dueAt()).isEqualTo(first.plus(Duration.ofDays(28))));
		assertThat(rounds).filteredOn(r -> r.round() == OutcomeRound.DISCHARGE).singleElement()
			.satisfies(r -> assertThat(r.dueAt()).isEqualTo(last.plus(Duration.ofHours(2))));
		assertThat(rounds).filteredOn(r -> r.round() != OutcomeRound.VISIT && r.round() != OutcomeRound.BASELINE)
			.allSatisfy(r -> assertThat(r.planRef()).isEqualTo(s.plan().id()));
	}

	@Test
	void thePlanJudgesTheVisitsNprsAgainstTheOutcomeBaselineAndTheRecordShowsTheResponderStatusAndChart() throws Exception {
		Setup s = bookedPlan();
		baseline(s.client().id(), 7);
		int[] pains = { 5, 4, 4 };
		for (int i = 0; i < 3; i++) {
			plansFixture.complete(s.visits().get(i));
			requests.recordAtSession(s.client().id(), s.visits().get(i), pains[i], s.therapist().id());
		}
		PlanProgress progress = progresses.of(s.plan());
		assertThat(progress.painTrend()).isEqualTo("7/10 → 5/10 → 4/10 → 4/10");
		assertThat(progress.pains().get(0).appointmentId()).as("the baseline is the questionnaire, not a session").isNull();
		assertThat(progress.advice().step()).isEqualTo(PlanStep.WIDEN_INTERVAL);

		String record = send(get("/clients/" + s.client().id()), s.therapist()).getContentAsString();
		assertThat(record).contains("Outcome measures", "Responder status (NPRS)",
				"Improved: past the MCID at two visits in a row", "<svg", "Questionnaire rounds");
		assertThat(send(get("/clients/" + s.client().id()), fixture.frontDesk()).getContentAsString())
			.as("the front desk sees no scores").doesNotContain("Outcome measures").doesNotContain("<svg");

		String portal = send(get("/portal/progress"), s.client().user()).getContentAsString();
		assertThat(portal).contains("Your progress", "Your pain has dropped from 7 to 4 since you started", "<svg");
		SelfCareFixture.Client other = fixture.client();
		assertThat(send(get("/portal/progress"), other.user()).getContentAsString()).as("only one's own")
			.contains("No scores yet").doesNotContain("<svg");
	}

	@Test
	void aSignedNotesPainIsTheVisitsNprsUnlessTheClientGaveItAndTheNotePageShowsTheClientsRating() throws Exception {
		Setup s = bookedPlan();
		long first = s.visits().get(0);
		long second = s.visits().get(1);
		notes.save(first, new NoteContent("Stiff", 6, false, List.of(), "Tight", "Better", null, "Continue", null,
				"We worked on your lower back."), 0, s.therapist().id());
		notes.sign(first, null, s.therapist().id());
		assertThat(responses.visitScore(first, Instrument.NPRS)).get()
			.satisfies(r -> {
				assertThat(r.value()).isEqualByComparingTo("6");
				assertThat(r.source()).isEqualTo(OutcomeSource.SESSION);
			});

		responses.record(s.client().id(), new OutcomeResponses.NewResponse(Instrument.NPRS, OutcomeRound.VISIT, second,
				null, Map.of("pain", 5), OutcomeSource.CLIENT_LINK, null));
		String page = send(get("/appointments/" + second + "/note"), s.therapist()).getContentAsString();
		assertThat(page).contains("The client rated their pain", "5/10");
		assertThat(page).as("the new note starts from the client's rating")
			.containsPattern("name=\"painToday\" value=\"5\"[^>]*checked");
		notes.save(second, new NoteContent("OK", 4, false, List.of(), "Tight", "Better", null, "Continue", null,
				"Summary."), 0, s.therapist().id());
		notes.sign(second, null, s.therapist().id());
		assertThat(responses.visitScore(second, Instrument.NPRS)).get().extracting(r -> r.value().intValue())
			.as("the client's own rating stays the outcome").isEqualTo(5);
	}

	@Test
	void worseThanBaselineByTheMcidAsksForAReScreenUntilTheVisitsHealthCheckIsAnsweredAfterIt() {
		Setup s = bookedPlan();
		baseline(s.client().id(), 3);
		long visit = s.visits().get(0);
		java.time.Instant start = jdbc.sql("select start_at from appointment where id = :a").param("a", visit)
			.query((rs, i) -> org.fascia.platform.Db.instant(rs, "start_at")).single();
		assertThat(readiness.forAppointment(s.client().id(), visit, true, clinicTime.today(), null).reScreenNeeded())
			.isFalse();
		responses.record(s.client().id(), new OutcomeResponses.NewResponse(Instrument.NPRS, OutcomeRound.VISIT, visit,
				null, Map.of("pain", 5), OutcomeSource.CLIENT_LINK, null));
		assertThat(responses.worseAt(s.client().id())).isPresent();
		assertThat(readiness.forAppointment(s.client().id(), visit, true, clinicTime.today(), null).reScreenNeeded())
			.as("a rise of 2 is worse by the MCID").isTrue();
		assertThat(start).isNotNull();
	}

}
