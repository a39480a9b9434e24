package org.fascia.care;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fascia.booking.Actor;
import org.fascia.clients.ClientDirectory;
import org.fascia.clinic.ClinicTime;
import org.fascia.identity.FasciaUser;
import org.fascia.identity.Role;
import org.fascia.platform.ApiProblem;
import org.fascia.platform.Words;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Care plans for the owner and the client's therapist: the new-plan form (CARE.md's defaults, from a
 * consultation), the plan page (goals, approach, cautions, schedule, self-care, progress and the next
 * step) and "Book the plan" (therapist, service, a free first time; one recurring series).
 */
@Controller
class CarePlanPages {

	private final CarePlans plans;

	private final Consultations consultations;

	private final PlanProgresses progresses;

	private final PlanBookingChoices booking;

	private final SelfCarePrograms programs;

	private final SelfCareLibrary library;

	private final CareAccess access;

	private final ClientDirectory clients;

	private final ClinicTime clinicTime;

	private final Words words;

	CarePlanPages(CarePlans plans, Consultations consultations, PlanProgresses progresses, PlanBookingChoices booking,
			SelfCarePrograms programs, SelfCareLibrary library, CareAccess access, ClientDirectory clients,
			ClinicTime clinicTime, Words words) {
		this.plans = plans;
		this.consultations = consultations;
		this.progresses = progresses;
		this.booking = booking;
		this.programs = programs;
		this.library = library;
		this.access = access;
		this.clients = clients;
		this.clinicTime = clinicTime;
		this.words = words;
	}

	@GetMapping("/clients/{clientId}/care-plans/new")
	String form(@PathVariable long clientId, @RequestParam(required = false) Long consultation,
			@AuthenticationPrincipal FasciaUser user, Model model) {
		access.checkStaff(user, clientId);
		Consultation from = consultation == null ? null : consultations.find(clientId, consultation)
			.orElseThrow(
					() -> ApiProblem.notFound(words.text("care.problem.noConsultation", String.valueOf(consultation))));
		return formPage(clientId, plans.defaults(clientId, from), from, Map.of(), null, model);
	}

	@PostMapping("/clients/{clientId}/care-plans/new")
	String create(@PathVariable long clientId, @ModelAttribute("form") CarePlanForm form,
			@AuthenticationPrincipal FasciaUser user, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		access.checkStaff(user, clientId);
		try {
			CarePlan plan = plans.create(clientId, form, user.id());
			redirect.addFlashAttribute("message", words.text("care.plan.saved"));
			return "redirect:/clients/" + clientId + "/care-plans/" + plan.id() + "#book";
		}
		catch (ApiProblem problem) {
			if (problem.getStatusCode().value() == 404) {
				throw problem;
			}
			response.setStatus(problem.getStatusCode().value());
			Consultation from = consultationOf(clientId, form);
			return formPage(clientId, form, from, new LinkedHashMap<>(problem.errors()),
					problem.errors().isEmpty() ? problem.getMessage() : null, model);
		}
	}

	@GetMapping("/clients/{clientId}/care-plans/{planId}")
	String show(@PathVariable long clientId, @PathVariable long planId, @RequestParam(required = false) Long serviceId,
			@RequestParam(required = false) Long therapistId, @RequestParam(required = false) String date,
			@AuthenticationPrincipal FasciaUser user, Model model) {
		access.checkStaff(user, clientId);
		CarePlan plan = plan(clientId, planId);
		return planPage(plan, user, serviceId, therapistId, day(date), null, model);
	}

	@PostMapping("/clients/{clientId}/care-plans/{planId}/book")
	String book(@PathVariable long clientId, @PathVariable long planId, @RequestParam long serviceId,
			@RequestParam long therapistId, @RequestParam String start,
			@RequestParam(required = false) String screeningOverride, @AuthenticationPrincipal FasciaUser user,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		access.checkStaff(user, clientId);
		try {
			Instant first = Instant.parse(start);
			CarePlan booked = plans.book(clientId, planId, therapistId, serviceId, first,
					Actor.staff(user.id(), user.role() == Role.OWNER),
					screeningOverride == null || screeningOverride.isBlank() ? null : screeningOverride);
			redirect.addFlashAttribute("message", words.text("care.plan.booked", booked.plannedSessions(),
					booked.frequency(words), clinicTime.dateTime(first)));
			return "redirect:/clients/" + clientId + "/care-plans/" + planId;
		}
		catch (DateTimeParseException ex) {
			response.setStatus(400);
			return planPage(plan(clientId, planId), user, serviceId, therapistId, null,
					new Refusal(words.text("care.plan.chooseTime"), List.of(), false, null), model);
		}
		catch (ApiProblem problem) {
			if (problem.getStatusCode().value() == 404) {
				throw problem;
			}
			response.setStatus(problem.getStatusCode().value());
			return planPage(plan(clientId, planId), user, serviceId, therapistId, null,
					Refusal.of(problem, user.role() == Role.OWNER ? start : null), model);
		}
	}

