package org.fascia.intake;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.fascia.audit.AuditLog;
import org.fascia.audit.AuditOutcome;
import org.fascia.clients.ClientDirectory;
import org.fascia.platform.ApiProblem;
import org.fascia.platform.Words;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The intake module's API: clients' health-history responses, each read with the questionnaire version
 * it answered, and the per-visit health-change check. Every read and change is audited; every submit
 * publishes {@link IntakeSubmitted} inside its transaction.
 */
@Service
public class IntakeResponses {

	/** Who entered a response. */
	public enum Source {
		/** The client, in the portal. */
		CLIENT,
		/** Staff, from the client's paper form. */
		STAFF_ENTERED,
		/** A program, through the REST API. */
		API
	}

	/** A response's facts, without its answers. {@code submittedAt} is null while in progress. */
	public record Summary(long id, long clientId, Instant submittedAt, IntakeSubmitted.Kind kind, Source source,
			String questionnaireUrl, String version, List<String> reviewFlags, Long appointmentId, Long enteredBy) {

		public boolean staffEntered() {
			return source == Source.STAFF_ENTERED;
		}

		public boolean needsReview() {
			return !reviewFlags.isEmpty();
		}

	}

	/** One answered question as a person reads it. */
	public record AnswerLine(String linkId, String question, String answer) {
	}

	/** The answers of one step. */
	public record StepView(String heading, List<AnswerLine> answers) {
	}

	/** A response as staff read it: question text and answer, grouped like the wizard. */
	public record View(Summary summary, List<StepView> steps) {
	}

	/** "Has anything changed since your last visit?" for one appointment; the new response when it has. */
	public record HealthCheck(long id, long clientId, long appointmentId, boolean changed, Long responseId,
			Source source, Long enteredBy, Instant checkedAt) {
	}

	private final ResponseStore store;

	private final Questionnaires questionnaires;

	private final ClientDirectory clients;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final Words words;

	private final IntakeWords answerWords;

	IntakeResponses(ResponseStore store, Questionnaires questionnaires, ClientDirectory clients, AuditLog audit,
			ApplicationEventPublisher events, Clock clock, Words words) {
		this.store = store;
		this.questionnaires = questionnaires;
		this.clients = clients;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
		this.words = words;
		this.answerWords = new IntakeWords(words);
	}

	// ---- reads -------------------------------------------------------------------------------------

	/** The newest submitted response of any kind. */
	@Transactional(readOnly = true)
	public Optional<Summary> latestSubmitted(long clientId) {
		Optional<Summary> found = store.latestSubmitted(clientId).map(IntakeResponses::summary);
		audit.record("INTAKE_READ", "client", clientId, AuditOutcome.SUCCESS,
				found.map(s -> "latest submitted response " + s.id()).orElse("no submitted response"));
		return found;
	}

	/** Where a client stands with the intake: for the portal's "Before your next visit". */
	public enum IntakeProgress {
		NOT_STARTED, IN_PROGRESS, SUBMITTED
	}

	/** Submitted once (of any kind), started but not submitted, or not started; audited. */
	@Transactional(readOnly = true)
	public IntakeProgress progress(long clientId) {
		IntakeProgress progress = store.latestSubmitted(clientId).isPresent() ? IntakeProgress.SUBMITTED
				: store.draft(clientId, IntakeSubmitted.Kind.INTAKE).isPresent() ? IntakeProgress.IN_PROGRESS
						: IntakeProgress.NOT_STARTED;
		audit.record("INTAKE_READ", "client", clientId, AuditOutcome.SUCCESS, "intake progress: " + progress);
		return progress;
	}

	/** Every submitted response, newest first. */
	@Transactional(readOnly = true)
	public List<Summary> history(long clientId) {
		List<Summary> all = store.submitted(clientId).stream().map(IntakeResponses::summary).toList();
		audit.record("INTAKE_READ", "client", clientId, AuditOutcome.SUCCESS, "history, " + all.size() + " responses");
		return all;
	}

	@Transactional(readOnly = true)
	public Optional<Summary> summary(long responseId) {
		Optional<Summary> found = store.find(responseId).map(IntakeResponses::summary);
		audit.record("INTAKE_READ", "intake_response", responseId,
				found.isPresent() ? AuditOutcome.SUCCESS : AuditOutcome.FAILURE, "summary");
		return found;
	}

