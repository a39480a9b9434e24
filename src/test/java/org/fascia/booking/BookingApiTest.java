package org.fascia.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.fascia.identity.FasciaUser;
import org.fascia.support.FasciaIntegrationTest;
import org.fascia.support.TestMail;
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

/** The booking API end to end on a real database, with mail read from GreenMail. */
@FasciaIntegrationTest
@Import(BookingFixture.class)
class BookingApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	BookingFixture fixture;

	@Autowired
	JdbcClient jdbc;

	private final JsonMapper json = JsonMapper.builder().build();

	private BookingFixture.Clinic clinic;

	@BeforeEach
	void clinic() {
		clinic = fixture.create(2);
	}

	private MockHttpServletResponse call(MockHttpServletRequestBuilder request, FasciaUser as) throws Exception {
		return mvc.perform(request.with(user(as))).andReturn().getResponse();
	}

	private MockHttpServletResponse book(FasciaUser as, String body) throws Exception {
		return call(post("/api/v1/appointments").contentType("application/json").content(body), as);
	}

	private String bookingBody(Instant start, Long clientId) {
		return "{\"serviceId\":" + clinic.serviceId() + ",\"therapistId\":" + clinic.therapistId() + ",\"start\":\""
				+ start + "\"" + (clientId == null ? "" : ",\"clientId\":" + clientId) + "}";
	}

	private JsonNode body(MockHttpServletResponse response) throws Exception {
		return json.readTree(response.getContentAsString());
	}

	@Test
	void aClientBooksASlotAndGetsAConfirmationWithACalendarFile() throws Exception {
		LocalDate day = LocalDate.now(BookingFixture.ZONE).plusDays(4);
		MockHttpServletResponse slots = call(get("/api/v1/availability").param("serviceId", "" + clinic.serviceId())
			.param("from", day.toString()).param("to", day.toString())
			.param("therapistId", "" + clinic.therapistId()), clinic.clientUser());
		assertThat(slots.getStatus()).isEqualTo(200);
		JsonNode first = body(slots).get(0);
		assertThat(first.get("start").asString()).isEqualTo(BookingFixture.at(4, 9, 0).toString());
		assertThat(first.get("end").asString()).isEqualTo(BookingFixture.at(4, 10, 0).toString());

		Instant start = BookingFixture.at(4, 9, 0);
		MockHttpServletResponse created = book(clinic.clientUser(), bookingBody(start, null));
		assertThat(created.getStatus()).isEqualTo(201);
		JsonNode appointment = body(created);
		assertThat(created.getHeader("Location")).isEqualTo("/api/v1/appointments/" + appointment.get("id").asLong());
		assertThat(appointment.get("status").asString()).isEqualTo("BOOKED");
		assertThat(appointment.get("clientId").asLong()).isEqualTo(clinic.clientId());

		MimeMessage mail = TestMail.awaitMessageTo(clinic.clientUser().getUsername(), Duration.ofSeconds(15));
		assertThat(mail.getSubject()).startsWith("Your appointment is booked");
		Calendar ics = attachedCalendar(mail);
		VTimeZone zone = ics.getComponent("VTIMEZONE").map(VTimeZone.class::cast).orElseThrow();
		assertThat(zone.getTimeZoneId().getValue()).isEqualTo("Europe/London");
		VEvent event = ics.getComponent("VEVENT").map(VEvent.class::cast).orElseThrow();
		assertThat(event.getDateTimeStart().getParameter("TZID")).isPresent();
		assertThat(Instant.from(event.getDateTimeStart().getDate())).isEqualTo(start);
		assertThat(ics.validate().hasErrors()).as(String.valueOf(ics.validate().getEntries())).isFalse();

		// The buffer: the next slot starts after 60 minutes plus 15 of turnover.
		JsonNode after = body(call(get("/api/v1/availability").param("serviceId", "" + clinic.serviceId())
			.param("from", day.toString()).param("to", day.toString())
			.param("therapistId", "" + clinic.therapistId()), clinic.clientUser()));
		assertThat(after.get(0).get("start").asString()).isEqualTo(BookingFixture.at(4, 10, 15).toString());
	}

	@Test
	void aLostRaceAnswers409WithTheNextFreeSlots() throws Exception {
		Instant start = BookingFixture.at(5, 11, 0);
		assertThat(book(clinic.frontDesk(), bookingBody(start, clinic.clientId())).getStatus()).isEqualTo(201);
		MockHttpServletResponse again = book(clinic.frontDesk(), bookingBody(start, clinic.otherClientId()));
		assertThat(again.getStatus()).isEqualTo(409);
		assertThat(again.getContentType()).startsWith("application/problem+json");
		JsonNode next = body(again).get("nextSlots");
		assertThat(next.size()).isBetween(1, 5);
		assertThat(Instant.parse(next.get(0).get("start").asString())).isAfter(start);
	}

	@Test
	void badInputGetsPreciseAnswersAndWritesNothing() throws Exception {
		int before = jdbc.sql("select count(*) from appointment").query(Integer.class).single();
		FasciaUser desk = clinic.frontDesk();
		MockHttpServletResponse noService = book(desk, "{\"serviceId\":999999,\"therapistId\":" + clinic.therapistId()
				+ ",\"start\":\"" + BookingFixture.at(4, 9, 0) + "\",\"clientId\":" + clinic.clientId() + "}");
		assertThat(noService.getStatus()).isEqualTo(404);
		assertThat(noService.getContentAsString()).as("the id is printed as it is, not as a number with grouping")
			.contains("There is no service 999999.");
		MockHttpServletResponse noServiceGiven = book(desk, "{\"therapistId\":" + clinic.therapistId() + ",\"start\":\""
				+ BookingFixture.at(4, 9, 0) + "\",\"clientId\":" + clinic.clientId() + "}");
		assertThat(noServiceGiven.getStatus()).isEqualTo(400);
		assertThat(noServiceGiven.getContentAsString()).contains("Choose a service.");
		assertThat(book(desk, "{\"serviceId\":" + clinic.serviceId() + ",\"therapistId\":999999,\"start\":\""
				+ BookingFixture.at(4, 9, 0) + "\",\"clientId\":" + clinic.clientId() + "}").getStatus()).isEqualTo(404);
		assertThat(book(desk, bookingBody(BookingFixture.at(4, 9, 0), 999999L)).getStatus()).isEqualTo(404);
		MockHttpServletResponse malformed = book(desk, "{\"serviceId\":" + clinic.serviceId() + ",\"therapistId\":"
				+ clinic.therapistId() + ",\"start\":\"tomorrow at ten\",\"clientId\":" + clinic.clientId() + "}");
		assertThat(malformed.getStatus()).isEqualTo(400);
		assertThat(malformed.getContentAsString()).contains("start");
		MockHttpServletResponse past = book(desk, bookingBody(BookingFixture.at(-1, 10, 0), clinic.clientId()));
		assertThat(past.getStatus()).isEqualTo(400);
		assertThat(past.getContentAsString()).contains("already passed");
		MockHttpServletResponse night = book(desk, bookingBody(BookingFixture.at(4, 22, 0), clinic.clientId()));
		assertThat(night.getStatus()).isEqualTo(422);
		assertThat(night.getContentAsString()).contains("outside the therapist’s working hours");
		MockHttpServletResponse offGrid = book(desk, bookingBody(BookingFixture.at(4, 9, 7), clinic.clientId()));
		assertThat(offGrid.getStatus()).isEqualTo(422);
		MockHttpServletResponse forSomeoneElse = book(clinic.clientUser(),
				bookingBody(BookingFixture.at(4, 12, 0), clinic.otherClientId()));
		assertThat(forSomeoneElse.getStatus()).isEqualTo(403);
		MockHttpServletResponse clientTooSoon = book(clinic.clientUser(), bookingBody(Instant.now().plus(Duration.ofHours(2))
			.truncatedTo(java.time.temporal.ChronoUnit.HOURS), null));
		assertThat(clientTooSoon.getStatus()).isEqualTo(400);
		assertThat(clientTooSoon.getContentAsString()).contains("hours’ notice. Please call the clinic");
		assertThat(jdbc.sql("select count(*) from appointment").query(Integer.class).single()).isEqualTo(before);

		String base = "/api/v1/availability?serviceId=" + clinic.serviceId();
		assertThat(call(get(base + "&from=2026-01-01&to=2026-06-01"), desk).getStatus()).isEqualTo(400);
		assertThat(call(get(base + "&from=2026-02-10&to=2026-02-01"), desk).getStatus()).isEqualTo(400);
		MockHttpServletResponse badDate = call(get(base + "&from=2026-02-30&to=2026-03-01"), desk);
		assertThat(badDate.getStatus()).isEqualTo(400);
		assertThat(badDate.getContentAsString()).contains("from");
		assertThat(call(get("/api/v1/availability?serviceId=999999&from=2026-03-01&to=2026-03-02"), desk).getStatus())
			.isEqualTo(404);
		assertThat(call(get(base + "&from=2026-03-01&to=2026-03-02&therapistId=999999"), desk).getStatus())
			.isEqualTo(404);
	}

	@Test
	void aClientSeesAndChangesOnlyTheirOwnAppointments() throws Exception {
		long mine = body(book(clinic.clientUser(), bookingBody(BookingFixture.at(6, 13, 0), null))).get("id").asLong();
		long theirs = body(book(clinic.otherClientUser(), bookingBody(BookingFixture.at(6, 15, 0), null))).get("id")
			.asLong();
		assertThat(call(get("/api/v1/appointments/" + theirs), clinic.clientUser()).getStatus()).isEqualTo(404);
		assertThat(call(post("/api/v1/appointments/" + theirs + "/cancel"), clinic.clientUser()).getStatus())
			.isEqualTo(404);
		String day = LocalDate.now(BookingFixture.ZONE).plusDays(6).toString();
		JsonNode list = body(call(get("/api/v1/appointments").param("from", day).param("to", day), clinic.clientUser()));
		assertThat(list.valueStream().map(a -> a.get("id").asLong())).contains(mine).doesNotContain(theirs);

		MockHttpServletResponse moved = call(post("/api/v1/appointments/" + mine + "/reschedule")
			.contentType("application/json").content("{\"start\":\"" + BookingFixture.at(7, 13, 0) + "\"}"),
				clinic.clientUser());
		assertThat(moved.getStatus()).isEqualTo(200);
		assertThat(body(moved).get("start").asString()).isEqualTo(BookingFixture.at(7, 13, 0).toString());
		MockHttpServletResponse cancelled = call(post("/api/v1/appointments/" + mine + "/cancel"), clinic.clientUser());
		assertThat(body(cancelled).get("status").asString()).isEqualTo("CANCELLED");
		assertThat(jdbc.sql("select subject from mail_outbox where recipient = :to order by id")
			.param("to", clinic.clientUser().getUsername()).query(String.class).list())
			.anySatisfy(s -> assertThat(s).startsWith("Your appointment has moved"))
			.anySatisfy(s -> assertThat(s).startsWith("Your appointment is cancelled"));
	}

	@Test
	void insideTheWindowClientsMustCallAndStaffOverrideWithAReason() throws Exception {
		// the first whole hour from 9:00 to 15:00 that is 2 to 23 hours away: inside the 24 h window at any time of day
		Instant soon = null;
		for (int day = 0; day <= 1 && soon == null; day++) {
			for (int hour = 9; hour <= 15 && soon == null; hour++) {
				Instant candidate = BookingFixture.at(day, hour, 0);
				if (candidate.isAfter(Instant.now().plus(Duration.ofHours(2)))
						&& candidate.isBefore(Instant.now().plus(Duration.ofHours(23)))) {
					soon = candidate;
				}
			}
		}
		assertThat(soon).as("a working hour within the next day").isNotNull();
		MockHttpServletResponse booked = book(clinic.frontDesk(), bookingBody(soon, clinic.clientId()));
		assertThat(booked.getStatus()).isEqualTo(201);
		long id = body(booked).get("id").asLong();
		MockHttpServletResponse client = call(post("/api/v1/appointments/" + id + "/cancel"), clinic.clientUser());
		assertThat(client.getStatus()).isEqualTo(422);
		assertThat(client.getContentAsString()).contains("call the clinic");
		MockHttpServletResponse noReason = call(post("/api/v1/appointments/" + id + "/cancel"), clinic.frontDesk());
		assertThat(noReason.getStatus()).isEqualTo(400);
		MockHttpServletResponse late = call(post("/api/v1/appointments/" + id + "/cancel")
			.contentType("application/json").content("{\"late\":true,\"reason\":\"Phoned in sick\"}"), clinic.frontDesk());
		assertThat(body(late).get("status").asString()).isEqualTo("LATE_CANCELLED");
	}

	@Test
	void aSeriesIsBookedWholeOrNotAtAll() throws Exception {
		Instant first = BookingFixture.at(8, 16, 0);
		String series = "{\"serviceId\":" + clinic.serviceId() + ",\"therapistId\":" + clinic.secondTherapistId()
				+ ",\"start\":\"" + first + "\",\"clientId\":" + clinic.clientId() + ",\"count\":4,\"intervalWeeks\":1}";
		// Block the third week first.
		String blocker = "{\"serviceId\":" + clinic.serviceId() + ",\"therapistId\":" + clinic.secondTherapistId()
				+ ",\"start\":\"" + BookingFixture.at(22, 16, 0) + "\",\"clientId\":" + clinic.otherClientId() + "}";
		assertThat(book(clinic.frontDesk(), blocker).getStatus()).isEqualTo(201);
		int before = jdbc.sql("select count(*) from appointment").query(Integer.class).single();
		MockHttpServletResponse conflict = call(post("/api/v1/appointment-series").contentType("application/json")
			.content(series), clinic.frontDesk());
		assertThat(conflict.getStatus()).isEqualTo(409);
		assertThat(body(conflict).get("conflicts").size()).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from appointment").query(Integer.class).single()).isEqualTo(before);

		String later = series.replace(first.toString(), BookingFixture.at(8, 9, 0).toString());
		MockHttpServletResponse ok = call(post("/api/v1/appointment-series").contentType("application/json")
			.content(later), clinic.frontDesk());
		assertThat(ok.getStatus()).isEqualTo(201);
		JsonNode booked = body(ok);
		assertThat(booked.size()).isEqualTo(4);
		for (JsonNode a : booked) {
			assertThat(Instant.parse(a.get("start").asString()).atZone(BookingFixture.ZONE).getHour()).isEqualTo(9);
		}
	}

	static Calendar attachedCalendar(MimeMessage mail) throws Exception {
		Multipart parts = (Multipart) mail.getContent();
		for (int i = 0; i < parts.getCount(); i++) {
			BodyPart part = parts.getBodyPart(i);
			if (part.getContentType().toLowerCase().startsWith("text/calendar")) {
				String text = new String(part.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
				return new CalendarBuilder().build(new StringReader(text));
			}
		}
		throw new AssertionError("no text/calendar part");
	}

}
