package org.fascia.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.fascia.identity.FasciaUser;
import org.fascia.identity.Role;
import org.fascia.platform.Db;
import org.fascia.support.FasciaIntegrationTest;
import org.fascia.support.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** A therapist's private iCalendar feed: created, read without signing in, replaced and revoked. */
@FasciaIntegrationTest
@Import(BookingFixture.class)
class CalendarFeedTest {

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

	private BookingFixture.Clinic clinic;

	private FasciaUser therapist;

	@BeforeEach
	void clinic() {
		clinic = fixture.create(1);
		therapist = fixture.therapistUser(clinic.therapistId());
	}

	@Test
	void theFeedListsTheTherapistsOccupyingAppointmentsInTheClinicsZone() throws Exception {
		Actor staff = Actor.staff(clinic.frontDesk().id(), false);
		long soon = book(clinic.therapistId(), BookingFixture.at(3, 10, 0), staff);
		long cancelled = book(clinic.therapistId(), BookingFixture.at(3, 13, 0), staff);
		changes.cancel(cancelled, staff, null, false);
		long someoneElses = book(clinic.secondTherapistId(), BookingFixture.at(4, 10, 0), staff);
		long tooFar = book(clinic.therapistId(), BookingFixture.at(95, 10, 0), staff);
		long lastWeek = pastAppointment(Duration.ofDays(7));
		long twoMonthsAgo = pastAppointment(Duration.ofDays(60));

		String url = create(therapist);
		assertThat(mvc.perform(head(url)).andReturn().getResponse().getStatus()).as("calendar apps may ask HEAD first")
			.isEqualTo(200);
		MockHttpServletResponse response = mvc.perform(get(url)).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentType()).isEqualTo("text/calendar;charset=UTF-8");
		assertThat(response.getHeader("Cache-Control")).contains("no-store");