	/** The typed answers (Integer, Boolean or String) keyed by linkId; 404 for an unknown response. */
	@Transactional(readOnly = true)
	public Map<String, Object> answers(long responseId) {
		ResponseStore.Row row = store.find(responseId).orElseThrow(() -> notFound(responseId));
		audit.record("INTAKE_READ", "intake_response", responseId, AuditOutcome.SUCCESS, "answers of client " + row.clientId());
		return store.answers(responseId);
	}

	/** Question text and answer, grouped by step, read with the response's own questionnaire version. */
	@Transactional(readOnly = true)
	public View view(long responseId) {
		ResponseStore.Row row = store.find(responseId).orElseThrow(() -> notFound(responseId));
		audit.record("INTAKE_READ", "intake_response", responseId, AuditOutcome.SUCCESS, "view of client " + row.clientId());
		return new View(summary(row),
				lines(questionnaires.get(row.url(), row.version()), store.answers(responseId), answerWords));
	}

	@Transactional(readOnly = true)
	public Optional<HealthCheck> healthCheckFor(long appointmentId) {
		Optional<HealthCheck> found = store.healthCheck(appointmentId);
		audit.record("INTAKE_READ", "appointment", appointmentId, AuditOutcome.SUCCESS,
				found.map(c -> c.changed() ? "health changed, response " + c.responseId() : "health unchanged")
					.orElse("no health check"));
		return found;
	}

	// ---- changes from programs ---------------------------------------------------------------------

	/**
	 * Stores a submitted response from typed answers (the REST API and other modules): known linkIds,
	 * types, choices, ranges and lengths are checked (400 naming each field); partial answers are allowed;
	 * contradictions are kept and flagged for review.
	 */
	@Transactional
	public long store(long clientId, Map<String, Object> answers, Source source, IntakeSubmitted.Kind kind,
			Long appointmentId, Long userId) {
		return store(clientId, answers, Map.of(), source, kind, appointmentId, userId);
	}

	/**
	 * As {@link #store(long, Map, Source, IntakeSubmitted.Kind, Long, Long)}, plus answers to codes that are
	 * not questions of the questionnaire: scores of instruments taken outside it (the STarT Back tool, how
	 * long soreness lasted after the last session), which a program sends with the rest. The caller has
	 * checked their meaning (the screening API reads them with the screening schema); here each must not be
	 * a question of the current version, must look like a linkId and hold a Boolean, Integer or String of at
	 * most 4000 characters. They are stored with the response under their code, listed apart in
	 * {@link #view}, and carried forward unchanged by {@link #recordHealthChange}.
	 *
	 * @throws IllegalArgumentException when an outside answer is a question or not a plain value (a
	 *         programming error: sort the answers first)
	 */
	@Transactional
	public long store(long clientId, Map<String, Object> answers, Map<String, Object> outsideQuestionnaire,
			Source source, IntakeSubmitted.Kind kind, Long appointmentId, Long userId) {
		requireClient(clientId);
		Questionnaire questionnaire = questionnaires.current();
		AnswerRules.Checked checked = AnswerRules.typed(questionnaire, answers, answerWords);
		if (!checked.errors().isEmpty()) {
			audit.record("INTAKE_STORE", "client", clientId, AuditOutcome.FAILURE, "invalid: " + checked.errors().keySet());
			throw ApiProblem.invalid(checked.errors());
		}
		Map<String, Object> all = new LinkedHashMap<>(checked.answers());
		outsideQuestionnaire.forEach((code, value) -> {
			if (code == null || !code.matches("[a-z][a-z0-9_]{0,99}") || questionnaire.question(code).isPresent()) {
				throw new IllegalArgumentException("'" + code + "' is not an answer outside questionnaire version "
						+ questionnaire.version());
			}
			if (value != null && !(value instanceof Boolean || value instanceof Integer
					|| value instanceof String s && s.length() <= 4000)) {
				throw new IllegalArgumentException("the answer to " + code + " is not a plain value");
			}
			if (value != null) {
				all.put(code, value);
			}
		});
		return insertSubmitted(clientId, questionnaire, all, checked.flags(), source, kind, appointmentId, userId);
	}

