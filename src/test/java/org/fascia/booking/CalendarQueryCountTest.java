package org.fascia.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.Callable;

import org.fascia.support.DatabaseTest;
import org.fascia.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * A calendar page runs a fixed number of SQL statements, whatever the number of therapists and
 * appointments: counted at the JDBC layer, in the context of {@link AvailabilityQueryCountTest}.
 */
@DatabaseTest
@SpringBootTest(properties = "fascia.test.context=query-count")
@Import({ TestAccounts.class, BookingFixture.class, AvailabilityQueryCountTest.Counting.class })
class CalendarQueryCountTest {

	@Autowired
	CalendarQueries queries;

	@Autowired
	BookingFixture fixture;

	@Autowired
	BookingService booking;

	@Autowired
	WebApplicationContext context;

	private int statements(Callable<?> call) throws Exception {
		AvailabilityQueryCountTest.STATEMENTS.set(0);
		AvailabilityQueryCountTest.COUNTING.set(true);
		try {
			call.call();
		}
		finally {
			AvailabilityQueryCountTest.COUNTING.set(false);
		}
		return AvailabilityQueryCountTest.STATEMENTS.get();
	}

	@Test
	void aDayOrAWeekCostsTheSameWhateverIsInIt() throws Exception {
		MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
		BookingFixture.Clinic clinic = fixture.create(2);
		LocalDate day = LocalDate.now(BookingFixture.ZONE).plusDays(6);
		Actor staff = Actor.staff(clinic.frontDesk().id(), false);
		booking.book(new BookingRequest(clinic.serviceId(), clinic.therapistId(), BookingFixture.at(6, 9, 0),
				clinic.clientId()), staff);
		Callable<Object> dayPage = () -> mvc.perform(get("/calendar").param("date", day.toString())
			.with(user(clinic.frontDesk()))).andReturn();
		Callable<Object> weekPage = () -> mvc.perform(get("/calendar").param("date", day.toString())
			.param("view", "week").with(user(clinic.frontDesk()))).andReturn();
		ZoneId zone = queries.zone();
		int readModel = statements(() -> queries.load(zone, day, day.plusDays(6)));
		int smallDay = statements(dayPage);
		int smallWeek = statements(weekPage);

		for (int i = 0; i < 3; i++) {
			BookingFixture.Clinic more = fixture.create(1);
			for (int hour = 9; hour < 16; hour += 2) {
				booking.book(new BookingRequest(more.serviceId(), more.therapistId(), BookingFixture.at(6, hour, 0),
						more.clientId()), staff);
			}
		}
		assertThat(readModel).as("zone is asked by the caller; therapists, schedules, appointments").isEqualTo(3);
		assertThat(statements(() -> queries.load(zone, day, day.plusDays(6)))).isEqualTo(readModel);
		assertThat(statements(dayPage)).isEqualTo(smallDay);
		assertThat(statements(weekPage)).isEqualTo(smallWeek).isEqualTo(smallDay);
		assertThat(smallDay).as("the whole page: the clinic's name for the layout, the zone, the read model").isEqualTo(5);
	}

}