		Calendar ics = new CalendarBuilder().build(new StringReader(response.getContentAsString()));
		assertThat(ics.validate().getEntries()).as("RFC 5545 validation").isEmpty();
		VTimeZone zone = ics.getComponent("VTIMEZONE").map(VTimeZone.class::cast).orElseThrow();
		assertThat(zone.getTimeZoneId().getValue()).isEqualTo("Europe/London");
		List<VEvent> events = ics.getComponents("VEVENT").stream().map(VEvent.class::cast).toList();
		assertThat(events).extracting(e -> e.getUid().orElseThrow().getValue())
			.containsExactlyInAnyOrder("appointment-" + soon + "@fascia", "appointment-" + lastWeek + "@fascia")
			.doesNotContain("appointment-" + cancelled + "@fascia", "appointment-" + someoneElses + "@fascia",
					"appointment-" + tooFar + "@fascia", "appointment-" + twoMonthsAgo + "@fascia");
		VEvent event = events.stream()
			.filter(e -> e.getUid().orElseThrow().getValue().equals("appointment-" + soon + "@fascia"))
			.findFirst()
			.orElseThrow();
		assertThat(event.getSummary().getValue()).startsWith("Test C. – Deep tissue massage (60 min)");
		assertThat(event.getLocation().getValue()).startsWith("Room ");
		assertThat(event.getDateTimeStart().getParameter("TZID")).isPresent();
		assertThat(Instant.from(event.getDateTimeStart().getDate())).isEqualTo(BookingFixture.at(3, 10, 0));
		assertThat(jdbc.sql("""
				select count(*) from audit_event
				where action = 'CALENDAR_FEED_READ' and subject_type = 'therapist' and subject_id = :id
				""").param("id", "" + clinic.therapistId()).query(Integer.class).single()).isEqualTo(2);
	}

	@Test
	void aNewAddressReplacesTheOldAndARevokedFeedIsGone() throws Exception {
		String first = create(therapist);
		assertThat(status(first)).isEqualTo(200);
		String second = create(therapist);
		assertThat(second).isNotEqualTo(first);
		assertThat(status(first)).isEqualTo(404);
		assertThat(status(second)).isEqualTo(200);
		assertThat(jdbc.sql("select calendar_token_hash from therapist where id = :id").param("id", clinic.therapistId())
			.query(String.class).single()).hasSize(64).doesNotContain(second.substring(second.lastIndexOf('/') + 1));

		MockHttpServletResponse revoked = mvc.perform(post("/calendar/feed/revoke").with(user(therapist)).with(csrf()))
			.andReturn().getResponse();
		assertThat(revoked.getStatus()).isEqualTo(302);
		assertThat(status(second)).isEqualTo(404);
		assertThat(status("/calendar/feeds/not-a-token.ics")).isEqualTo(404);
	}

	@Test
	void theOwnerManagesAnyFeedAndATherapistOnlyTheirOwn() throws Exception {
		FasciaUser owner = accounts.principal(Role.OWNER);
		String page = mvc.perform(get("/calendar/feed").param("therapistId", "" + clinic.secondTherapistId())
			.with(user(owner))).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("No feed yet.", "Create the feed address");
		MvcResult created = mvc.perform(post("/calendar/feed").param("therapistId", "" + clinic.secondTherapistId())
			.with(user(owner)).with(csrf())).andReturn();
		assertThat(created.getResponse().getRedirectedUrl())
			.isEqualTo("/calendar/feed?therapistId=" + clinic.secondTherapistId());
		assertThat(status(path(created))).isEqualTo(200);

		assertThat(mvc.perform(get("/calendar/feed").param("therapistId", "" + clinic.secondTherapistId())
			.with(user(therapist))).andReturn().getResponse().getStatus()).isEqualTo(403);
		assertThat(mvc.perform(post("/calendar/feed/revoke").param("therapistId", "" + clinic.secondTherapistId())
			.with(user(therapist)).with(csrf())).andReturn().getResponse().getStatus()).isEqualTo(403);
		assertThat(status(path(created))).isEqualTo(200);
		String own = mvc.perform(get("/calendar/feed").with(user(therapist))).andReturn().getResponse()
			.getContentAsString();
		assertThat(own).contains(therapist.displayName()).doesNotContain("feed-therapist");
	}

	private long book(long therapistId, Instant start, Actor staff) {
		return booking.book(new BookingRequest(clinic.serviceId(), therapistId, start, clinic.clientId()), staff).id();
	}

	/** Past appointments cannot be booked; they are written as the history they would be. */
	private long pastAppointment(Duration ago) {
		Instant start = Instant.now().minus(ago).truncatedTo(java.time.temporal.ChronoUnit.HOURS);
		jdbc.sql("""
				insert into appointment (client_id, therapist_id, room_id, service_id, start_at, end_at, occupied_until,
				                         status, created_at, changed_at)
				values (:client, :therapist, :room, :service, :start, :end, :end, 'COMPLETED', :start, :start)
				""")
			.param("client", clinic.clientId())
			.param("therapist", clinic.therapistId())
			.param("room", clinic.rooms().get(0))
			.param("service", clinic.serviceId())
			.param("start", Db.utc(start))
			.param("end", Db.utc(start.plus(Duration.ofHours(1))))
			.update();
		return jdbc.sql("select max(id) from appointment").query(Long.class).single();
	}

	private String create(FasciaUser who) throws Exception {
		MvcResult result = mvc.perform(post("/calendar/feed").with(user(who)).with(csrf())).andReturn();
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/calendar/feed");
		return path(result);
	}

	private static String path(MvcResult result) {
		String url = (String) result.getFlashMap().get("feedUrl");
		assertThat(url).matches("http://localhost:\\d+/calendar/feeds/[A-Za-z0-9_-]{43}\\.ics");
		return url.substring(url.indexOf("/calendar/"));
	}

	private int status(String path) throws Exception {
		return mvc.perform(get(path)).andReturn().getResponse().getStatus();
	}

}