	/**
	 * The per-visit check. Unchanged: the check alone is stored. Changed: a new submitted HEALTH_CHANGE
	 * response holds the latest submitted answers with the changed ones applied (a null value removes an
	 * answer), and {@link IntakeSubmitted} is published. Returns the check's id.
	 */
	@Transactional
	public long recordHealthChange(long clientId, long appointmentId, boolean changed, Map<String, Object> changedAnswers,
			Source source, Long userId) {
		requireClient(clientId);
		Instant now = clock.instant();
		if (!changed) {
			long id = store.insertHealthCheck(clientId, appointmentId, false, null, source, userId, now);
			audit.record("INTAKE_HEALTH_CHECK", "client", clientId, AuditOutcome.SUCCESS,
					"appointment " + appointmentId + ": nothing changed");
			return id;
		}
		Questionnaire questionnaire = questionnaires.current();
		Map<String, Object> changes = changedAnswers == null ? Map.of() : changedAnswers;
		List<String> flags = new ArrayList<>();
		Map<String, Object> merged = carriedForward(clientId, questionnaire, changes, flags, "INTAKE_HEALTH_CHECK");
		long responseId = insertSubmitted(clientId, questionnaire, merged, flags, source, IntakeSubmitted.Kind.HEALTH_CHANGE,
				appointmentId, userId);
		long id = store.insertHealthCheck(clientId, appointmentId, true, responseId, source, userId, now);
		audit.record("INTAKE_HEALTH_CHECK", "client", clientId, AuditOutcome.SUCCESS,
				"appointment " + appointmentId + ": changed " + changes.keySet() + ", response " + responseId);
		return id;
	}

	/**
	 * The latest submitted answers with the changed ones applied (a null value removes an answer), earlier
	 * answers that no longer fit the questionnaire left out with a flag, and the contradictions flagged.
	 * @throws ApiProblem 400 naming each changed answer that is not valid (audited under {@code action})
	 */
	private Map<String, Object> carriedForward(long clientId, Questionnaire questionnaire, Map<String, Object> changes,
			List<String> flags, String action) {
		AnswerRules.Checked checked = AnswerRules.typed(questionnaire, changes, answerWords);
		if (!checked.errors().isEmpty()) {
			audit.record(action, "client", clientId, AuditOutcome.FAILURE, "invalid: " + checked.errors().keySet());
			throw ApiProblem.invalid(checked.errors());
		}
		Map<String, Object> merged = new LinkedHashMap<>();
		store.latestSubmitted(clientId).ifPresent(latest -> store.answers(latest.id()).forEach((linkId, value) -> {
			Optional<Questionnaire.Item> item = questionnaire.question(linkId);
			if (item.isEmpty()) {
				// an answer outside the questionnaire (an instrument's score sent by a program): kept as it was
				merged.put(linkId, value);
				return;
			}
			try {
				merged.put(linkId, AnswerRules.valid(item.get(), value, answerWords));
			}
			catch (IllegalArgumentException | ClassCastException ex) {
				flags.add(answerWords.leftOut(linkId, String.valueOf(value), questionnaire.version()));
			}
		}));
		changes.forEach((linkId, value) -> {
			if (value == null) {
				merged.remove(linkId);
			}
		});
		merged.putAll(checked.answers());
		flags.addAll(AnswerRules.contradictions(questionnaire, merged, answerWords));
		return merged;
	}

	/**
	 * The answers to a follow-up after a session (issue 5, requirement 6): a new submitted FOLLOW_UP
	 * response for the appointment holds the latest submitted answers, the changed ones applied when the
	 * client reports something new, and the answers outside the questionnaire that the follow-up asks (how
	 * long soreness lasted, {@code soreness_hours_last_session}), so the screening runs again on the whole
	 * picture and {@link IntakeSubmitted} is published. Returns the response id.
	 * @throws ApiProblem 400 naming each changed answer that is not valid; nothing is stored then
	 */
	@Transactional
	public long recordFollowUp(long clientId, long appointmentId, Map<String, Object> changedAnswers,
			Map<String, Object> outsideQuestionnaire, Source source, Long userId) {
		requireClient(clientId);
		Questionnaire questionnaire = questionnaires.current();
		List<String> flags = new ArrayList<>();
		Map<String, Object> merged = carriedForward(clientId, questionnaire,
				changedAnswers == null ? Map.of() : changedAnswers, flags, "INTAKE_FOLLOW_UP");
		outsideQuestionnaire.forEach((code, value) -> {
			if (code == null || !code.matches("[a-z][a-z0-9_]{0,99}") || questionnaire.question(code).isPresent()
					|| !(value instanceof Boolean || value instanceof Integer)) {
				throw new IllegalArgumentException("'" + code + "' is not a plain answer outside questionnaire version "
						+ questionnaire.version());
			}
			merged.put(code, value);
		});
		return insertSubmitted(clientId, questionnaire, merged, flags, source, IntakeSubmitted.Kind.FOLLOW_UP,
				appointmentId, userId);
	}

