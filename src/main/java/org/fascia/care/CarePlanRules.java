package org.fascia.care;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.fascia.platform.ApiProblem;
import org.fascia.platform.Texts;

/**
 * Reads a {@link CarePlanForm} into checked values or a 400 naming every field to correct: a known
 * approach, at least one measurable goal, 1–12 weeks between sessions, 1–52 sessions (what a booked
 * series allows), a start from today on and a review date between the start and the last session. The goals'
 * own messages are {@link PlanGoal}'s.
 */
final class CarePlanRules {

	record Valid(Long consultationId, Approach approach, List<PlanGoal> goals, int intervalWeeks, int plannedSessions,
			LocalDate startDate, LocalDate reviewDate, List<Long> selfCareItemIds) {
	}

	private CarePlanRules() {
	}

	/** The checked plan, or a 400 naming every field to correct in the words given. */
	static Valid check(CarePlanForm form, LocalDate today, Texts words) {
		Map<String, String> errors = new LinkedHashMap<>();
		Long consultation = null;
		if (form.consultationId() != null && !form.consultationId().isBlank()) {
			consultation = number(form.consultationId());
			if (consultation == null) {
				errors.put("consultationId", words.text("care.problem.plan.consultationId"));
			}
		}
		Approach approach = null;
		for (Approach a : Approach.values()) {
			if (a.name().equals(form.approach())) {
				approach = a;
			}
		}
		if (approach == null) {
			errors.put("approach", words.text("care.problem.plan.approach"));
		}
		List<PlanGoal> goals = new ArrayList<>();
		for (int i = 0; i < form.goalRows(); i++) {
			String kind = form.goalValue(form.goalKind(), i), instrument = form.goalValue(form.goalInstrument(), i),
					target = form.goalValue(form.goalTarget(), i), activity = form.goalValue(form.goalActivity(), i);
			if (target.isBlank() && activity.isBlank()) {
				continue;
			}
			PlanGoal.Parsed parsed = PlanGoal.parse(kind, instrument, target, activity);
			if (parsed.goal() == null) {
				errors.put("goals[" + i + "]." + parsed.field(), parsed.message());
			}
			else {
				goals.add(parsed.goal());
			}
		}
		if (goals.isEmpty() && errors.keySet().stream().noneMatch(k -> k.startsWith("goals["))) {
			errors.put("goals", words.text("care.problem.plan.goals"));
		}
		Integer interval = range(form.intervalWeeks(), 1, 12, "intervalWeeks", words.text("care.problem.plan.interval"),
				errors);
		Integer sessions = range(form.plannedSessions(), 1, 52, "plannedSessions",
				words.text("care.problem.plan.sessions"), errors);
		LocalDate start = date(form.startDate(), "startDate", words, errors);
		if (start == null && !errors.containsKey("startDate")) {
			start = today;
		}
		if (start != null && start.isBefore(today)) {
			errors.put("startDate", words.text("care.problem.plan.startPast"));
		}
		LocalDate review = date(form.reviewDate(), "reviewDate", words, errors);
		if (review == null && !errors.containsKey("reviewDate") && start != null && interval != null && sessions != null) {
			review = CarePlanForm.defaultReview(start, interval, sessions);
		}
		if (review != null && review.isBefore(today)) {
			errors.put("reviewDate", words.text("care.problem.plan.reviewPast"));
		}
		else if (review != null && start != null && review.isBefore(start)) {
			errors.put("reviewDate", words.text("care.problem.plan.reviewBeforeStart"));
		}
		Set<Long> items = new LinkedHashSet<>();
		for (String id : form.selfCareItemIds()) {
			if (id == null || id.isBlank()) {
				continue;
			}
			Long n = number(id);
			if (n == null) {
				errors.put("selfCareItemIds", words.text("care.problem.plan.itemIds"));
			}
			else {
				items.add(n);
			}
		}
		if (!errors.isEmpty()) {
			throw ApiProblem.invalid(errors);
		}
		return new Valid(consultation, approach, goals, interval, sessions, start, review, List.copyOf(items));
	}

	private static Integer range(String text, int min, int max, String field, String message, Map<String, String> errors) {
		Long n = number(text);
		if (n == null || n < min || n > max) {
			errors.put(field, message);
			return null;
		}
		return n.intValue();
	}

	private static LocalDate date(String text, String field, Texts words, Map<String, String> errors) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			errors.put(field, words.text("care.problem.date"));
			return null;
		}
	}

	private static Long number(String text) {
		try {
			return text == null || text.isBlank() ? null : Long.parseLong(text.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
