package org.fascia.care;

import java.util.ArrayList;

import org.fascia.outcomes.Instrument;
import org.fascia.outcomes.OutcomeResponses;
import org.fascia.outcomes.OutcomeRound;
import org.fascia.outcomes.StoredResponse;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.fascia.booking.AppointmentStatus;
import org.fascia.booking.AppointmentView;
import org.fascia.booking.ClientAppointments;
import org.fascia.clinic.ClinicTime;
import org.fascia.screening.Decision;
import org.fascia.screening.ScreeningRecords;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Works out a plan's progress from the booking module (the plan's appointments), the session notes'
 * pain scores ({@link SessionPainReadings}, implemented by charting; none when it is absent) and the
 * screenings recorded since the plan started, then asks {@link PlanAdvice} for the next step.
 */
@Component
class PlanProgresses {

	private final ClientAppointments appointments;

	private final ObjectProvider<SessionPainReadings> painReadings;

	private final ScreeningRecords screenings;

	private final ClinicTime clinicTime;

	private final Clock clock;

	private final OutcomeResponses outcomes;

	PlanProgresses(ClientAppointments appointments, ObjectProvider<SessionPainReadings> painReadings,
			ScreeningRecords screenings, ClinicTime clinicTime, Clock clock, OutcomeResponses outcomes) {
		this.outcomes = outcomes;
		this.appointments = appointments;
		this.painReadings = painReadings;
		this.screenings = screenings;
		this.clinicTime = clinicTime;
		this.clock = clock;
	}

	/**
	 * The plan's NPRS series: the outcome baseline (the questionnaire at intake, if the client answered it before the
	 * plan's first session reading), then one reading per session: the NPRS the client gave before the visit (or the
	 * therapist recorded as the visit's outcome), else today's pain of the session note.
	 */
	private List<PainReading> pains(CarePlan plan, Set<Long> ids, Instant since, List<AppointmentView> mine) {
		List<StoredResponse> nprs = outcomes.forClient(plan.clientId()).stream()
			.filter(r -> r.instrument() == Instrument.NPRS)
			.toList();
		java.util.Map<Long, PainReading> bySession = new java.util.LinkedHashMap<>();
		painReadings.orderedStream()
			.flatMap(source -> source.forClient(plan.clientId()).stream())
			.filter(p -> p.appointmentId() != null && (ids.contains(p.appointmentId()) || !p.at().isBefore(since)))
			.forEach(p -> bySession.put(p.appointmentId(), p));
		for (StoredResponse r : nprs) {
			if (r.round() != OutcomeRound.VISIT || r.appointmentId() == null) {
				continue;
			}
			Instant start = mine.stream().filter(a -> a.id() == r.appointmentId()).map(AppointmentView::start).findFirst()
				.orElse(r.takenAt());
			if (ids.contains(r.appointmentId()) || !start.isBefore(since)) {
				bySession.put(r.appointmentId(), new PainReading(r.appointmentId(), start, r.value().intValue()));
			}
		}
		List<PainReading> series = new ArrayList<>(bySession.values());
		series.sort(Comparator.comparing(PainReading::at).thenComparing(PainReading::appointmentId));
		Instant firstSession = series.isEmpty() ? null : series.get(0).at();
		nprs.stream()
			.filter(r -> r.round() == OutcomeRound.BASELINE && (firstSession == null || r.takenAt().isBefore(firstSession)))
			.findFirst()
			.ifPresent(b -> series.add(0, new PainReading(null, b.takenAt(), b.value().intValue())));
		return List.copyOf(series);
	}

	@Transactional(readOnly = true)
	PlanProgress of(CarePlan plan) {
		Set<Long> ids = Set.copyOf(plan.appointmentIds());
		List<AppointmentView> all = appointments.of(plan.clientId());
		List<AppointmentView> visits = ids.isEmpty() ? List.of()
				: all.stream().filter(a -> ids.contains(a.id()))
					.sorted(Comparator.comparing(AppointmentView::start)).toList();
		int done = (int) visits.stream().filter(a -> a.status() == AppointmentStatus.COMPLETED).count();
		Instant now = clock.instant();
		AppointmentView next = visits.stream()
			.filter(a -> a.status() == AppointmentStatus.BOOKED && a.end().isAfter(now))
			.min(Comparator.comparing(AppointmentView::start))
			.orElse(null);
		Instant started = plan.startDate().atStartOfDay(ZoneId.of(clinicTime.zone())).toInstant();
		if (plan.createdAt().isBefore(started)) {
			started = plan.createdAt();
		}
		Instant since = started;
		List<PainReading> pains = pains(plan, ids, since, all);
		boolean redFlags = screenings.history(plan.clientId()).stream()
			.anyMatch(s -> !s.createdAt().isBefore(plan.createdAt())
					&& s.decision().compareTo(Decision.URGENT_REFERRAL) >= 0);
		PlanAdvice.Advice advice = PlanAdvice.next(plan.plannedSessions(), done,
				pains.stream().map(PainReading::pain).toList(), redFlags, plan.intervalWeeks());
		return new PlanProgress(plan.plannedSessions(), done, next, visits, pains, redFlags, advice);
	}

}