	/**
	 * Typed answers from a submitted health-change form (strings from the fragment
	 * {@code intake/health-change :: form}); 400 naming each field that is not valid.
	 */
	public Map<String, Object> fromForm(Map<String, String> form) {
		Questionnaire questionnaire = questionnaires.current();
		Map<String, Object> typed = new LinkedHashMap<>();
		Map<String, String> errors = new LinkedHashMap<>();
		for (Questionnaire.Item item : healthChangeItems(questionnaire)) {
			if (!form.containsKey(item.linkId())) {
				continue;
			}
			try {
				typed.put(item.linkId(), AnswerRules.fromForm(item, form.get(item.linkId()),
						form.get(item.linkId() + "__unit"), answerWords));
			}
			catch (IllegalArgumentException ex) {
				errors.put(item.linkId(), ex.getMessage());
			}
		}
		if (!errors.isEmpty()) {
			throw ApiProblem.invalid(errors);
		}
		Map<String, Object> applying = AnswerRules.withoutDisabled(questionnaire, typed);
		typed.keySet().forEach(linkId -> applying.putIfAbsent(linkId, null));
		return applying;
	}

	/**
	 * The screening items, pre-filled with the latest submitted answers and grouped like the wizard, for
	 * "Has anything about your health changed since your last visit?" (fragment
	 * {@code intake/health-change :: form}). {@code shown} and {@code errors} re-show a rejected form.
	 */
	@Transactional(readOnly = true)
	public List<IntakeForm.Step> healthChangeForm(long clientId, Map<String, String> shown, Map<String, String> errors) {
		Questionnaire questionnaire = questionnaires.current();
		Map<String, Object> latest = store.latestSubmitted(clientId).map(row -> store.answers(row.id())).orElse(Map.of());
		audit.record("INTAKE_READ", "client", clientId, AuditOutcome.SUCCESS, "health-change form");
		Map<String, Object> values = new HashMap<>(latest);
		if (shown != null) {
			values.putAll(shown);
		}
		List<Questionnaire.Item> wanted = healthChangeItems(questionnaire);
		List<IntakeForm.Step> steps = new ArrayList<>();
		for (int i = 0; i < questionnaire.steps().size(); i++) {
			List<Questionnaire.Item> items = questionnaire.questionsOf(i).stream().filter(wanted::contains).toList();
			if (!items.isEmpty()) {
				steps.add(IntakeForm.step(questionnaire, i, IntakeForm.fields(questionnaire, items, values, latest, Map.of(),
						errors == null ? Map.of() : errors), latest));
			}
		}
		return steps;
	}

	/** Items that carry a screening code, and the questions their conditions depend on. */
	static List<Questionnaire.Item> healthChangeItems(Questionnaire questionnaire) {
		java.util.Set<String> wanted = new java.util.HashSet<>(Questionnaires.screeningCodes(questionnaire));
		for (Questionnaire.Item item : questionnaire.questions()) {
			if (wanted.contains(item.linkId())) {
				item.enableWhen().forEach(c -> wanted.add(c.question()));
			}
		}
		return questionnaire.questions().stream().filter(i -> wanted.contains(i.linkId())).toList();
	}

	// ---- the wizard --------------------------------------------------------------------------------

	/** A client's intake in progress, with its definition and saved answers. */
	record Draft(ResponseStore.Row row, Questionnaire questionnaire, Map<String, Object> answers) {

		List<Integer> enabledSteps() {
			List<Integer> steps = new ArrayList<>();
			for (int i = 0; i < questionnaire.steps().size(); i++) {
				if (AnswerRules.enabled(questionnaire, questionnaire.steps().get(i), answers)) {
					steps.add(i);
				}
			}
			return steps;
		}

	}

