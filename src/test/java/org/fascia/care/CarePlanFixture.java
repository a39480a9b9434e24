package org.fascia.care;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import org.fascia.booking.BookingService;
import org.fascia.booking.Slot;
import org.fascia.clinic.ClinicCatalog;
import org.fascia.clinic.NewService;
import org.fascia.clinic.ServiceKind;
import org.fascia.clinic.WorkingInterval;
import org.fascia.identity.FasciaUser;
import org.fascia.screening.Decision;
import org.fascia.screening.ReferralAdvice;
import org.fascia.screening.ScreeningKind;
import org.fascia.screening.ScreeningRecords;
import org.fascia.screening.ScreeningResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What care plan tests need beyond {@link SelfCareFixture}: a therapist who works every day with a
 * 60-minute treatment, a consultation and a plan made through the services, free slots, and a screening
 * with a given decision.
 */
@Component
class CarePlanFixture {

	record Bookable(long therapistId, long serviceId) {
	}

	private final ClinicCatalog catalog;

	private final Consultations consultations;

	private final CarePlans plans;

	private final BookingService booking;

	private final ScreeningRecords screenings;

	private final JdbcClient jdbc;

	CarePlanFixture(ClinicCatalog catalog, Consultations consultations, CarePlans plans, BookingService booking,
			ScreeningRecords screenings, JdbcClient jdbc) {
		this.catalog = catalog;
		this.consultations = consultations;
		this.plans = plans;
		this.booking = booking;
		this.screenings = screenings;
		this.jdbc = jdbc;
	}

	/** The therapist's record works 08:00–20:00 every day and offers a new 60-minute treatment. */
	Bookable bookable(FasciaUser therapist) {
		long therapistId = therapistId(therapist);
		List<WorkingInterval> hours = new ArrayList<>();
		for (DayOfWeek day : DayOfWeek.values()) {
			hours.add(new WorkingInterval(day, LocalTime.of(8, 0), LocalTime.of(20, 0)));
		}
		catalog.setWorkingHours(therapistId, hours);
		catalog.addRoom("Plan room " + System.nanoTime());
		long service = catalog.addService(new NewService("Swedish massage " + System.nanoTime(), "Test", 60, 15, 6500,
				ServiceKind.TREATMENT, true, List.of(therapistId)));
		return new Bookable(therapistId, service);
	}

	long therapistId(FasciaUser therapist) {
		return jdbc.sql("select id from therapist where user_id = :user").param("user", therapist.id())
			.query(Long.class).single();
	}

	/** The first free slot of the service with the therapist on the day. */
	Slot firstSlot(Bookable b, LocalDate day) {
		return booking.availability(b.serviceId(), day, day, b.therapistId(), true).get(0);
	}

	Consultation consultation(long clientId, String goal, String pressure, long userId) {
		return consultations.save(clientId, new ConsultationForm("20", "weeks", goal, "Gardening", pressure, "SOME",
				"NORMAL"), userId);
	}

	/** A plan with one NPRS goal and CARE.md's defaults but the sessions and interval given. */
	CarePlan plan(long clientId, String approach, int sessions, int interval, long userId) {
		return plans.create(clientId, new CarePlanForm("", approach, List.of("INSTRUMENT"), List.of("NPRS"),
				List.of("<= 3"), List.of(""), String.valueOf(interval), String.valueOf(sessions), "", "", List.of()),
				userId);
	}

	void screening(long clientId, Decision decision) {
		screenings.store(clientId, null, ScreeningKind.API, new ScreeningResult(decision,
				decision == Decision.EMERGENCY_REFERRAL ? ReferralAdvice.EMERGENCY
						: decision == Decision.URGENT_REFERRAL ? ReferralAdvice.URGENT : ReferralAdvice.NONE,
				List.of(), List.of()), "test", true, null);
	}

	void complete(long appointmentId) {
		jdbc.sql("update appointment set status = 'COMPLETED' where id = :id").param("id", appointmentId).update();
	}

	int count(String table, String column, long id) {
		return jdbc.sql("select count(*) from " + table + " where " + column + " = :id").param("id", id)
			.query(Integer.class).single();
	}

	Instant now() {
		return Instant.now();
	}

}
