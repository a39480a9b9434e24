package org.fascia.care;

import org.fascia.outcomes.OutcomeRequests;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.fascia.audit.AuditLog;
import org.fascia.audit.AuditOutcome;
import org.fascia.booking.Actor;
import org.fascia.booking.Appointment;
import org.fascia.booking.BookingChanges;
import org.fascia.booking.BookingRequest;
import org.fascia.clients.ClientDirectory;
import org.fascia.clinic.ClinicTime;
import org.fascia.platform.ApiProblem;
import org.fascia.platform.Words;
import org.fascia.screening.Caution;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Care plans: made from a consultation with CARE.md's defaults, checked against the client's current
 * screening cautions (an approach they rule out is refused naming the caution, and so is a self-care item
 * that conflicts), and booked as one recurring series through the booking module. Access is the caller's
 * check ({@link CareAccess}); reads and changes are audited here. Every write is one transaction.
 */
@Service
public class CarePlans {

	/** CARE.md: 60-minute sessions. */
	static final int SESSION_MINUTES = 60;

	/** CARE.md: chronic is more than 12 weeks; such a plan always includes self-care exercise (NICE NG59). */
	static final int CHRONIC_AFTER_DAYS = 84;

	private final CarePlanRepository plans;

	private final Consultations consultations;

	private final SelfCarePrograms programs;

	private final SelfCareLibrary library;

	private final BookingChanges booking;

	private final ClientDirectory clients;

	private final ClinicTime clinicTime;

	private final AuditLog audit;

	private final Clock clock;

	private final OutcomeRequests outcomes;

	private final Words words;

	CarePlans(CarePlanRepository plans, Consultations consultations, SelfCarePrograms programs, SelfCareLibrary library,
			BookingChanges booking, ClientDirectory clients, ClinicTime clinicTime, AuditLog audit, Clock clock,
			OutcomeRequests outcomes, Words words) {
		this.outcomes = outcomes;
		this.plans = plans;
		this.consultations = consultations;
		this.programs = programs;
		this.library = library;
		this.booking = booking;
		this.clients = clients;
		this.clinicTime = clinicTime;
		this.audit = audit;
		this.clock = clock;
		this.words = words;
	}

	/** The new-plan form with CARE.md's defaults, from the consultation when one is given. */
	@Transactional(readOnly = true)
	CarePlanForm defaults(long clientId, Consultation consultation) {
		LocalDate start = clinicTime.today();
		List<String> kinds = new ArrayList<>(List.of("INSTRUMENT"));
		List<String> instruments = new ArrayList<>(List.of("NPRS"));
		List<String> targets = new ArrayList<>(List.of("≤ 3"));
		List<String> activities = new ArrayList<>(List.of(""));
		if (consultation != null && consultation.activity() != null) {
			kinds.add("PSFS");
			instruments.add("PSFS");
			targets.add("≥ 7");
			activities.add(consultation.activity());
		}
		return new CarePlanForm(consultation == null ? "" : String.valueOf(consultation.id()),
				consultation == null ? "" : consultation.approach().name(), kinds, instruments, targets, activities,
				String.valueOf(CarePlanForm.DEFAULT_INTERVAL), String.valueOf(CarePlanForm.DEFAULT_SESSIONS),
				start.toString(),
				CarePlanForm.defaultReview(start, CarePlanForm.DEFAULT_INTERVAL, CarePlanForm.DEFAULT_SESSIONS).toString(),
				List.of());
	}

