package org.fascia.care;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.fascia.booking.AppointmentStatus;
import org.fascia.booking.AppointmentView;
import org.fascia.booking.ClientAppointments;
import org.fascia.clinic.ClinicTime;
import org.fascia.outcomes.Instrument;
import org.fascia.outcomes.OutcomeChart;
import org.fascia.outcomes.OutcomeCharts;
import org.fascia.outcomes.OutcomeResponses;
import org.fascia.outcomes.Progress;
import org.fascia.outcomes.ResponderStatus;
import org.fascia.platform.Texts;
import org.fascia.platform.Words;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A client's progress charts: each stored measure over time (outcomes), with the completed sessions (booking) and
 * the weekly self-care adherence (care) marked: care is where the three meet, as outcomes depends on neither. The
 * caller checks who may see them; the reads are audited by the modules that own the data.
 */
@Service
public class ProgressCharts {

	/** One measure's chart, both captions, the responder status and, for STarT Back, the risk group instead. */
	public record MeasureChart(Instrument instrument, String id, String svg, OutcomeChart.Table table, String clientCaption,
			String therapistCaption, ResponderStatus responder, String responderWords) {
	}

	/** Every measure of the client, NPRS first, and STarT Back's latest risk group (null without one). */
	public record Charts(List<MeasureChart> measures, String startBackRisk) {

		public boolean isEmpty() {
			return measures.isEmpty() && startBackRisk == null;
		}

		/** The primary measure (NPRS) if there is one. */
		public Optional<MeasureChart> primary() {
			return measures.stream().filter(m -> m.instrument() == Instrument.NPRS).findFirst();
		}

	}

	private final OutcomeResponses responses;

	private final ClientAppointments appointments;

	private final SelfCarePrograms selfCare;

	private final ClinicTime clinicTime;

	private final Texts words;

	ProgressCharts(OutcomeResponses responses, ClientAppointments appointments, SelfCarePrograms selfCare,
			ClinicTime clinicTime, Words words) {
		this.responses = responses;
		this.appointments = appointments;
		this.selfCare = selfCare;
		this.clinicTime = clinicTime;
		this.words = words;
	}

	@Transactional(readOnly = true)
	public Charts forClient(long clientId) {
		List<Progress> all = responses.progress(clientId);
		if (all.isEmpty()) {
			return new Charts(List.of(), null);
		}
		ZoneId zone = ZoneId.of(clinicTime.zone());
		List<Instant> sessions = appointments.of(clientId).stream()
			.filter(a -> a.status() == AppointmentStatus.COMPLETED)
			.map(AppointmentView::start)
			.sorted()
			.toList();
		List<OutcomeChart.AdherenceWeek> adherence = weeklyAdherence(selfCare.program(clientId));
		List<MeasureChart> charts = new ArrayList<>();
		String risk = null;
		for (Progress progress : all) {
			if (!OutcomeCharts.charted(progress.instrument())) {
				risk = progress.latest().score().riskGroup();
				continue;
			}
			OutcomeChart.Data data = OutcomeCharts.data(progress, sessions, adherence, zone, words);
			String id = "oc-" + progress.instrument().name().toLowerCase(java.util.Locale.ROOT);
			charts.add(new MeasureChart(progress.instrument(), id, OutcomeChart.svg(data, id, words),
					OutcomeChart.dataTable(data, words), OutcomeChart.clientCaption(data, words),
					OutcomeChart.therapistCaption(data, words), progress.responder(),
					OutcomeCharts.responderWords(progress.responder(), words)));
		}
		return new Charts(charts, risk);
	}

	/** Self-care done per week (Monday to Sunday) since the first item started, as a share of the prescribed days. */
	static List<OutcomeChart.AdherenceWeek> weeklyAdherence(SelfCareProgram program) {
		LocalDate today = program.today();
		LocalDate first = program.assignments().stream().map(SelfCareAssignment::startDate).min(LocalDate::compareTo)
			.orElse(null);
		List<OutcomeChart.AdherenceWeek> weeks = new ArrayList<>();
		if (first == null || first.isAfter(today)) {
			return weeks;
		}
		for (LocalDate monday = first.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)); !monday.isAfter(today);
				monday = monday.plusWeeks(1)) {
			LocalDate sunday = monday.plusDays(6);
			List<SelfCareAdherence.Result> results = new ArrayList<>();
			for (SelfCareAssignment a : program.assignments()) {
				LocalDate start = a.startDate().isAfter(monday) ? a.startDate() : monday;
				LocalDate end = a.endDate() != null && a.endDate().isBefore(sunday) ? a.endDate() : sunday;
				if (end.isBefore(start)) {
					continue;
				}
				results.add(SelfCareAdherence.of(start, end, a.daysPerWeek(), a.doneDates(), today.isBefore(end) ? today : end));
			}
			Integer percent = SelfCareAdherence.combined(results).percent();
			if (percent != null) {
				weeks.add(new OutcomeChart.AdherenceWeek(monday, percent));
			}
		}
		return weeks;
	}

}
