package org.fascia.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.fascia.audit.AuditLog;
import org.fascia.clinic.ClinicCatalog;
import org.fascia.clinic.NewService;
import org.fascia.clinic.ServiceKind;
import org.fascia.identity.FasciaUser;
import org.fascia.identity.Role;
import org.fascia.intake.IntakeResponses;
import org.fascia.intake.IntakeSubmitted;
import org.fascia.screening.Clearances;
import org.fascia.screening.NewClearance;
import org.fascia.support.FasciaIntegrationTest;
import org.fascia.support.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The screening gate on every booking path of the API: book, series, reschedule; and the owner's override. */
@FasciaIntegrationTest
@Import(BookingFixture.class)
class BookingGateTest {

	static final Map<String, Object> EMERGENCY = Map.of("trauma", "major");

	static final Map<String, Object> URGENT = Map.of("fever", true);

	static final Map<String, Object> NEEDS_CLEARANCE = Map.of("anticoagulant", true);

	static final byte[] PDF = "%PDF-1.4\n% a scanned reply\n".getBytes(StandardCharsets.US_ASCII);

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
	Clearances clearances;

	@Autowired
	AuditLog audit;

	@Autowired
	JdbcClient jdbc;

	private final JsonMapper json = JsonMapper.builder().build();

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
		return mvc.perform(request.with(user(as))).andReturn().getResponse();
	}

	private MockHttpServletResponse book(FasciaUser as, long service, Instant start, String override) throws Exception {
		String body = "{\"serviceId\":" + service + ",\"therapistId\":" + clinic.therapistId() + ",\"start\":\"" + start
				+ "\",\"clientId\":" + clinic.clientId()
				+ (override == null ? "" : ",\"screeningOverride\":" + json.writeValueAsString(override)) + "}";
		return call(post("/api/v1/appointments").contentType("application/json").content(body), as);
	}

	private JsonNode body(MockHttpServletResponse response) throws Exception {
		return json.readTree(response.getContentAsString());
	}

	private int appointments() {
		return jdbc.sql("select count(*) from appointment where client_id = :c").param("c", clinic.clientId())
			.query(Integer.class).single();
	}

	@Test
	void aClientWithoutScreeningCanStillBeBooked() throws Exception {
		assertThat(book(clinic.frontDesk(), clinic.serviceId(), BookingFixture.at(3, 9, 0), null).getStatus())
			.isEqualTo(201);
	}

	@Test
	void urgentRefusesTreatmentsWithAProblemBodyButAllowsConsultations() throws Exception {
		screened(URGENT);
		MockHttpServletResponse refused = book(clinic.frontDesk(), clinic.serviceId(), BookingFixture.at(3, 9, 0), null);
		assertThat(refused.getStatus()).isEqualTo(409);
		assertThat(refused.getContentType()).startsWith("application/problem+json");
		JsonNode problem = body(refused);
		assertThat(problem.get("decision").asString()).isEqualTo("URGENT_REFERRAL");
		assertThat(problem.get("reasons").size()).isGreaterThanOrEqualTo(1);
		assertThat(problem.get("overridable").asBoolean()).isTrue();
		assertThat(problem.get("detail").asString()).contains("doctor");
		assertThat(appointments()).isZero();

		assertThat(book(clinic.frontDesk(), consultation, BookingFixture.at(3, 9, 0), null).getStatus()).isEqualTo(201);
	}

	@Test
	void emergencyRefusesConsultationsTooAndCannotBeOverridden() throws Exception {
		screened(EMERGENCY);
		MockHttpServletResponse refused = book(clinic.frontDesk(), consultation, BookingFixture.at(3, 9, 0), null);
		assertThat(refused.getStatus()).isEqualTo(409);
		assertThat(body(refused).get("decision").asString()).isEqualTo("EMERGENCY_REFERRAL");
		assertThat(body(refused).get("overridable").asBoolean()).isFalse();
		MockHttpServletResponse overridden = book(owner, clinic.serviceId(), BookingFixture.at(3, 9, 0),
				"The client says the doctor saw them.");
		assertThat(overridden.getStatus()).isEqualTo(409);
		assertThat(appointments()).isZero();
	}

	@Test
	void needsClearanceRefusesTreatmentsUntilAClearanceIsRecorded() throws Exception {
		screened(NEEDS_CLEARANCE);
		Instant start = BookingFixture.at(3, 10, 0);
		MockHttpServletResponse refused = book(clinic.frontDesk(), clinic.serviceId(), start, null);
		assertThat(refused.getStatus()).isEqualTo(409);
		assertThat(body(refused).get("decision").asString()).isEqualTo("NEEDS_CLEARANCE");
		assertThat(book(clinic.frontDesk(), consultation, BookingFixture.at(3, 14, 0), null).getStatus()).isEqualTo(201);

		LocalDate today = LocalDate.now(BookingFixture.ZONE);
		clearances.record(new NewClearance(clinic.clientId(), "Dr Ana Rivera", null, today, null, null,
				new NewClearance.Upload("reply.pdf", PDF.length, PDF)), owner.id());
		assertThat(book(clinic.frontDesk(), clinic.serviceId(), start, null).getStatus()).isEqualTo(201);
	}

	@Test
	void theOwnerOverridesWithAReasonWhichIsStoredAndAudited() throws Exception {
		screened(URGENT);
		MockHttpServletResponse booked = book(owner, clinic.serviceId(), BookingFixture.at(3, 9, 0),
				"  GP letter seen at the desk; fever was last month.  ");
		assertThat(booked.getStatus()).isEqualTo(201);
		long id = body(booked).get("id").asLong();
		assertThat(jdbc.sql("select screening_override from appointment where id = :id").param("id", id)
			.query(String.class).single()).isEqualTo("GP letter seen at the desk; fever was last month.");
		assertThat(audit.forSubject("appointment", String.valueOf(id)))
			.anySatisfy(e -> {
				assertThat(e.action()).isEqualTo("SCREENING_GATE_OVERRIDDEN");
				assertThat(e.detail()).contains("URGENT_REFERRAL").contains("GP letter seen");
			});
	}

	@Test
	void othersCannotOverrideAndABlankReasonIsRefused() throws Exception {
		screened(URGENT);
		Instant start = BookingFixture.at(3, 9, 0);
		MockHttpServletResponse desk = book(clinic.frontDesk(), clinic.serviceId(), start, "Because.");
		assertThat(desk.getStatus()).isEqualTo(403);
		assertThat(desk.getContentAsString()).contains("screeningOverride");
		MockHttpServletResponse therapist = book(fixture.therapistUser(clinic.therapistId()), clinic.serviceId(), start,
				"Because.");
		assertThat(therapist.getStatus()).isEqualTo(403);
		assertThat(book(fixture.therapistUser(clinic.therapistId()), clinic.serviceId(), start, null).getStatus())
			.isEqualTo(409);
		MockHttpServletResponse blank = book(owner, clinic.serviceId(), start, "   ");
		assertThat(blank.getStatus()).isEqualTo(400);
		assertThat(blank.getContentAsString()).contains("screeningOverride");
		MockHttpServletResponse tooLong = book(owner, clinic.serviceId(), start, "x".repeat(501));
		assertThat(tooLong.getStatus()).isEqualTo(400);
		assertThat(tooLong.getContentAsString()).contains("screeningOverride");
		assertThat(appointments()).isZero();
	}

	@Test
	void aSeriesIsRefusedAsAWholeWithTheGatesProblem() throws Exception {
		screened(NEEDS_CLEARANCE);
		String series = "{\"serviceId\":" + clinic.serviceId() + ",\"therapistId\":" + clinic.therapistId()
				+ ",\"start\":\"" + BookingFixture.at(3, 9, 0) + "\",\"clientId\":" + clinic.clientId()
				+ ",\"count\":3,\"intervalWeeks\":1%s}";
		MockHttpServletResponse refused = call(post("/api/v1/appointment-series").contentType("application/json")
			.content(series.formatted("")), clinic.frontDesk());
		assertThat(refused.getStatus()).isEqualTo(409);
		assertThat(body(refused).get("decision").asString()).isEqualTo("NEEDS_CLEARANCE");
		assertThat(appointments()).isZero();
		MockHttpServletResponse overridden = call(post("/api/v1/appointment-series").contentType("application/json")
			.content(series.formatted(",\"screeningOverride\":\"Clearance letter on its way; light work only.\"")), owner);
		assertThat(overridden.getStatus()).isEqualTo(201);
		assertThat(jdbc.sql("select count(*) from appointment where client_id = :c and screening_override is not null")
			.param("c", clinic.clientId()).query(Integer.class).single()).isEqualTo(3);
	}

	@Test
	void rescheduleAsksTheGateForTheNewDate() throws Exception {
		MockHttpServletResponse booked = book(clinic.frontDesk(), clinic.serviceId(), BookingFixture.at(3, 9, 0), null);
		long id = body(booked).get("id").asLong();
		screened(URGENT);
		String move = "{\"start\":\"" + BookingFixture.at(4, 9, 0) + "\"%s}";
		MockHttpServletResponse refused = call(post("/api/v1/appointments/" + id + "/reschedule")
			.contentType("application/json").content(move.formatted("")), clinic.frontDesk());
		assertThat(refused.getStatus()).isEqualTo(409);
		assertThat(body(refused).get("decision").asString()).isEqualTo("URGENT_REFERRAL");
		assertThat(call(post("/api/v1/appointments/" + id + "/reschedule").contentType("application/json")
			.content(move.formatted(",\"screeningOverride\":\"x\"")), clinic.frontDesk()).getStatus()).isEqualTo(403);
		MockHttpServletResponse moved = call(post("/api/v1/appointments/" + id + "/reschedule")
			.contentType("application/json").content(move.formatted(",\"screeningOverride\":\"Seen by the GP today.\"")),
				owner);
		assertThat(moved.getStatus()).isEqualTo(200);
		assertThat(jdbc.sql("select screening_override from appointment where id = :id").param("id", id)
			.query(String.class).single()).isEqualTo("Seen by the GP today.");
	}

}
