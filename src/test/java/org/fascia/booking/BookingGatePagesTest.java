package org.fascia.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;

import org.fascia.clinic.ClinicCatalog;
import org.fascia.clinic.NewService;
import org.fascia.clinic.ServiceKind;
import org.fascia.identity.FasciaUser;
import org.fascia.identity.Role;
import org.fascia.intake.IntakeResponses;
import org.fascia.intake.IntakeSubmitted;
import org.fascia.screening.TreatmentReadiness;
import org.fascia.support.FasciaIntegrationTest;
import org.fascia.support.TestAccounts;
import org.fascia.support.TestMail;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The booking gate on the pages: the calendar's book panel and move form, the owner's override, the
 * client's own booking, readiness before a treatment and the front-desk check-in, and the confirmation.
 */
@FasciaIntegrationTest
@Import(BookingFixture.class)
class BookingGatePagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	BookingFixture fixture;

	@Autowired
	TestAccounts accounts;

	@Autowired
	ClinicCatalog catalog;

	@Autowired
	IntakeResponses intake;

	@Autowired
	BookingService booking;

	@Autowired
	TreatmentReadiness readiness;

	@Autowired
	JdbcClient jdbc;

	private BookingFixture.Clinic clinic;

	private long consultation;

	private FasciaUser owner;

	@BeforeEach
	void clinic() {
		clinic = fixture.create(2);
		consultation = catalog.addService(new NewService("Consultation " + System.nanoTime(), "Talk first", 30, 0, 3000,
				ServiceKind.CONSULTATION, true, List.of(clinic.therapistId(), clinic.secondTherapistId())));
		owner = accounts.principal(Role.OWNER);
	}

	private void screened(Map<String, Object> answers) {
		intake.store(clinic.clientId(), answers, IntakeResponses.Source.API, IntakeSubmitted.Kind.INTAKE, null, null);
	}

	private MockHttpServletResponse call(MockHttpServletRequestBuilder request, FasciaUser as) throws Exception {
		return mvc.perform(request.with(user(as)).with(csrf())).andReturn().getResponse();
	}

	private MockHttpServletRequestBuilder bookForm(long service, Instant start) {
		return post("/calendar/book").header("HX-Request", "true")
			.param("clientId", "" + clinic.clientId())
			.param("serviceId", "" + service)
			.param("therapistId", "" + clinic.therapistId())
			.param("date", start.atZone(BookingFixture.ZONE).toLocalDate().toString())
			.param("start", start.toString());
	}

	private long bookDirect(long service, Instant start) {
		return booking.book(new BookingRequest(service, clinic.therapistId(), start, clinic.clientId()),
				Actor.staff(owner.id(), true)).id();
	}

	@Test
	void theBookPanelShowsTheReasonsAndOnlyTheOwnerMayOverride() throws Exception {
		screened(BookingGateTest.URGENT);
		Instant start = BookingFixture.at(3, 9, 0);
		MockHttpServletResponse desk = call(bookForm(clinic.serviceId(), start), clinic.frontDesk());
		assertThat(desk.getStatus()).isEqualTo(409);
		assertThat(desk.getContentAsString()).contains("The screening does not allow this booking",
				"doctor", "Only the clinic owner can override this").doesNotContain("Override the screening");

		MockHttpServletResponse asOwner = call(bookForm(clinic.serviceId(), start), owner);
		assertThat(asOwner.getStatus()).isEqualTo(409);
		assertThat(asOwner.getContentAsString()).contains("Override the screening", "name=\"screeningOverride\"");

		MockHttpServletResponse blank = call(bookForm(clinic.serviceId(), start).param("screeningOverride", " "), owner);
		assertThat(blank.getStatus()).isEqualTo(400);
		assertThat(blank.getContentAsString()).contains("Give the reason for booking despite the screening",
				"Override the screening");

		MockHttpServletResponse overridden = call(bookForm(clinic.serviceId(), start)
			.param("screeningOverride", "Seen by her GP yesterday; letter on file."), owner);
		assertThat(overridden.getStatus()).isEqualTo(200);
		long id = jdbc.sql("select id from appointment where client_id = :c").param("c", clinic.clientId())
			.query(Long.class).single();
		MockHttpServletResponse panel = call(get("/calendar/appointments/" + id), clinic.frontDesk());
		assertThat(panel.getContentAsString()).contains("Booked despite the screening: Seen by her GP yesterday; letter on file., by "
				+ owner.displayName());
	}

	@Test
	void aConsultationIsBookedFromThePanelUnderAnUrgentScreening() throws Exception {
		screened(BookingGateTest.URGENT);
		MockHttpServletResponse booked = call(bookForm(consultation, BookingFixture.at(3, 9, 0)), clinic.frontDesk());
		assertThat(booked.getStatus()).isEqualTo(200);
		assertThat(booked.getContentAsString()).contains("Booked ");
	}

	@Test
	void theMoveFormShowsTheRefusalForTheNewDate() throws Exception {
		long id = bookDirect(clinic.serviceId(), BookingFixture.at(3, 9, 0));
		screened(BookingGateTest.NEEDS_CLEARANCE);
		LocalDate day = LocalDate.now(BookingFixture.ZONE).plusDays(4);
		MockHttpServletResponse refused = call(post("/calendar/appointments/" + id + "/move").header("HX-Request", "true")
			.param("date", day.toString()).param("time", "10:00").param("therapistId", "" + clinic.therapistId()),
				clinic.frontDesk());
		assertThat(refused.getStatus()).isEqualTo(409);
		assertThat(refused.getContentAsString()).contains("The screening does not allow a treatment on the new date",
				"written clearance", "Only the clinic owner can override this");
		MockHttpServletResponse moved = call(post("/calendar/appointments/" + id + "/move").header("HX-Request", "true")
			.param("date", day.toString()).param("time", "10:00").param("therapistId", "" + clinic.therapistId())
			.param("screeningOverride", "Clearance confirmed by phone."), owner);
		assertThat(moved.getStatus()).isEqualTo(200);
		assertThat(moved.getContentAsString()).contains("Booked despite the screening: Clearance confirmed by phone.");
	}

	@Test
	void aClientSeesWhyBeforePickingTimesAndABlockedConfirmGetsTheMessage() throws Exception {
		screened(BookingGateTest.NEEDS_CLEARANCE);
		String page = call(get("/book/" + clinic.serviceId()), clinic.clientUser()).getContentAsString();
		assertThat(page).contains("We need a note from your doctor before we can book a treatment", "/portal/screening")
			.doesNotContain("class=\"slot\"");
		String consult = call(get("/book/" + consultation), clinic.clientUser()).getContentAsString();
		assertThat(consult).doesNotContain("We need a note from your doctor").contains("Step 2 of 3");

		Instant start = BookingFixture.at(5, 10, 0);
		MockHttpServletResponse confirm = call(post("/book/" + clinic.serviceId() + "/confirm")
			.param("start", start.toString()).param("therapistId", "" + clinic.therapistId()), clinic.clientUser());
		assertThat(confirm.getStatus()).isLessThan(500);
		assertThat(confirm.getContentAsString()).contains("We need a note from your doctor before we can book a treatment",
				"/portal/screening");
		assertThat(jdbc.sql("select count(*) from appointment where client_id = :c").param("c", clinic.clientId())
			.query(Integer.class).single()).isZero();
	}

	@Test
	void emergencyAndUrgentWordingForClients() throws Exception {
		screened(BookingGateTest.URGENT);
		assertThat(call(get("/book/" + clinic.serviceId()), clinic.clientUser()).getContentAsString())
			.contains("Please see a doctor first");
		screened(BookingGateTest.EMERGENCY);
		assertThat(call(get("/book/" + consultation), clinic.clientUser()).getContentAsString())
			.contains("Please get medical help now", "emergency");
	}

	@Test
	void readinessListsWhatIsStillToDoAndTheSecondVisitNeedsARescreen() throws Exception {
		long first = bookDirect(clinic.serviceId(), BookingFixture.at(3, 9, 0));
		String before = call(get("/calendar/appointments/" + first), clinic.frontDesk()).getContentAsString();
		assertThat(before).contains("Before treatment: intake form, consent");

		screened(Map.of("antiplatelet", true));
		long second = bookDirect(clinic.serviceId(), BookingFixture.at(5, 9, 0));
		LocalDate day3 = LocalDate.now(BookingFixture.ZONE).plusDays(3);
		TreatmentReadiness.Readiness firstVisit = readiness.forAppointment(clinic.clientId(), first, true, day3, null);
		assertThat(firstVisit.todo()).containsExactly(TreatmentReadiness.Todo.CONSENT);
		String secondPanel = call(get("/calendar/appointments/" + second), clinic.frontDesk()).getContentAsString();
		assertThat(secondPanel).contains("Before treatment: consent, re-screen needed",
				"Has anything about your health changed since your last visit?");
		String day = call(get("/calendar").param("date", LocalDate.now(BookingFixture.ZONE).plusDays(5).toString())
			.param("view", "day"), clinic.frontDesk()).getContentAsString();
		assertThat(day).as("consent is missing too: the badge says the client is not ready")
			.contains("cal-ready-badge", "Booked, not ready, with");
		assertThat(readiness.forAppointment(clinic.clientId(), second, false, day3, BookingFixture.at(3, 9, 0)).ready())
			.as("a consultation needs none of this").isTrue();

		MockHttpServletResponse no = call(post("/calendar/appointments/" + second + "/health-check")
			.header("HX-Request", "true").param("changed", "false"), clinic.frontDesk());
		assertThat(no.getStatus()).isEqualTo(200);
		assertThat(no.getContentAsString()).contains("nothing about the client", "Before treatment: consent")
			.doesNotContain("re-screen needed");
		assertThat(intake.healthCheckFor(second)).hasValueSatisfying(c -> {
			assertThat(c.changed()).isFalse();
			assertThat(c.source()).isEqualTo(IntakeResponses.Source.STAFF_ENTERED);
		});
	}

	@Test
	void aChangedHealthAtCheckInRescreensAndARedFlagBlocksTheNextBooking() throws Exception {
		screened(Map.of("antiplatelet", true));
		bookDirect(clinic.serviceId(), BookingFixture.at(3, 9, 0));
		long second = bookDirect(clinic.serviceId(), BookingFixture.at(5, 9, 0));

		MockHttpServletResponse form = call(get("/calendar/appointments/" + second + "/health-check")
			.header("HX-Request", "true"), clinic.frontDesk());
		assertThat(form.getStatus()).isEqualTo(200);
		assertThat(form.getContentAsString()).contains("name=\"fever\"");

		MockHttpServletResponse bad = call(post("/calendar/appointments/" + second + "/health-check")
			.header("HX-Request", "true").param("changed", "true").param("fever", "perhaps"), clinic.frontDesk());
		assertThat(bad.getStatus()).isEqualTo(400);
		assertThat(bad.getContentAsString()).contains("Please choose yes or no.");
		assertThat(intake.healthCheckFor(second)).isEmpty();

		MockHttpServletResponse missing = call(post("/calendar/appointments/" + second + "/health-check")
			.header("HX-Request", "true"), clinic.frontDesk());
		assertThat(missing.getStatus()).isEqualTo(400);

		MockHttpServletResponse yes = call(post("/calendar/appointments/" + second + "/health-check")
			.header("HX-Request", "true").param("changed", "true").param("fever", "true"), clinic.frontDesk());
		assertThat(yes.getStatus()).isEqualTo(200);
		assertThat(yes.getContentAsString()).contains("screened again", "The screening does not allow a treatment on this day");
		assertThat(intake.healthCheckFor(second)).hasValueSatisfying(c -> assertThat(c.changed()).isTrue());

		MockHttpServletResponse next = call(bookForm(clinic.serviceId(), BookingFixture.at(7, 9, 0)), clinic.frontDesk());
		assertThat(next.getStatus()).isEqualTo(409);
	}

	@Test
	void theConfirmationAsksForTheHealthQuestionsAndConsent() throws Exception {
		Instant start = BookingFixture.at(4, 11, 0);
		MockHttpServletResponse confirm = call(post("/book/" + clinic.serviceId() + "/confirm")
			.param("start", start.toString()).param("therapistId", "" + clinic.therapistId()), clinic.clientUser());
		assertThat(confirm.getStatus()).isEqualTo(302);
		MimeMessage mail = TestMail.awaitMessageTo(clinic.clientUser().getUsername(), Duration.ofSeconds(15));
		assertThat(TestMail.body(mail)).contains("Before your first treatment, please fill in your health questions and consent",
				"/portal/intake", "/portal/consent");
	}

}