	/**
	 * Creates the plan and assigns its self-care items to the client's program.
	 * @throws ApiProblem 404 unknown client; 400 naming each invalid field; 422 naming the caution when the
	 *         approach or a self-care item breaks one of the client's current screening cautions
	 */
	@Transactional
	public CarePlan create(long clientId, CarePlanForm form, long userId) {
		if (!clients.exists(clientId)) {
			throw ApiProblem.notFound(words.text("care.problem.noClient", String.valueOf(clientId)));
		}
		CarePlanRules.Valid plan = CarePlanRules.check(form, clinicTime.today(), words);
		Consultation consultation = plan.consultationId() == null ? null
				: consultations.find(clientId, plan.consultationId()).orElseThrow(() -> ApiProblem
					.badRequest("consultationId",
							words.text("care.problem.noConsultation", String.valueOf(plan.consultationId()))));
		List<SelfCareItem> items = new ArrayList<>();
		for (Long id : plan.selfCareItemIds()) {
			SelfCareItem item = library.find(id).filter(SelfCareItem::active).orElseThrow(() -> ApiProblem
				.badRequest("selfCareItemIds", words.text("care.problem.plan.noItem", String.valueOf(id))));
			items.add(item);
		}
		List<Caution> cautions = programs.cautions(clientId);
		List<String> codes = cautions.stream().map(Caution::code).toList();
		List<String> refusing = Recommender.refusedBy(plan.approach(), codes);
		if (!refusing.isEmpty()) {
			String texts = String.join(" ", cautions.stream().filter(c -> refusing.contains(c.code())).map(Caution::text).toList());
			audit.record("CARE_PLAN_REFUSED", "client", clientId, AuditOutcome.DENIED,
					plan.approach() + " breaks " + refusing);
			String allowed = Recommender.allowed(codes).stream().map(Approach::label).toList().toString();
			throw ApiProblem.unprocessable(texts.isBlank()
					? words.text("care.problem.plan.approachRefused", plan.approach().label(), String.join(", ", refusing),
							allowed)
					: words.text("care.problem.plan.approachRefusedWhy", plan.approach().label(),
							String.join(", ", refusing), texts, allowed))
				.with("cautions", refusing)
				.with("approach", plan.approach().name());
		}
		for (SelfCareItem item : items) {
			List<Caution> conflicts = SelfCareConflicts.of(item.conflicts(), cautions);
			if (!conflicts.isEmpty()) {
				audit.record("CARE_PLAN_REFUSED", "client", clientId, AuditOutcome.DENIED,
						item.name() + " conflicts with " + conflicts.stream().map(Caution::code).toList());
				throw ApiProblem.unprocessable(
						SelfCareConflicts.reason(item.name(), conflicts, item.conflictNote(), words))
					.with("cautions", conflicts.stream().map(Caution::code).toList())
					.with("itemId", item.id());
			}
		}
		List<Long> running = programs.program(clientId).assignments().stream()
			.filter(a -> a.endDate() == null || !a.endDate().isBefore(plan.startDate()))
			.map(a -> a.item().id())
			.toList();
		if (items.isEmpty() && running.isEmpty() && consultation != null
				&& consultation.painDurationDays() > CHRONIC_AFTER_DAYS) {
			throw ApiProblem.badRequest("selfCareItemIds", words.text("care.problem.plan.chronicNeedsSelfCare"));
		}
		long id = plans.insert(clientId, plan.consultationId(), plan.approach(), plan.intervalWeeks(),
				plan.plannedSessions(), SESSION_MINUTES, plan.startDate(), plan.reviewDate(), plan.goals(), cautions,
				plan.selfCareItemIds(), userId, now());
		for (SelfCareItem item : items) {
			if (!running.contains(item.id())) {
				programs.assign(clientId, new SelfCareAssignmentForm(String.valueOf(item.id()), "", "",
						plan.startDate().toString(), ""), userId);
			}
		}
		audit.record("CARE_PLAN_CREATED", "client", clientId, AuditOutcome.SUCCESS, "plan " + id + ": "
				+ plan.approach() + ", " + plan.plannedSessions() + " × every " + plan.intervalWeeks() + " week(s), review "
				+ plan.reviewDate() + ", " + plan.goals().size() + " goal(s), " + items.size() + " self-care item(s)");
		return plans.load(clientId, id).get(0);
	}

	/** The client's plans, newest first; audited. */
	@Transactional(readOnly = true)
	public List<CarePlan> list(long clientId) {
		List<CarePlan> list = plans.load(clientId, null);
		audit.record("CARE_PLAN_READ", "client", clientId, AuditOutcome.SUCCESS, list.size() + " plan(s)");
		return list;
	}

	/** One plan of this client; audited. */
	@Transactional(readOnly = true)
	public Optional<CarePlan> find(long clientId, long planId) {
		Optional<CarePlan> plan = plans.load(clientId, planId).stream().findFirst();
		plan.ifPresent(p -> audit.record("CARE_PLAN_READ", "client", clientId, AuditOutcome.SUCCESS, "plan " + planId));
		return plan;
	}

	/** The client's current plan (the latest one), audited as a read. */
	@Transactional(readOnly = true)
	public Optional<CarePlan> active(long clientId) {
		return list(clientId).stream().findFirst();
	}

	/**
	 * Books the plan's sessions as one recurring series (its planned number, at its interval) and links
	 * the series to the plan. All or nothing: a time conflict is a 409 listing them, the screening gate's
	 * refusal its 409 with the reasons, and nothing is saved.
	 */
	@Transactional
	public CarePlan book(long clientId, long planId, long therapistId, long serviceId, Instant firstStart, Actor actor) {
		return book(clientId, planId, therapistId, serviceId, firstStart, actor, null);
	}

	/**
	 * The same, with the owner's reason to book despite the screening ({@code screeningOverride}, checked
	 * and audited by the booking module; null for none).
	 */
	@Transactional
	public CarePlan book(long clientId, long planId, long therapistId, long serviceId, Instant firstStart, Actor actor,
			String screeningOverride) {
		CarePlan plan = plans.load(clientId, planId).stream().findFirst()
			.orElseThrow(() -> ApiProblem.notFound(words.text("care.problem.noPlan", String.valueOf(planId))));
		if (plan.booked()) {
			throw ApiProblem.conflict(words.text("care.problem.plan.booked"));
		}
		if (firstStart.atZone(java.time.ZoneId.of(clinicTime.zone())).toLocalDate().isBefore(plan.startDate())) {
			throw ApiProblem.badRequest("start",
					words.text("care.problem.plan.startBeforePlan", clinicTime.day(plan.startDate())));
		}
		List<Appointment> booked = booking.bookSeries(new BookingRequest(serviceId, therapistId, firstStart, clientId, screeningOverride),
				plan.plannedSessions(), plan.intervalWeeks(), actor);
		long seriesId = booked.get(0).seriesId();
		int minutes = (int) java.time.Duration.between(booked.get(0).start(), booked.get(0).end()).toMinutes();
		if (!plans.linkSeries(clientId, planId, seriesId, therapistId, serviceId, minutes,
				booked.stream().map(Appointment::id).toList(), now())) {
			throw ApiProblem.conflict(words.text("care.problem.plan.bookedMeanwhile"));
		}
		outcomes.schedulePlan(clientId, planId, booked.get(0).start(), booked.get(booked.size() - 1).start());
		audit.record("CARE_PLAN_BOOKED", "client", clientId, AuditOutcome.SUCCESS, "plan " + planId + ": series "
				+ seriesId + ", " + booked.size() + " appointments every " + plan.intervalWeeks() + " week(s)");
		return plans.load(clientId, planId).get(0);
	}

	private Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

}
