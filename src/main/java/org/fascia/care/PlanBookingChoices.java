package org.fascia.care;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.fascia.booking.BookingService;
import org.fascia.booking.CareTeam;
import org.fascia.booking.Slot;
import org.fascia.clinic.ClinicCatalog;
import org.fascia.clinic.ServiceKind;
import org.fascia.clinic.ServiceOffering;
import org.fascia.clinic.Therapist;
import org.fascia.identity.FasciaUser;
import org.springframework.stereotype.Component;

/**
 * What "Book the plan" offers: the clinic's treatments (the one matching the plan's approach and 60
 * minutes first), the therapists who offer the chosen one (the signed-in therapist by default), and the
 * free first times on a day, from the booking module's availability (the first day with a free time
 * from the plan's start when no day is chosen).
 */
@Component
class PlanBookingChoices {

	/** How far to look for the first free day when none is chosen. */
	static final int LOOK_AHEAD_DAYS = 28;

	record Choices(List<ServiceOffering> services, ServiceOffering service, List<Therapist> therapists,
			Therapist therapist, LocalDate date, List<Slot> slots) {
	}

	/** A free first time as the page offers it: the instant to send and the clinic-local time, e.g. 09:30. */
	public record Time(java.time.Instant start, String time) {
	}

	/** The free times of the choices, as the page shows them. */
	List<Time> times(Choices choices) {
		java.time.format.DateTimeFormatter hhmm = java.time.format.DateTimeFormatter.ofPattern("HH:mm");
		return choices.slots().stream().map(s -> new Time(s.start(), hhmm.format(s.start().atZone(booking.zone())))).toList();
	}

	private final ClinicCatalog catalog;

	private final BookingService booking;

	private final CareTeam careTeam;

	PlanBookingChoices(ClinicCatalog catalog, BookingService booking, CareTeam careTeam) {
		this.catalog = catalog;
		this.booking = booking;
		this.careTeam = careTeam;
	}

	Choices choose(CarePlan plan, FasciaUser user, Long serviceId, Long therapistId, LocalDate date, LocalDate today) {
		List<ServiceOffering> services = catalog.services().stream()
			.filter(s -> s.active() && s.kind() == ServiceKind.TREATMENT)
			.toList();
		Optional<Long> own = careTeam.therapistIdOf(user.id());
		ServiceOffering service = services.stream().filter(s -> serviceId != null && s.id() == serviceId).findFirst()
			.orElseGet(() -> best(services, plan, own.orElse(null)));
		if (service == null) {
			return new Choices(services, null, List.of(), null, date, List.of());
		}
		List<Therapist> therapists = catalog.therapists().stream()
			.filter(t -> t.active() && service.therapistIds().contains(t.id()))
			.toList();
		Long wanted = therapistId != null ? therapistId : own.orElse(null);
		Therapist therapist = therapists.stream().filter(t -> wanted != null && t.id() == wanted).findFirst()
			.orElse(therapists.isEmpty() ? null : therapists.get(0));
		if (therapist == null) {
			return new Choices(services, service, therapists, null, date, List.of());
		}
		LocalDate from = plan.startDate().isAfter(today) ? plan.startDate() : today;
		if (date != null) {
			LocalDate day = date.isBefore(from) ? from : date;
			return new Choices(services, service, therapists, therapist, day,
					booking.availability(service.id(), day, day, therapist.id(), true));
		}
		List<Slot> ahead = booking.availability(service.id(), from, from.plusDays(LOOK_AHEAD_DAYS - 1), therapist.id(), true);
		if (ahead.isEmpty()) {
			return new Choices(services, service, therapists, therapist, from, List.of());
		}
		LocalDate first = ahead.get(0).start().atZone(booking.zone()).toLocalDate();
		return new Choices(services, service, therapists, therapist, first,
				ahead.stream().filter(s -> s.start().atZone(booking.zone()).toLocalDate().equals(first)).toList());
	}

	/** The treatment whose name matches the approach and lasts 60 minutes, offered by the therapist if possible. */
	private static ServiceOffering best(List<ServiceOffering> services, CarePlan plan, Long therapistId) {
		String word = plan.approach().label().toLowerCase(Locale.ROOT).split("[ (-]")[0];
		return services.stream()
			.sorted(java.util.Comparator.comparingInt((ServiceOffering s) -> score(s, word, plan, therapistId)).reversed())
			.findFirst()
			.orElse(null);
	}

	private static int score(ServiceOffering s, String word, CarePlan plan, Long therapistId) {
		int score = 0;
		if (s.name().toLowerCase(Locale.ROOT).contains(word)) {
			score += 4;
		}
		if (s.durationMinutes() == plan.sessionMinutes()) {
			score += 2;
		}
		if (therapistId != null && s.therapistIds().contains(therapistId)) {
			score += 1;
		}
		return score;
	}

}
