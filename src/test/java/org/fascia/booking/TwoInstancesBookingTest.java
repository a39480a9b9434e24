package org.fascia.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.fascia.FasciaApplication;
import org.fascia.support.FasciaIntegrationTest;
import org.fascia.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Two application instances on one PostgreSQL: 50 concurrent bookings of one slot, one winner. */
@FasciaIntegrationTest
@Import(BookingFixture.class)
@EnabledIf("org.fascia.support.TestDatabase#isPostgres")
class TwoInstancesBookingTest {

	@Autowired
	BookingFixture fixture;

	@Autowired
	BookingService booking;

	@Autowired
	Environment environment;

	@Autowired
	JdbcClient jdbc;

	@Test
	void bothInstancesTogetherBookTheSlotOnce() throws Exception {
		BookingFixture.Clinic clinic = fixture.create(2);
		SpringApplication second = new SpringApplication(FasciaApplication.class);
		try (ConfigurableApplicationContext other = second.run("--server.port=0", "--fascia.scheduling=false",
				"--spring.main.banner-mode=off", "--spring.datasource.url=" + environment.getProperty("spring.datasource.url"),
				"--spring.datasource.username=" + TestDatabase.postgresUser(),
				"--spring.datasource.password=" + TestDatabase.postgresPassword(),
				"--spring.datasource.hikari.maximum-pool-size=6")) {
			BookingService otherBooking = other.getBean(BookingService.class);
			Instant start = BookingFixture.at(9, 10, 0);
			Actor desk = Actor.staff(clinic.frontDesk().id(), false);
			List<BookingService> instances = List.of(booking, otherBooking);
			List<ConcurrentBookingTest.Outcome> outcomes = ConcurrentBookingTest.race(50,
					i -> instances.get(i % 2).book(new BookingRequest(clinic.serviceId(), clinic.therapistId(), start,
							clinic.clientId()), desk));
			assertThat(outcomes.stream().filter(ConcurrentBookingTest.Outcome::booked).count()).isEqualTo(1);
			assertThat(outcomes.stream().filter(o -> o.status() == 409).count()).isEqualTo(49);
		}
	}

}