	/**
	 * Why booking was refused, with the gate's reasons or the conflicting times when there are any.
	 * @param overrideStart the first start to offer the owner's screening override for, or null
	 */
	record Refusal(String message, List<String> details, boolean overridable, String overrideStart) {

		/** @param ownerStart the start the owner asked for (null for anyone else) */
		@SuppressWarnings("unchecked")
		static Refusal of(ApiProblem problem, String ownerStart) {
			Map<String, Object> properties = problem.getBody().getProperties();
			Object list = properties == null ? null
					: properties.getOrDefault("reasons", properties.get("conflicts"));
			boolean overridable = properties != null && Boolean.TRUE.equals(properties.get("overridable"))
					&& ownerStart != null;
			return new Refusal(problem.getMessage(), list instanceof List<?> l ? (List<String>) l : List.of(),
					overridable, overridable ? ownerStart : null);
		}

	}

	private String formPage(long clientId, CarePlanForm form, Consultation from, Map<String, String> errors,
			String refusal, Model model) {
		model.addAttribute("client", client(clientId));
		var cautions = programs.cautions(clientId);
		model.addAttribute("cautions", cautions);
		model.addAttribute("allowed", Recommender.allowed(cautions.stream().map(c -> c.code()).toList()));
		model.addAttribute("approaches", Approach.values());
		model.addAttribute("instruments", PlanGoal.Instrument.values());
		model.addAttribute("consultation", from);
		model.addAttribute("form", form.withGoalRows(3));
		model.addAttribute("errors", errors);
		model.addAttribute("refusal", refusal);
		model.addAttribute("choices", library.active().stream()
			.map(item -> new SelfCarePages.Choice(item, SelfCareConflicts.of(item.conflicts(), cautions)))
			.toList());
		return "care/care-plan-form";
	}

	private String planPage(CarePlan plan, FasciaUser user, Long serviceId, Long therapistId, LocalDate date,
			Refusal refusal, Model model) {
		model.addAttribute("client", client(plan.clientId()));
		model.addAttribute("plan", plan);
		model.addAttribute("progress", progresses.of(plan));
		model.addAttribute("adherence", programs.program(plan.clientId()).adherence());
		model.addAttribute("items", plan.selfCareItemIds().stream().map(id -> library.find(id).orElse(null))
			.filter(java.util.Objects::nonNull).toList());
		model.addAttribute("consultation", plan.consultationId() == null ? null
				: consultations.find(plan.clientId(), plan.consultationId()).orElse(null));
		if (!plan.booked()) {
			PlanBookingChoices.Choices choices = booking.choose(plan, user, serviceId, therapistId, date, clinicTime.today());
			model.addAttribute("choices", choices);
			model.addAttribute("times", booking.times(choices));
		}
		model.addAttribute("refusal", refusal);
		return "care/care-plan";
	}

	private Consultation consultationOf(long clientId, CarePlanForm form) {
		try {
			return form.consultationId() == null || form.consultationId().isBlank() ? null
					: consultations.find(clientId, Long.parseLong(form.consultationId().strip())).orElse(null);
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private CarePlan plan(long clientId, long planId) {
		return plans.find(clientId, planId)
			.orElseThrow(() -> ApiProblem.notFound(words.text("care.problem.noPlan", String.valueOf(planId))));
	}

	private ClientDirectory.ClientRecord client(long clientId) {
		return clients.find(clientId).orElseThrow(
				() -> ApiProblem.notFound(words.text("care.problem.noClient", String.valueOf(clientId))));
	}

	private static LocalDate day(String text) {
		try {
			return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
