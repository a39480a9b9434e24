package org.fascia.records;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.fascia.booking.AppointmentStatus;
import org.fascia.charting.FollowUps;
import org.fascia.charting.PainMaps;
import org.fascia.booking.AppointmentView;
import org.fascia.booking.ClientAppointments;
import org.fascia.care.CareRecordSummary;
import org.fascia.clients.ClientDirectory;
import org.fascia.clinic.ClinicTime;
import org.fascia.clinic.ServiceKind;
import org.fascia.identity.Account;
import org.fascia.identity.Accounts;
import org.fascia.identity.FasciaUser;
import org.fascia.intake.Consents;
import org.fascia.intake.IntakeResponses;
import org.fascia.intake.IntakeSubmitted;
import org.fascia.platform.ApiProblem;
import org.fascia.platform.Words;
import org.fascia.screening.Clearance;
import org.fascia.screening.Clearances;
import org.fascia.screening.Decision;
import org.fascia.screening.ReviewNote;
import org.fascia.screening.Screening;
import org.fascia.screening.ScreeningRecords;
import org.fascia.screening.Screenings;
import org.fascia.screening.StoredScreening;
import org.fascia.screening.TreatmentGate;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Staff find a client and open their record: first what the therapist must see before a session (the
 * current screening with its cautions, findings and sources, the clearance, the intake and consent status),
 * then contact, appointments, late cancellations and no-shows.
 */
@Controller
class ClientRecordController {

	private final ClientDirectory clients;

	private final org.fascia.clients.Family family;

	private final ClientAppointments appointments;

	private final ScreeningRecords screenings;

	private final Clearances clearances;

	private final Screening screening;

	private final IntakeResponses intakes;

	private final Consents consents;

	private final Accounts accounts;

	private final ClinicTime clinicTime;

	private final PainMaps painMaps;

	private final CareRecordSummary care;

	private final org.fascia.care.ProgressCharts progressCharts;

	private final org.fascia.outcomes.OutcomeRequests outcomeRequests;

	private final FollowUps followUps;

	private final Words words;

	ClientRecordController(ClientDirectory clients, org.fascia.clients.Family family, ClientAppointments appointments, ScreeningRecords screenings,
			Clearances clearances, Screening screening, IntakeResponses intakes, Consents consents, Accounts accounts,
			ClinicTime clinicTime, PainMaps painMaps, CareRecordSummary care, FollowUps followUps,
			org.fascia.care.ProgressCharts progressCharts, org.fascia.outcomes.OutcomeRequests outcomeRequests,
			Words words) {
		this.words = words;
		this.progressCharts = progressCharts;
		this.outcomeRequests = outcomeRequests;
		this.followUps = followUps;
		this.painMaps = painMaps;
		this.care = care;
		this.clients = clients;
		this.family = family;
		this.appointments = appointments;
		this.screenings = screenings;
		this.clearances = clearances;
		this.screening = screening;
		this.intakes = intakes;
		this.consents = consents;
		this.accounts = accounts;
		this.clinicTime = clinicTime;
	}

	@GetMapping("/clients")
	String search(@RequestParam(defaultValue = "") String q, Model model) {
		model.addAttribute("q", q);
		model.addAttribute("clients", clients.search(q, 50));
		return "records/clients";
	}

	@GetMapping("/clients/{id}")
	String show(@PathVariable long id, @AuthenticationPrincipal FasciaUser user, Model model) {
		ClientDirectory.ClientRecord client = clients.find(id)
			.orElseThrow(() -> ApiProblem.notFound(words.text("records.problem.noClient", String.valueOf(id))));
		List<AppointmentView> history = appointments.of(id);
		model.addAttribute("client", client);
		model.addAttribute("family", family.relations(id));
		model.addAttribute("appointments", history);
		model.addAttribute("lateCancellations", history.stream().filter(a -> a.status() == AppointmentStatus.LATE_CANCELLED).count());
		model.addAttribute("noShows", history.stream().filter(a -> a.status() == AppointmentStatus.NO_SHOW).count());
		health(id, model);
		// The client's latest pain map: for the owner and the client's therapists, never the front desk.
		boolean charting = user != null && painMaps.visibleTo(user, id);
		model.addAttribute("showCharting", charting);
		model.addAttribute("painMap", charting ? painMaps.latest(id).orElse(null) : null);
		model.addAttribute("followUp", charting ? followUps.latestAnswered(id).orElse(null) : null);
		model.addAttribute("care", care.forRecord(user, id).orElse(null));
		// Outcome measures over time and the questionnaire rounds (asked, answered, missed): same viewers.
		model.addAttribute("progress", charting ? progressCharts.forClient(id) : null);
		model.addAttribute("rounds", charting ? outcomeRequests.forClient(id) : List.of());
		return "records/client";
	}