	/** The client's intake in progress, started (on the current version) if there is none. */
	@Transactional
	Draft draft(long clientId, Source source, Long userId) {
		requireClient(clientId);
		ResponseStore.Row row = store.draft(clientId, IntakeSubmitted.Kind.INTAKE).orElseGet(() -> {
			long id = store.insert(clientId, questionnaires.current(), IntakeSubmitted.Kind.INTAKE,
					ResponseStore.Status.IN_PROGRESS, source, userId, null, List.of(), clock.instant());
			audit.record("INTAKE_STARTED", "client", clientId, AuditOutcome.SUCCESS,
					"response " + id + (source == Source.STAFF_ENTERED ? ", staff entering the paper form" : ""));
			return store.find(id).orElseThrow();
		});
		audit.record("INTAKE_READ", "intake_response", row.id(), AuditOutcome.SUCCESS, "draft of client " + clientId);
		return new Draft(row, questionnaires.get(row.url(), row.version()), store.answers(row.id()));
	}

	/**
	 * Saves one step of a draft in one transaction: every field parsed and checked, required ones too when
	 * {@code requireAnswers}; answers to items that do not apply are dropped. Returns the problems per
	 * linkId: when there are any, nothing is saved.
	 */
	@Transactional
	Map<String, String> saveStep(long clientId, long responseId, int step, Map<String, String> form, boolean requireAnswers,
			int nextStep, Source source, Long userId) {
		ResponseStore.Row row = store.lock(responseId)
			.filter(r -> r.clientId() == clientId && r.status() == ResponseStore.Status.IN_PROGRESS)
			.orElseThrow(() -> notFound(responseId));
		Questionnaire questionnaire = questionnaires.get(row.url(), row.version());
		if (step < 0 || step >= questionnaire.steps().size()) {
			throw ApiProblem.notFound(words.text("intake.problem.noStep", String.valueOf(step + 1)));
		}
		List<Questionnaire.Item> items = questionnaire.questionsOf(step);
		Map<String, Object> merged = new LinkedHashMap<>(store.answers(responseId));
		Map<String, Object> parsed = new LinkedHashMap<>();
		Map<String, String> errors = new LinkedHashMap<>();
		for (Questionnaire.Item item : items) {
			merged.remove(item.linkId());
			try {
				Object value = AnswerRules.fromForm(item, form.get(item.linkId()), form.get(item.linkId() + "__unit"),
						answerWords);
				if (value != null) {
					parsed.put(item.linkId(), value);
					merged.put(item.linkId(), value);
				}
			}
			catch (IllegalArgumentException ex) {
				errors.put(item.linkId(), ex.getMessage());
			}
		}
		// a field with a problem hides no other item's problem: conditions use what was valid
		errors.keySet().removeIf(linkId -> !AnswerRules.enabled(questionnaire, questionnaire.question(linkId).orElseThrow(),
				merged));
		if (requireAnswers) {
			AnswerRules.missing(questionnaire, items, merged, answerWords).forEach(errors::putIfAbsent);
		}
		if (!errors.isEmpty()) {
			audit.record("INTAKE_STEP_SAVED", "intake_response", responseId, AuditOutcome.FAILURE,
					"step " + (step + 1) + ", invalid: " + errors.keySet());
			return errors;
		}
		Map<String, Object> kept = new LinkedHashMap<>();
		parsed.forEach((linkId, value) -> {
			if (AnswerRules.enabled(questionnaire, questionnaire.question(linkId).orElseThrow(), merged)) {
				kept.put(linkId, value);
			}
		});
		store.deleteAnswers(responseId, items.stream().map(Questionnaire.Item::linkId).toList());
		store.insertAnswers(responseId, kept);
		store.touch(responseId, Math.max(0, Math.min(nextStep, questionnaire.steps().size())), source, userId,
				clock.instant());
		audit.record("INTAKE_STEP_SAVED", "intake_response", responseId, AuditOutcome.SUCCESS,
				"client " + clientId + ", step " + (step + 1) + (source == Source.STAFF_ENTERED ? ", staff-entered" : ""));
		return Map.of();
	}

