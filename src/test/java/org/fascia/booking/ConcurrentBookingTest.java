package org.fascia.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.fascia.platform.ApiProblem;
import org.fascia.support.FasciaIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/** 50 threads book the same slot at the same moment: exactly one wins, on H2 and on PostgreSQL. */
@FasciaIntegrationTest
@Import(BookingFixture.class)
class ConcurrentBookingTest {

	@Autowired
	BookingFixture fixture;

	@Autowired
	BookingService booking;

	@Autowired
	JdbcClient jdbc;

	@Test
	void fiftyThreadsOneSlotOneWinner() throws Exception {
		BookingFixture.Clinic clinic = fixture.create(3);
		Instant start = BookingFixture.at(5, 10, 0);
		Actor desk = Actor.staff(clinic.frontDesk().id(), false);
		List<Outcome> outcomes = race(50, i -> booking.book(
				new BookingRequest(clinic.serviceId(), clinic.therapistId(), start, clinic.clientId()), desk));
		assertThat(outcomes.stream().filter(Outcome::booked).count()).isEqualTo(1);
		assertThat(outcomes.stream().filter(o -> o.status() == 409).count()).isEqualTo(49);
		assertThat(jdbc.sql("select count(*) from appointment where therapist_id = :t and status = 'BOOKED'")
			.param("t", clinic.therapistId()).query(Integer.class).single()).isEqualTo(1);
	}

	@Test
	void oneRoomTwoTherapistsNeverShareIt() throws Exception {
		BookingFixture.Clinic clinic = fixture.create(1);
		// Rooms are shared by the whole clinic: two therapists can win only while rooms last.
		Instant start = BookingFixture.at(6, 14, 0);
		Actor desk = Actor.staff(clinic.frontDesk().id(), false);
		long rooms = jdbc.sql("select count(*) from room where active = true").query(Long.class).single();
		List<Outcome> outcomes = race(40, i -> booking.book(new BookingRequest(clinic.serviceId(),
				i % 2 == 0 ? clinic.therapistId() : clinic.secondTherapistId(), start, clinic.clientId()), desk));
		long won = outcomes.stream().filter(Outcome::booked).count();
		assertThat(won).isEqualTo(Math.min(2, rooms));
		assertThat(jdbc.sql("""
				select count(*) from appointment a join appointment b on a.room_id = b.room_id and a.id < b.id
				where a.status = 'BOOKED' and b.status = 'BOOKED'
				  and a.start_at < b.occupied_until and b.start_at < a.occupied_until
				""").query(Integer.class).single()).as("room double bookings").isZero();
	}

	@Test
	@org.junit.jupiter.api.condition.EnabledIf("org.fascia.support.TestDatabase#isPostgres")
	void postgresRefusesOverlapsEvenWithoutTheApplicationsLocks() {
		BookingFixture.Clinic clinic = fixture.create(1);
		long room = clinic.rooms().get(0);
		String insert = """
				insert into appointment (client_id, therapist_id, room_id, service_id, start_at, end_at, occupied_until,
				                         status, created_at, changed_at)
				values (:client, :therapist, :room, :service, :start, :end, :until, 'BOOKED', now(), now())
				""";
		Instant start = BookingFixture.at(30, 10, 0);
		java.util.function.BiFunction<Long, Instant, Integer> write = (therapist, at) -> jdbc.sql(insert)
			.param("client", clinic.clientId()).param("therapist", therapist).param("room", room)
			.param("service", clinic.serviceId())
			.param("start", org.fascia.platform.Db.utc(at))
			.param("end", org.fascia.platform.Db.utc(at.plusSeconds(3600)))
			.param("until", org.fascia.platform.Db.utc(at.plusSeconds(4500)))
			.update();
		assertThat(write.apply(clinic.therapistId(), start)).isEqualTo(1);
		// Same therapist, overlapping the buffer; then another therapist in the same room.
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> write.apply(clinic.therapistId(), start.plusSeconds(4200)))
			.isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> write.apply(clinic.secondTherapistId(), start.plusSeconds(1800)))
			.isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
		// Touching the end of the buffer is not an overlap.
		assertThat(write.apply(clinic.therapistId(), start.plusSeconds(4500))).isEqualTo(1);
	}

	interface Attempt {

		Appointment run(int index);

	}

	record Outcome(boolean booked, int status) {
	}

	static List<Outcome> race(int threads, Attempt attempt) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		CountDownLatch ready = new CountDownLatch(threads);
		CountDownLatch go = new CountDownLatch(1);
		List<Future<Outcome>> futures = new ArrayList<>();
		for (int i = 0; i < threads; i++) {
			int index = i;
			Callable<Outcome> task = () -> {
				ready.countDown();
				go.await();
				try {
					attempt.run(index);
					return new Outcome(true, 201);
				}
				catch (ApiProblem problem) {
					return new Outcome(false, problem.getStatusCode().value());
				}
			};
			futures.add(pool.submit(task));
		}
		ready.await();
		go.countDown();
		List<Outcome> outcomes = new ArrayList<>();
		for (Future<Outcome> future : futures) {
			outcomes.add(future.get(60, TimeUnit.SECONDS));
		}
		pool.shutdown();
		return outcomes;
	}

}
