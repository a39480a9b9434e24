package org.fascia.clinic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.fascia.identity.FasciaUser;
import org.fascia.identity.Role;
import org.fascia.support.FasciaIntegrationTest;
import org.fascia.support.TestAccounts;
import org.fascia.support.TestMail;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The owner's therapist pages: invite, weekly hours with split days, dated exceptions, services, profile. */
@FasciaIntegrationTest
class TherapistPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	Therapists therapists;

	@Autowired
	TherapistSchedules schedules;

	@Autowired
	ClinicCatalog catalog;

	FasciaUser owner;

	long id;

	String base;

	@BeforeEach
	void signIn() {
		owner = accounts.principal(Role.OWNER);
		id = catalog.addTherapist(accounts.create(Role.THERAPIST).id(), "Tom Okafor", "Sports massage.");
		base = "/admin/therapists/" + id;
	}

	private MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request.with(user(owner)).with(csrf())).andReturn().getResponse();
	}

	@Test
	void addingATherapistSendsTheInvitationAndOpensTheirPage() throws Exception {
		String email = TestAccounts.unique("lena");
		MvcResult added = mvc.perform(post("/admin/therapists").param("name", "Lena Svensson")
			.param("email", email)
			.param("bio", "Swedish and relaxation massage.")
			.with(user(owner))
			.with(csrf())).andReturn();
		Therapist lena = therapists.all().stream().filter(t -> email.equals(t.email())).findFirst().orElseThrow();
		assertThat(added.getResponse().getRedirectedUrl()).isEqualTo("/admin/therapists/" + lena.id());
		assertThat((String) added.getFlashMap().get("message")).contains("We emailed Lena Svensson an invitation")
			.contains("7 days");
		assertThat(send(get("/admin/therapists/" + lena.id())).getContentAsString()).contains("Swedish and relaxation massage.");
		assertThat(TestMail.awaitMessageTo(email, Duration.ofSeconds(15)).getSubject()).startsWith("Welcome to");

		String list = send(get("/admin/therapists")).getContentAsString();
		assertThat(list).contains("Lena Svensson").contains("No weekly hours yet").contains("<label for=\"email\">Email</label>");
		assertThat(send(post("/admin/therapists").param("name", "").param("email", "nope")).getContentAsString())
			.contains("id=\"name-error\">Enter the therapist&#39;s name.");
		assertThat(send(post("/admin/therapists").param("name", "Lena again").param("email", email)).getContentAsString())
			.contains("Lena Svensson is already on your team.");
	}

	@Test
	void weeklyHoursTakeSeveralIntervalsADay() throws Exception {
		String page = send(get(base)).getContentAsString();
		assertThat(page).contains("Weekly hours").contains("Monday, interval 2, from").contains("name=\"MONDAY.start\"");
		MockHttpServletResponse saved = send(post(base + "/hours").param("MONDAY.start", "09:00", "14:00", "")
			.param("MONDAY.end", "13:00", "18:00", "")
			.param("THURSDAY.start", "", "10:00")
			.param("THURSDAY.end", "", "16:00"));
		assertThat(saved.getRedirectedUrl()).isEqualTo(base + "#hours");
		assertThat(schedules.hours(id)).containsExactly(
				new WorkingInterval(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(13, 0)),
				new WorkingInterval(DayOfWeek.MONDAY, LocalTime.of(14, 0), LocalTime.of(18, 0)),
				new WorkingInterval(DayOfWeek.THURSDAY, LocalTime.of(10, 0), LocalTime.of(16, 0)));
		assertThat(send(get(base)).getContentAsString()).contains("value=\"14:00\"").contains("Mon, Thu · 14 h a week");
	}

	@Test
	void overlappingOrHalfFilledRowsAreMarkedAndTheWeekStays() throws Exception {
		send(post(base + "/hours").param("MONDAY.start", "09:00").param("MONDAY.end", "13:00"));
		String page = send(post(base + "/hours").param("MONDAY.start", "09:00", "12:00")
			.param("MONDAY.end", "13:00", "17:00")
			.param("TUESDAY.start", "10:00")
			.param("TUESDAY.end", "")).getContentAsString();
		assertThat(page).contains("The hours were not saved")
			.contains("id=\"MONDAY-1-error\">This overlaps 09:00–13:00 on Monday.")
			.contains("value=\"12:00\"");
		assertThat(send(post(base + "/hours").param("MONDAY.start", "09:00").param("MONDAY.end", "08:00"))
			.getContentAsString()).contains("id=\"MONDAY-0-error\">The end must be after the start.");
		assertThat(send(post(base + "/hours").param("TUESDAY.start", "10:00").param("TUESDAY.end", ""))
			.getContentAsString()).contains("id=\"TUESDAY-0-error\">Enter an end time, like 17:00.");
		assertThat(schedules.hours(id)).hasSize(1);
	}

	@Test
	void daysOffAndExtraHoursAreAddedAndRemoved() throws Exception {
		LocalDate date = LocalDate.now().plusDays(30);
		assertThat(send(post(base + "/exceptions").param("date", date.toString()).param("kind", "TIME_OFF")
			.param("note", "Holiday")).getRedirectedUrl()).isEqualTo(base + "#dates");
		assertThat(send(post(base + "/exceptions").param("date", date.plusDays(1).toString())
			.param("kind", "EXTRA_HOURS")
			.param("start", "10:00")
			.param("end", "14:00")).getRedirectedUrl()).isEqualTo(base + "#dates");
		String page = send(get(base)).getContentAsString();
		assertThat(page).contains("Day off").contains("Holiday").contains("Extra hours").contains("10:00–14:00");

		String refused = send(post(base + "/exceptions").param("date", date.toString()).param("kind", "EXTRA_HOURS"))
			.getContentAsString();
		assertThat(refused).contains("id=\"start-error\">Extra hours need a start and an end time.");
		assertThat(send(post(base + "/exceptions").param("date", "").param("kind", "TIME_OFF")).getContentAsString())
			.contains("id=\"date-error\">Enter the date");

		List<ScheduleChange> changes = schedules.changes(id, null);
		assertThat(changes).hasSize(2);
		assertThat(send(post(base + "/exceptions/" + changes.get(0).id() + "/delete")).getRedirectedUrl())
			.isEqualTo(base + "#dates");
		assertThat(schedules.changes(id, null)).hasSize(1);
	}

	@Test
	void servicesAndProfileAreSaved() throws Exception {
		long consultation = catalog.addService(new NewService("Consultation", null, 15, 0, 0, ServiceKind.CONSULTATION, true, null));
		assertThat(send(get(base)).getContentAsString()).contains("Consultation").contains("name=\"serviceIds\"");
		assertThat(send(post(base + "/services").param("serviceIds", String.valueOf(consultation))).getRedirectedUrl())
			.isEqualTo(base + "#services");
		assertThat(therapists.serviceIds(id)).containsExactly(consultation);
		send(post(base + "/services"));
		assertThat(therapists.serviceIds(id)).isEmpty();

		assertThat(send(post(base).param("name", "Tom O.").param("bio", "Sports massage and stretching.").param("active", "true"))
			.getRedirectedUrl()).isEqualTo(base);
		assertThat(therapists.find(id).orElseThrow().name()).isEqualTo("Tom O.");
		assertThat(send(post(base).param("name", "").param("bio", "")).getContentAsString())
			.contains("id=\"name-error\">Enter the therapist&#39;s name.");
		assertThat(therapists.find(id).orElseThrow().active()).isTrue();
	}

	@Test
	void anUnknownTherapistIsAMissingPage() throws Exception {
		assertThat(send(get("/admin/therapists/999999")).getStatus()).isEqualTo(404);
		assertThat(send(post("/admin/therapists/999999/hours")).getStatus()).isEqualTo(404);
	}

}