	/**
	 * Submits a draft: answers to items that no longer apply are dropped, every required item that
	 * applies must be answered (else the problems per linkId come back and nothing changes).
	 */
	@Transactional
	Map<String, String> submit(long clientId, long responseId, Source source, Long userId) {
		ResponseStore.Row row = store.lock(responseId)
			.filter(r -> r.clientId() == clientId && r.status() == ResponseStore.Status.IN_PROGRESS)
			.orElseThrow(() -> notFound(responseId));
		Questionnaire questionnaire = questionnaires.get(row.url(), row.version());
		Map<String, Object> stored = store.answers(responseId);
		Map<String, Object> applying = AnswerRules.withoutDisabled(questionnaire, stored);
		Map<String, String> missing = AnswerRules.missing(questionnaire, questionnaire.questions(), applying,
				answerWords);
		if (!missing.isEmpty()) {
			audit.record("INTAKE_SUBMITTED", "intake_response", responseId, AuditOutcome.FAILURE,
					"missing: " + missing.keySet());
			return missing;
		}
		List<String> dropped = stored.keySet().stream().filter(k -> !applying.containsKey(k)).toList();
		store.deleteAnswers(responseId, dropped);
		List<String> flags = AnswerRules.contradictions(questionnaire, applying, answerWords);
		store.submit(responseId, source, userId, flags, clock.instant());
		events.publishEvent(new IntakeSubmitted(clientId, responseId, IntakeSubmitted.Kind.INTAKE, null,
				source == Source.STAFF_ENTERED, userId));
		audit.record("INTAKE_SUBMITTED", "intake_response", responseId, AuditOutcome.SUCCESS,
				"client " + clientId + ", " + source + (dropped.isEmpty() ? "" : ", dropped " + dropped));
		return Map.of();
	}

	// ---- helpers -----------------------------------------------------------------------------------

	private long insertSubmitted(long clientId, Questionnaire questionnaire, Map<String, Object> answers,
			List<String> flags, Source source, IntakeSubmitted.Kind kind, Long appointmentId, Long userId) {
		long id = store.insert(clientId, questionnaire, kind, ResponseStore.Status.SUBMITTED, source, userId,
				appointmentId, flags, clock.instant());
		store.insertAnswers(id, answers);
		events.publishEvent(new IntakeSubmitted(clientId, id, kind, appointmentId, source == Source.STAFF_ENTERED, userId));
		audit.record("INTAKE_SUBMITTED", "intake_response", id, AuditOutcome.SUCCESS, "client " + clientId + ", " + kind
				+ ", " + source + ", " + answers.size() + " answers" + (flags.isEmpty() ? "" : ", flagged for review"));
		return id;
	}

	static List<StepView> lines(Questionnaire questionnaire, Map<String, Object> answers, IntakeWords words) {
		List<StepView> steps = new ArrayList<>();
		for (int i = 0; i < questionnaire.steps().size(); i++) {
			List<AnswerLine> lines = new ArrayList<>();
			for (Questionnaire.Item item : questionnaire.questionsOf(i)) {
				Object value = answers.get(item.linkId());
				if (value != null) {
					lines.add(new AnswerLine(item.linkId(), item.text(), display(item, value, words)));
				}
			}
			if (!lines.isEmpty()) {
				steps.add(new StepView(questionnaire.steps().get(i).text(), lines));
			}
		}
		List<AnswerLine> outside = new ArrayList<>();
		answers.forEach((linkId, value) -> {
			if (value != null && questionnaire.question(linkId).isEmpty()) {
				outside.add(new AnswerLine(linkId, linkId, value instanceof Boolean b ? (b ? words.yes() : words.no())
						: String.valueOf(value)));
			}
		});
		if (!outside.isEmpty()) {
			steps.add(new StepView(words.outsideQuestionnaire(), outside));
		}
		return steps;
	}

	static String display(Questionnaire.Item item, Object value, IntakeWords words) {
		return switch (item.type()) {
			case BOOLEAN -> Boolean.TRUE.equals(value) ? words.yes() : words.no();
			case CHOICE -> item.option(String.valueOf(value)).map(Questionnaire.Option::display).orElse(String.valueOf(value));
			case INTEGER -> {
				if (item.durationInput() && value instanceof Integer days) {
					String unit = IntakeForm.unitFor(days);
					int n = days / AnswerRules.DURATION_UNITS.get(unit);
					yield words.duration(n, unit);
				}
				yield String.valueOf(value);
			}
			default -> String.valueOf(value);
		};
	}

	private void requireClient(long clientId) {
		if (!clients.exists(clientId)) {
			throw ApiProblem.notFound(words.text("intake.problem.noClient", String.valueOf(clientId)));
		}
	}

	private ApiProblem notFound(long responseId) {
		return ApiProblem.notFound(words.text("intake.problem.noResponse", String.valueOf(responseId)));
	}

	private static Summary summary(ResponseStore.Row row) {
		return new Summary(row.id(), row.clientId(), row.submittedAt(), row.kind(), row.source(), row.url(), row.version(),
				row.flags(), row.appointmentId(), row.enteredBy());
	}

}
