package org.fascia.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Instant;
import java.time.LocalDate;

import org.fascia.identity.FasciaUser;
import org.fascia.identity.Role;
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

/** The staff calendar's pages on a real database: day, week, the side panel, moving, cancelling, booking. */
@FasciaIntegrationTest
@Import(BookingFixture.class)
class CalendarPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	BookingFixture fixture;

	@Autowired
	BookingService booking;

	@Autowired
	BookingChanges changes;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CalendarWords calendarWords;

	private BookingFixture.Clinic clinic;

	private FasciaUser desk;

	private LocalDate day;

	private Actor staff;

	@BeforeEach
	void clinic() {
		clinic = fixture.create(2);
		desk = clinic.frontDesk();
		staff = Actor.staff(desk.id(), false);
		day = LocalDate.now(BookingFixture.ZONE).plusDays(5);
	}

	private long book(long therapistId, int hour, int minute, long clientId) {
		return booking.book(new BookingRequest(clinic.serviceId(), therapistId, BookingFixture.at(5, hour, minute),
				clientId), staff).id();
	}

	private MockHttpServletResponse call(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request.with(user(desk)).with(csrf())).andReturn().getResponse();
	}

	private MockHttpServletResponse htmx(MockHttpServletRequestBuilder request) throws Exception {
		return call(request.header("HX-Request", "true"));
	}

	@Test
	void theDayShowsEachAppointmentWithItsStatusInWordsAndPlacedOnTheGrid() throws Exception {
		long booked = book(clinic.therapistId(), 10, 0, clinic.clientId());
		long noShow = book(clinic.therapistId(), 14, 0, clinic.otherClientId());
		long cancelled = book(clinic.therapistId(), 12, 0, clinic.otherClientId());
		changes.cancel(cancelled, staff, null, false);
		jdbc.sql("update appointment set status = 'NO_SHOW' where id = :id").param("id", noShow).update();

		MockHttpServletResponse page = call(get("/calendar").param("date", day.toString())
			.param("therapistId", "" + clinic.therapistId()));
		assertThat(page.getStatus()).isEqualTo(200);
		String html = page.getContentAsString();
		assertThat(html).contains("Booked", "No-show", "Cancelled this day", "Test C.", "09:00–17:00");
		// 09:00 is row 1: 10:00 starts at row 5, an hour spans 4 rows.
		assertThat(html).contains("cal-block row-start-5 span-4 status-booked")
			.contains("cal-block row-start-21 span-4 status-no-show")
			.contains("href=\"/calendar/appointments/" + booked + "\"")
			.contains("aria-label=\"10:00 to 11:00, Test C., ");
		assertThat(html).doesNotContain("cal-block row-start-13");
		assertThat(html).doesNotContain("style=");
	}

	@Test
	void aBlockIsSummedUpInOneSentenceFromTheBundle() {
		CalendarEntry late = CalendarGridTest.entry(1, 1, 9, 0, 60, AppointmentStatus.LATE_CANCELLED);
		assertThat(calendarWords.status(late.status())).isEqualTo("Late cancellation");
		assertThat(calendarWords.readiness(late)).isNull();
		assertThat(calendarWords.summary(late)).isEqualTo("09:00 to 10:00, Alex M., Deep tissue massage (60 min), "
				+ "Room 1, Late cancellation, with Maya Chen");
		CalendarEntry notReady = CalendarGridTest.entry(2, 1, 9, 0, 60, AppointmentStatus.BOOKED, "NOT_READY");
		assertThat(calendarWords.summary(notReady)).isEqualTo("09:00 to 10:00, Alex M., Deep tissue massage (60 min), "
				+ "Room 1, Booked, not ready, with Maya Chen");
		assertThat(calendarWords.readiness(CalendarGridTest.entry(3, 1, 9, 0, 60, AppointmentStatus.BOOKED, "RESCREEN")))
			.isEqualTo("re-screen needed");
	}

	@Test
	void theWeekListsTherapistsByDayWithStatus() throws Exception {
		long late = book(clinic.secondTherapistId(), 9, 0, clinic.clientId());
		book(clinic.secondTherapistId(), 11, 0, clinic.otherClientId());
		changes.cancel(late, staff, "Phoned in sick", true);
		MockHttpServletResponse page = call(get("/calendar").param("date", day.toString()).param("view", "week")
			.param("therapistId", "" + clinic.secondTherapistId()));
		assertThat(page.getStatus()).isEqualTo(200);
		String html = page.getContentAsString();
		assertThat(html).contains("cal-week", "Late cancellation", "Booked", "Test C.", "09:00", "11:00");
		assertThat(html).contains("?date=" + day + "&amp;view=day");
	}

	@Test
	void thePanelIsAFragmentForHtmxAndAPageWithout() throws Exception {
		long id = book(clinic.therapistId(), 10, 0, clinic.clientId());
		String fragment = htmx(get("/calendar/appointments/" + id)).getContentAsString();
		assertThat(fragment).doesNotContain("<html").contains("Test Client", "Move the appointment",
				"Cancel the appointment", "Deep tissue massage");
		String page = call(get("/calendar/appointments/" + id)).getContentAsString();
		assertThat(page).contains("<html", "Back to the calendar", "id=\"calendar-panel\"");
		assertThat(jdbc.sql("select count(*) from audit_event where action = 'APPOINTMENT_READ' and subject_id = :id")
			.param("id", "" + id).query(Integer.class).single()).isEqualTo(2);
	}

	@Test
	void aMoveIntoATakenTimeShowsWhyAndChangesNothing() throws Exception {
		long id = book(clinic.therapistId(), 10, 0, clinic.clientId());
		book(clinic.therapistId(), 12, 0, clinic.otherClientId());
		String before = jdbc.sql("select start_at || '/' || version from appointment where id = :id").param("id", id)
			.query(String.class).single();
		MockHttpServletResponse response = htmx(post("/calendar/appointments/" + id + "/move")
			.param("date", day.toString()).param("time", "12:00").param("therapistId", "" + clinic.therapistId()));
		assertThat(response.getStatus()).isEqualTo(409);
		assertThat(response.getHeader("HX-Trigger")).isNull();
		assertThat(response.getContentAsString()).contains("This time is no longer free", "The next free times",
				"Move to ");
		assertThat(jdbc.sql("select start_at || '/' || version from appointment where id = :id").param("id", id)
			.query(String.class).single()).isEqualTo(before);
		MockHttpServletResponse offGrid = htmx(post("/calendar/appointments/" + id + "/move")
			.param("date", day.toString()).param("time", "25:99"));
		assertThat(offGrid.getStatus()).isEqualTo(400);
		assertThat(offGrid.getContentAsString()).contains("Enter a time like 14:30.");
	}

	@Test
	void aMoveToAFreeTimeRefreshesTheCalendarAndTellsTheClient() throws Exception {
		long id = book(clinic.therapistId(), 10, 0, clinic.clientId());
		MockHttpServletResponse response = htmx(post("/calendar/appointments/" + id + "/move")
			.param("date", day.toString()).param("time", "15:00").param("therapistId", "" + clinic.secondTherapistId()));
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getHeader("HX-Trigger")).isEqualTo("calendar-changed");
		assertThat(response.getContentAsString()).contains("Moved to", "15:00");
		Appointment moved = changes.get(id, staff);
		assertThat(moved.start()).isEqualTo(BookingFixture.at(5, 15, 0));
		assertThat(moved.therapistId()).isEqualTo(clinic.secondTherapistId());
		assertThat(jdbc.sql("select subject from mail_outbox where recipient = :to order by id")
			.param("to", clinic.clientUser().getUsername()).query(String.class).list())
			.anySatisfy(s -> assertThat(s).startsWith("Your appointment has moved"));

		// Without JavaScript: a redirect to the new day, with the message.
		MockHttpServletResponse plain = call(post("/calendar/appointments/" + id + "/move").param("date", day.toString())
			.param("time", "16:00").param("therapistId", "" + clinic.secondTherapistId()));
		assertThat(plain.getStatus()).isEqualTo(302);
		assertThat(plain.getRedirectedUrl()).isEqualTo("/calendar?date=" + day + "&view=day");
	}

	@Test
	void staffCancelNormallyOrLateAndRecordNoShowsOnlyAfterTheStart() throws Exception {
		long normal = book(clinic.therapistId(), 9, 0, clinic.clientId());
		long late = book(clinic.therapistId(), 11, 0, clinic.clientId());
		MockHttpServletResponse early = htmx(post("/calendar/appointments/" + normal + "/no-show"));
		assertThat(early.getStatus()).isEqualTo(422);
		assertThat(early.getContentAsString()).contains("only once the appointment has started");
		assertThat(htmx(post("/calendar/appointments/" + normal + "/cancel")).getHeader("HX-Trigger"))
			.isEqualTo("calendar-changed");
		assertThat(htmx(post("/calendar/appointments/" + late + "/cancel").param("late", "true")
			.param("reason", "Phoned an hour before")).getContentAsString()).contains("late cancellation");
		assertThat(changes.get(normal, staff).status()).isEqualTo(AppointmentStatus.CANCELLED);
		assertThat(changes.get(late, staff).status()).isEqualTo(AppointmentStatus.LATE_CANCELLED);
		MockHttpServletResponse again = htmx(post("/calendar/appointments/" + normal + "/cancel"));
		assertThat(again.getStatus()).isEqualTo(409);
		assertThat(again.getContentAsString()).contains("This appointment is cancelled.");
	}

	@Test
	void staffFindAClientAndBookOneOfTheFreeTimes() throws Exception {
		String search = htmx(get("/calendar/book").param("q", "test cli")).getContentAsString();
		assertThat(search).contains("value=\"" + clinic.clientId() + "\"", "Test Client");
		assertThat(jdbc.sql("select count(*) from audit_event where action = 'CLIENT_READ' and detail like 'search%'")
			.query(Integer.class).single()).isPositive();

		MockHttpServletResponse form = htmx(get("/calendar/book").param("serviceId", "" + clinic.serviceId())
			.param("therapistId", "" + clinic.therapistId()).param("date", day.toString()));
		Instant nine = BookingFixture.at(5, 9, 0);
		assertThat(form.getContentAsString()).contains("value=\"" + nine + "\"", "free start times");

		int before = count();
		MockHttpServletResponse booked = htmx(post("/calendar/book").param("clientId", "" + clinic.clientId())
			.param("serviceId", "" + clinic.serviceId()).param("therapistId", "" + clinic.therapistId())
			.param("date", day.toString()).param("start", nine.toString()));
		assertThat(booked.getStatus()).isEqualTo(200);
		assertThat(booked.getHeader("HX-Trigger")).isEqualTo("calendar-changed");
		assertThat(booked.getContentAsString()).contains("Booked Test Client");
		assertThat(count()).isEqualTo(before + 1);

		MockHttpServletResponse taken = htmx(post("/calendar/book").param("clientId", "" + clinic.otherClientId())
			.param("serviceId", "" + clinic.serviceId()).param("therapistId", "" + clinic.therapistId())
			.param("date", day.toString()).param("start", nine.toString()));
		assertThat(taken.getStatus()).isEqualTo(409);
		assertThat(taken.getContentAsString()).contains("This time is no longer free", "The next free times");
		// Without JavaScript: a page of its own, and a redirect to the day once booked.
		assertThat(call(get("/calendar/book")).getContentAsString()).contains("<html", "Show free times");
		MockHttpServletResponse plain = call(post("/calendar/book").param("clientId", "" + clinic.otherClientId())
			.param("serviceId", "" + clinic.serviceId()).param("therapistId", "" + clinic.secondTherapistId())
			.param("date", day.toString()).param("start", nine.toString()));
		assertThat(plain.getRedirectedUrl()).isEqualTo("/calendar?date=" + day + "&view=day");
		before++;
		MockHttpServletResponse empty = htmx(post("/calendar/book"));
		assertThat(empty.getStatus()).isEqualTo(400);
		assertThat(empty.getContentAsString()).contains("Choose the client.", "Choose one of the free times.");
		assertThat(count()).isEqualTo(before + 1);
	}

	@Test
	void clientsAreKeptOutOfTheCalendar() throws Exception {
		FasciaUser client = accounts.principal(Role.CLIENT);
		assertThat(mvc.perform(get("/calendar").with(user(client))).andReturn().getResponse().getStatus())
			.isEqualTo(403);
	}

	private int count() {
		return jdbc.sql("select count(*) from appointment").query(Integer.class).single();
	}

}
