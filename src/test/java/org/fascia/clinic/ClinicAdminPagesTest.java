package org.fascia.clinic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.fascia.identity.FasciaUser;
import org.fascia.identity.Role;
import org.fascia.support.FasciaIntegrationTest;
import org.fascia.support.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The owner's clinic, rooms and services pages render, save, and explain refusals next to the field. */
@FasciaIntegrationTest
class ClinicAdminPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	ClinicSettings settings;

	@Autowired
	ServiceMenu menu;

	@Autowired
	Rooms rooms;

	FasciaUser owner;

	@BeforeEach
	void signIn() {
		owner = accounts.principal(Role.OWNER);
	}

	@AfterEach
	void restoreClinic() {
		settings.update(new ClinicChange("Test Clinic", "Europe/London", 15, 12, 60, 24, 24));
	}

	private MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request.with(user(owner)).with(csrf())).andReturn().getResponse();
	}

	private String page(String path) throws Exception {
		MockHttpServletResponse response = send(get(path));
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		return response.getContentAsString();
	}

	@Test
	void theClinicPageShowsAndSavesTheBookingPolicy() throws Exception {
		String form = page("/admin/clinic");
		assertThat(form).contains("Clinic and booking policy").contains("<label for=\"slotStepMinutes\">")
			.contains("value=\"Test Clinic\"").contains("aria-current=\"page\"").contains("Europe/London");

		MockHttpServletResponse saved = send(post("/admin/clinic").param("name", "Back Studio")
			.param("timeZone", "Europe/Dublin")
			.param("slotStepMinutes", "30")
			.param("minimumNoticeHours", "24")
			.param("bookingHorizonDays", "90")
			.param("cancellationWindowHours", "48")
			.param("reminderHours", "48"));
		assertThat(saved.getRedirectedUrl()).isEqualTo("/admin/clinic");
		assertThat(settings.current().orElseThrow().timeZone().getId()).isEqualTo("Europe/Dublin");
		assertThat(settings.policy()).isEqualTo(new BookingPolicy(30, 24, 90, 48, 48));
	}

	@Test
	void theClinicPageExplainsEachRefusedFieldAndSavesNothing() throws Exception {
		String page = send(post("/admin/clinic").param("name", " ")
			.param("timeZone", "Europe/London")
			.param("slotStepMinutes", "7")
			.param("minimumNoticeHours", "12")
			.param("bookingHorizonDays", "400")
			.param("cancellationWindowHours", "24")
			.param("reminderHours", "24")).getContentAsString();
		assertThat(page).contains("Nothing was saved")
			.contains("id=\"name-error\">Enter the clinic&#39;s name.")
			.contains("id=\"slotStepMinutes-error\">Use a multiple of 5 minutes")
			.contains("id=\"bookingHorizonDays-error\">Choose a booking horizon from 1 to 365 days.")
			.contains("value=\"400\"");
		page = send(post("/admin/clinic").param("name", "Test Clinic")
			.param("timeZone", "Europe/London")
			.param("slotStepMinutes", "fifteen")).getContentAsString();
		assertThat(page).contains("id=\"slotStepMinutes-error\">Enter the slot step in minutes as a whole number.")
			.contains("id=\"reminderHours-error\">Enter when to remind");
		assertThat(settings.policy().slotStepMinutes()).isEqualTo(15);
		assertThat(settings.current().orElseThrow().name()).isEqualTo("Test Clinic");
	}

	@Test
	void roomsAreAddedRenamedAndTakenOutOfUse() throws Exception {
		assertThat(page("/admin/rooms")).contains("<label for=\"new-room\">New room</label>");
		assertThat(send(post("/admin/rooms").param("name", "Treatment room 1")).getRedirectedUrl()).isEqualTo("/admin/rooms");
		Room room = rooms.all().stream().filter(r -> r.name().equals("Treatment room 1")).findFirst().orElseThrow();
		assertThat(page("/admin/rooms")).contains("value=\"Treatment room 1\"");

		assertThat(send(post("/admin/rooms").param("name", "")).getContentAsString())
			.contains("id=\"name-error\">Enter the room&#39;s name.");
		assertThat(send(post("/admin/rooms/" + room.id()).param("name", "")).getContentAsString())
			.contains("Enter the room&#39;s name.");
		// An unticked box sends nothing: the room goes out of use.
		assertThat(send(post("/admin/rooms/" + room.id()).param("name", "Quiet room")).getRedirectedUrl())
			.isEqualTo("/admin/rooms");
		assertThat(rooms.find(room.id()).orElseThrow()).isEqualTo(new Room(room.id(), "Quiet room", room.locationId(), false));
	}

	@Test
	void servicesAreAddedAndChangedFromTheForm() throws Exception {
		assertThat(page("/admin/services/new")).contains("New service").contains("<label for=\"price\">Price</label>");
		MockHttpServletResponse added = send(post("/admin/services/new").param("name", "Myofascial release (45 min)")
			.param("description", "Sustained, gentle pressure.")
			.param("kind", "TREATMENT")
			.param("durationMinutes", "45")
			.param("bufferMinutes", "15")
			.param("price", "60")
			.param("bookableOnline", "true"));
		assertThat(added.getRedirectedUrl()).isEqualTo("/admin/services");
		ServiceOffering service = menu.all().stream().filter(s -> s.name().startsWith("Myofascial")).findFirst().orElseThrow();
		assertThat(service.priceCents()).isEqualTo(6000);
		assertThat(service.bookableOnline()).isTrue();
		assertThat(page("/admin/services")).contains("Myofascial release (45 min)").contains("60.00").contains("No therapist offers it yet");

		String refused = send(post("/admin/services/new").param("name", "")
			.param("kind", "TREATMENT")
			.param("durationMinutes", "45")
			.param("bufferMinutes", "15")
			.param("price", "sixty")).getContentAsString();
		assertThat(refused).contains("id=\"price-error\">Enter the price like 75 or 62.50");
		refused = send(post("/admin/services/new").param("name", "")
			.param("kind", "TREATMENT")
			.param("durationMinutes", "500")
			.param("bufferMinutes", "0")
			.param("price", "10")).getContentAsString();
		assertThat(refused).contains("id=\"name-error\">Enter the service&#39;s name.")
			.contains("id=\"durationMinutes-error\">Choose a duration from 5 to 480 minutes.");

		assertThat(page("/admin/services/" + service.id())).contains("value=\"60.00\"").contains("Save the service");
		assertThat(send(post("/admin/services/" + service.id()).param("name", "Myofascial release (45 min)")
			.param("description", "")
			.param("kind", "TREATMENT")
			.param("durationMinutes", "45")
			.param("bufferMinutes", "10")
			.param("price", "62.5")
			.param("active", "true")).getRedirectedUrl()).isEqualTo("/admin/services");
		ServiceOffering changed = menu.find(service.id()).orElseThrow();
		assertThat(changed.priceCents()).isEqualTo(6250);
		assertThat(changed.bufferMinutes()).isEqualTo(10);
		assertThat(changed.bookableOnline()).isFalse();
		assertThat(changed.description()).isNull();
		assertThat(send(get("/admin/services/999999")).getStatus()).isEqualTo(404);
	}

	@Test
	void theDashboardLinksTheOwnersTools() throws Exception {
		assertThat(page("/dashboard")).contains("href=\"/admin/clinic\"").contains("href=\"/admin/therapists\"")
			.contains("href=\"/admin/services\"").contains("href=\"/admin/rooms\"");
	}

}