	/** The current screening, clearances, intake and consent, for the record's first section. */
	private void health(long clientId, Model model) {
		Optional<StoredScreening> current = screenings.current(clientId);
		LocalDate today = clinicTime.today();
		List<Clearance> onRecord = clearances.forClient(clientId);
		Map<String, String> decisionLabels = new HashMap<>();
		for (Decision decision : Decision.values()) {
			decisionLabels.put(decision.name(), Screenings.label(decision));
		}
		List<IntakeResponses.Summary> responses = intakes.history(clientId);
		Optional<IntakeResponses.Summary> intake = responses.stream()
			.filter(r -> r.kind() == IntakeSubmitted.Kind.INTAKE)
			.findFirst();
		Optional<IntakeResponses.Summary> latest = responses.stream().findFirst();
		List<ReviewNote> review = current.map(StoredScreening::responseId)
			.map(responseId -> screening.review(intakes.answers(responseId)))
			.orElse(List.of());
		Map<Long, String> names = new HashMap<>();
		responses.stream().limit(1).forEach(r -> name(r.enteredBy(), names));
		intake.ifPresent(r -> name(r.enteredBy(), names));
		model.addAttribute("screening", current.orElse(null));
		model.addAttribute("decisionLabels", decisionLabels);
		model.addAttribute("decisionMeaning", current.map(s -> Screenings.meaning(s.decision())).orElse(null));
		model.addAttribute("adviceLabel", current.map(s -> Screenings.label(s.result().referralAdvice())).orElse(null));
		model.addAttribute("needsClearance", current.map(StoredScreening::rulesNeedingClearance).orElse(List.of()));
		model.addAttribute("treatmentToday", current.map(s -> TreatmentGate.decide(Optional.of(s.result()), onRecord,
				ServiceKind.TREATMENT, today)).orElse(null));
		model.addAttribute("clearances", onRecord.stream().filter(c -> !c.withdrawn()).toList());
		model.addAttribute("today", today);
		model.addAttribute("answersToCheck", review);
		model.addAttribute("intake", intake.orElse(null));
		model.addAttribute("latestResponse", latest.filter(r -> intake.map(i -> i.id() != r.id()).orElse(true)).orElse(null));
		model.addAttribute("enteredBy", names);
		model.addAttribute("consents", consents.current(clientId));
		model.addAttribute("sources", sourceLabels());
		model.addAttribute("responseKinds", Map.of(IntakeSubmitted.Kind.INTAKE, words.text("records.client.response.intake"),
				IntakeSubmitted.Kind.HEALTH_CHANGE, words.text("records.client.response.healthChange"),
				IntakeSubmitted.Kind.FOLLOW_UP, words.text("records.client.response.followUp")));
	}

	private void name(Long userId, Map<Long, String> names) {
		if (userId != null) {
			names.computeIfAbsent(userId, id -> accounts.find(id).map(Account::displayName).orElseGet(() -> words.text("records.client.formerUser")));
		}
	}

	private Map<IntakeResponses.Source, String> sourceLabels() {
		Map<IntakeResponses.Source, String> labels = new EnumMap<>(IntakeResponses.Source.class);
		labels.put(IntakeResponses.Source.CLIENT, words.text("records.client.source.client"));
		labels.put(IntakeResponses.Source.STAFF_ENTERED, words.text("records.client.source.staff"));
		labels.put(IntakeResponses.Source.API, words.text("records.client.source.api"));
		return labels;
	}

}
