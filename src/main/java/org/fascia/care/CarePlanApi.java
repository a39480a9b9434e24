package org.fascia.care;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.fascia.identity.FasciaUser;
import org.fascia.platform.ApiProblem;
import org.fascia.platform.Words;
import org.fascia.screening.Caution;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.JsonNode;

/**
 * Care plans through the API:
 * <ul>
 * <li>{@code GET /api/v1/clients/{id}/care-plans}: the client's plans with goals, progress and the next
 * step; the owner, the client's therapist, or the client themself (another client's id is a 404);</li>
 * <li>{@code POST /api/v1/clients/{id}/care-plans}: create one ({@code consultationId} optional,
 * {@code approach}, {@code goals: [{kind, instrument, target, activity}]}, {@code intervalWeeks},
 * {@code plannedSessions} (CARE.md's 1 and 10 when left out), {@code startDate}, {@code reviewDate}, {@code selfCareItemIds}); 201 with its
 * Location, 400 naming each field, 422 naming the caution an approach or item breaks.</li>
 * </ul>
 */
@RestController
class CarePlanApi {

	private final CarePlans plans;

	private final PlanProgresses progresses;

	private final CareAccess access;

	private final Words words;

	CarePlanApi(CarePlans plans, PlanProgresses progresses, CareAccess access, Words words) {
		this.plans = plans;
		this.progresses = progresses;
		this.access = access;
		this.words = words;
	}

	record Goal(PlanGoal.Kind kind, PlanGoal.Instrument instrument, PlanGoal.Comparison comparison, int target,
			String activity, String text) {
	}

	record Progress(int planned, int done, Instant nextVisit, List<Integer> pain, String nextStep, String reason,
			Integer suggestedIntervalWeeks) {
	}

	record Plan(long id, long clientId, Long consultationId, Approach approach, int intervalWeeks, int plannedSessions,
			int sessionMinutes, LocalDate startDate, LocalDate reviewDate, List<Goal> goals, List<String> cautions,
			List<Long> selfCareItemIds, Long seriesId, Instant createdAt, Progress progress) {
	}

	@GetMapping("/api/v1/clients/{id}/care-plans")
	List<Plan> list(@PathVariable long id, @AuthenticationPrincipal FasciaUser user) {
		access.checkReader(user, id);
		return plans.list(id).stream().map(this::view).toList();
	}

	@PostMapping("/api/v1/clients/{id}/care-plans")
	ResponseEntity<Plan> create(@PathVariable long id, @RequestBody(required = false) JsonNode body,
			@AuthenticationPrincipal FasciaUser user) {
		access.checkStaff(user, id);
		CarePlan plan = plans.create(id, form(body), user.id());
		return ResponseEntity.created(URI.create("/api/v1/clients/" + id + "/care-plans/" + plan.id())).body(view(plan));
	}

	private Plan view(CarePlan p) {
		PlanProgress progress = progresses.of(p);
		return new Plan(p.id(), p.clientId(), p.consultationId(), p.approach(), p.intervalWeeks(), p.plannedSessions(),
				p.sessionMinutes(), p.startDate(), p.reviewDate(),
				p.goals().stream().map(g -> new Goal(g.kind(), g.instrument(), g.comparison(), g.target(), g.activity(),
						g.describe())).toList(),
				p.cautions().stream().map(Caution::code).toList(), p.selfCareItemIds(), p.seriesId(), p.createdAt(),
				new Progress(progress.planned(), progress.done(), progress.nextStart(),
						progress.pains().stream().map(PainReading::pain).toList(), progress.advice().step().name(),
						progress.advice().reason(), progress.advice().suggestedIntervalWeeks()));
	}

	/** The body as the same form the page sends, so both get the same checks and messages. */
	CarePlanForm form(JsonNode body) {
		if (body == null || !body.isObject()) {
			throw ApiProblem.badRequest("body", words.text("care.problem.planApi.body"));
		}
		List<String> kinds = new ArrayList<>(), instruments = new ArrayList<>(), targets = new ArrayList<>(),
				activities = new ArrayList<>();
		JsonNode goals = body.get("goals");
		if (goals != null && !goals.isNull() && !goals.isArray()) {
			throw ApiProblem.badRequest("goals", words.text("care.problem.planApi.goals"));
		}
		if (goals != null && goals.isArray()) {
			for (JsonNode g : goals) {
				kinds.add(text(g, "kind"));
				instruments.add(text(g, "instrument"));
				String target = text(g, "target");
				targets.add(target.isEmpty() ? "?" : target);
				activities.add(text(g, "activity"));
			}
		}
		List<String> items = new ArrayList<>();
		JsonNode ids = body.get("selfCareItemIds");
		if (ids != null && ids.isArray()) {
			ids.forEach(n -> items.add(n.isIntegralNumber() ? n.asString() : "x"));
		}
		else if (ids != null && !ids.isNull()) {
			items.add("x");
		}
		return new CarePlanForm(text(body, "consultationId"), text(body, "approach"), kinds, instruments, targets,
				activities, number(body, "intervalWeeks", CarePlanForm.DEFAULT_INTERVAL),
				number(body, "plannedSessions", CarePlanForm.DEFAULT_SESSIONS), text(body, "startDate"),
				text(body, "reviewDate"), items);
	}

	private static String text(JsonNode node, String field) {
		JsonNode n = node == null ? null : node.get(field);
		return n == null || n.isNull() ? "" : n.isString() ? n.stringValue() : n.toString();
	}

	/** A whole number as text (CARE.md's default when left out); anything else becomes text the rules refuse. */
	private static String number(JsonNode node, String field, int fallback) {
		JsonNode n = node.get(field);
		if (n == null || n.isNull()) {
			return String.valueOf(fallback);
		}
		return n.isIntegralNumber() ? n.asString() : "not a whole number";
	}

}
