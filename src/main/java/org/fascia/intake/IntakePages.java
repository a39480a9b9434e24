package org.fascia.intake;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fascia.clients.ClientDirectory;
import org.fascia.clients.Family;
import org.fascia.identity.FasciaUser;
import org.fascia.platform.ApiProblem;
import org.fascia.platform.Words;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The intake wizard: the client in the portal, or staff entering a client's paper form. One step per
 * group; every Next and Back saves the step (a resumable draft); a review page; submit. Works without
 * JavaScript; static/js/intake.js only shows and hides conditional questions as answers change.
 */
@Controller
class IntakePages {

	/** Where a client lands after submitting: the screening module's page of their result. */
	static final String CLIENT_RESULT = "/portal/screening?from=intake";

	private final IntakeResponses responses;

	private final ClientDirectory clients;

	private final Family family;

	private final Words words;

	private final IntakeWords answerWords;

	IntakePages(IntakeResponses responses, ClientDirectory clients, Family family, Words words) {
		this.responses = responses;
		this.clients = clients;
		this.family = family;
		this.words = words;
		this.answerWords = new IntakeWords(words);
	}

	// ---- the client's own intake ------------------------------------------------------------------

	@GetMapping("/portal/intake")
	String clientStep(@AuthenticationPrincipal FasciaUser user, @RequestParam(required = false) Integer step, Model model) {
		return step(own(user), step, model);
	}

	@PostMapping("/portal/intake")
	String clientSave(@AuthenticationPrincipal FasciaUser user, @RequestParam Map<String, String> form, Model model) {
		return save(own(user), form, model);
	}

	@GetMapping("/portal/intake/review")
	String clientReview(@AuthenticationPrincipal FasciaUser user, Model model) {
		return review(own(user), Map.of(), model);
	}

	@PostMapping("/portal/intake/submit")
	String clientSubmit(@AuthenticationPrincipal FasciaUser user, Model model) {
		return submit(own(user), model);
	}

	/** The client's result lives in one place, the portal's screening page; this address leads there. */
	@GetMapping("/portal/intake/done")
	String clientDone(@AuthenticationPrincipal FasciaUser user) {
		own(user);
		return "redirect:" + CLIENT_RESULT;
	}

	// ---- staff entering a paper form --------------------------------------------------------------

	@GetMapping("/clients/{clientId}/intake")
	String staffStep(@AuthenticationPrincipal FasciaUser user, @PathVariable long clientId,
			@RequestParam(required = false) Integer step, Model model) {
		return step(staff(user, clientId), step, model);
	}

	@PostMapping("/clients/{clientId}/intake")
	String staffSave(@AuthenticationPrincipal FasciaUser user, @PathVariable long clientId,
			@RequestParam Map<String, String> form, Model model) {
		return save(staff(user, clientId), form, model);
	}

	@GetMapping("/clients/{clientId}/intake/review")
	String staffReview(@AuthenticationPrincipal FasciaUser user, @PathVariable long clientId, Model model) {
		return review(staff(user, clientId), Map.of(), model);
	}

	@PostMapping("/clients/{clientId}/intake/submit")
	String staffSubmit(@AuthenticationPrincipal FasciaUser user, @PathVariable long clientId, Model model) {
		return submit(staff(user, clientId), model);
	}

	@GetMapping("/clients/{clientId}/intake/done")
	String staffDone(@AuthenticationPrincipal FasciaUser user, @PathVariable long clientId, Model model) {
		model.addAttribute("wizard", staff(user, clientId));
		return "intake/done";
	}

	/** A submitted response as staff read it, with its own questionnaire version. */
	@GetMapping("/clients/{clientId}/intake/responses/{responseId}")
	String staffView(@AuthenticationPrincipal FasciaUser user, @PathVariable long clientId, @PathVariable long responseId,
			Model model) {
		IntakeForm.Wizard wizard = staff(user, clientId);
		IntakeResponses.Summary summary = responses.summary(responseId)
			.filter(s -> s.clientId() == clientId)
			.orElseThrow(() -> ApiProblem.notFound(words.text("intake.problem.noSuchResponse")));
		model.addAttribute("wizard", wizard);
		model.addAttribute("view", responses.view(summary.id()));
		return "intake/response";
	}

	// ---- shared -----------------------------------------------------------------------------------

	private IntakeForm.Wizard own(FasciaUser user) {
		ClientDirectory.ClientRecord client = family.actingForRecord(user.id())
			.orElseThrow(() -> ApiProblem.notFound(words.text("intake.problem.noClientRecord")));
		return new IntakeForm.Wizard(client.id(), client.fullName(), "/portal/intake", IntakeResponses.Source.CLIENT, user.id());
	}

	private IntakeForm.Wizard staff(FasciaUser user, long clientId) {
		ClientDirectory.ClientRecord client = clients.find(clientId)
			.orElseThrow(() -> ApiProblem.notFound(words.text("intake.problem.noClient", String.valueOf(clientId))));
		return new IntakeForm.Wizard(client.id(), client.fullName(), "/clients/" + clientId + "/intake",
				IntakeResponses.Source.STAFF_ENTERED, user.id());
	}

	private String step(IntakeForm.Wizard wizard, Integer requested, Model model) {
		IntakeResponses.Draft draft = responses.draft(wizard.clientId(), wizard.source(), wizard.userId());
		List<Integer> enabled = draft.enabledSteps();
		int step = requested != null ? requested : draft.row().currentStep();
		if (step >= draft.questionnaire().steps().size()) {
			return "redirect:" + wizard.base() + "/review";
		}
		if (!enabled.contains(step)) {
			int from = step;
			step = enabled.stream().filter(i -> i > from).findFirst().orElse(-1);
			if (step < 0) {
				return "redirect:" + wizard.base() + "/review";
			}
		}
		return render(wizard, draft, step, draft.answers(), Map.of(), Map.of(), model);
	}

	private String save(IntakeForm.Wizard wizard, Map<String, String> form, Model model) {
		IntakeResponses.Draft draft = responses.draft(wizard.clientId(), wizard.source(), wizard.userId());
		Questionnaire questionnaire = draft.questionnaire();
		int step = parseStep(form.get("step"), questionnaire);
		String action = form.getOrDefault("action", "next");
		boolean back = action.equals("back");
		Map<String, String> errors = responses.saveStep(wizard.clientId(), draft.row().id(), step, form, !back,
				back ? step : step + 1, wizard.source(), wizard.userId());
		if (!errors.isEmpty()) {
			Map<String, Object> typed = new LinkedHashMap<>(draft.answers());
			for (Questionnaire.Item item : questionnaire.questionsOf(step)) {
				typed.remove(item.linkId());
				try {
					Object value = AnswerRules.fromForm(item, form.get(item.linkId()), form.get(item.linkId() + "__unit"),
							answerWords);
					if (value != null) {
						typed.put(item.linkId(), value);
					}
				}
				catch (IllegalArgumentException ex) {
					// shown as typed, with its message
				}
			}
			Map<String, String> units = new LinkedHashMap<>();
			form.forEach((name, value) -> {
				if (name.endsWith("__unit")) {
					units.put(name.substring(0, name.length() - 6), value);
				}
			});
			model.addAttribute("units", units);
			return render(wizard, draft, step, typed, form, errors, model);
		}
		IntakeResponses.Draft saved = responses.draft(wizard.clientId(), wizard.source(), wizard.userId());
		List<Integer> enabled = saved.enabledSteps();
		if (back) {
			int previous = enabled.stream().filter(i -> i < step).reduce((a, b) -> b).orElse(step);
			return "redirect:" + wizard.base() + "?step=" + previous;
		}
		return enabled.stream()
			.filter(i -> i > step)
			.findFirst()
			.map(next -> "redirect:" + wizard.base() + "?step=" + next)
			.orElse("redirect:" + wizard.base() + "/review");
	}

	private int parseStep(String raw, Questionnaire questionnaire) {
		try {
			int step = Integer.parseInt(raw == null ? "" : raw.strip());
			if (step >= 0 && step < questionnaire.steps().size()) {
				return step;
			}
		}
		catch (NumberFormatException ex) {
			// falls through
		}
		throw ApiProblem.badRequest("step", words.text("intake.problem.noSuchStep"));
	}

	@SuppressWarnings("unchecked")
	private String render(IntakeForm.Wizard wizard, IntakeResponses.Draft draft, int step, Map<String, Object> typed,
			Map<String, String> shown, Map<String, String> errors, Model model) {
		Questionnaire questionnaire = draft.questionnaire();
		Map<String, Object> values = new LinkedHashMap<>(typed);
		values.putAll(shown);
		Map<String, String> units = model.containsAttribute("units") ? (Map<String, String>) model.getAttribute("units")
				: Map.of();
		List<IntakeForm.Field> fields = IntakeForm.fields(questionnaire, questionnaire.questionsOf(step),
				shown.isEmpty() ? typed : values, typed, shown.isEmpty() ? Map.of() : units, errors);
		List<Integer> enabled = new IntakeResponses.Draft(draft.row(), questionnaire, typed).enabledSteps();
		int position = enabled.indexOf(step) + 1;
		model.addAttribute("wizard", wizard);
		model.addAttribute("heading", questionnaire.title());
		model.addAttribute("step", IntakeForm.step(questionnaire, step, fields, typed));
		model.addAttribute("position", position);
		model.addAttribute("total", enabled.size());
		model.addAttribute("first", position <= 1);
		model.addAttribute("errors", errors);
		return "intake/step";
	}

	private String review(IntakeForm.Wizard wizard, Map<String, String> errors, Model model) {
		IntakeResponses.Draft draft = responses.draft(wizard.clientId(), wizard.source(), wizard.userId());
		Questionnaire questionnaire = draft.questionnaire();
		Map<String, Object> applying = AnswerRules.withoutDisabled(questionnaire, draft.answers());
		Map<String, String> missing = new LinkedHashMap<>(AnswerRules.missing(questionnaire, questionnaire.questions(),
				applying, answerWords));
		missing.putAll(errors);
		List<IntakeForm.ReviewStep> steps = draft.enabledSteps().stream().map(i -> {
			List<IntakeForm.ReviewLine> lines = questionnaire.questionsOf(i)
				.stream()
				.filter(item -> AnswerRules.enabled(questionnaire, item, applying))
				.map(item -> new IntakeForm.ReviewLine(item.linkId(), item.text(),
						applying.get(item.linkId()) == null ? null
								: IntakeResponses.display(item, applying.get(item.linkId()), answerWords),
						missing.get(item.linkId())))
				.toList();
			return new IntakeForm.ReviewStep(i, questionnaire.steps().get(i).text(), lines);
		}).toList();
		model.addAttribute("wizard", wizard);
		model.addAttribute("heading", questionnaire.title());
		model.addAttribute("steps", steps);
		model.addAttribute("missing", missing);
		model.addAttribute("lastStep", draft.enabledSteps().isEmpty() ? 0 : draft.enabledSteps().get(draft.enabledSteps().size() - 1));
		return "intake/review";
	}

	private String submit(IntakeForm.Wizard wizard, Model model) {
		IntakeResponses.Draft draft = responses.draft(wizard.clientId(), wizard.source(), wizard.userId());
		Map<String, String> errors = responses.submit(wizard.clientId(), draft.row().id(), wizard.source(), wizard.userId());
		if (!errors.isEmpty()) {
			return review(wizard, errors, model);
		}
		// the client sees their screening result (an emergency page straight away); staff see "saved"
		return "redirect:" + (wizard.staff() ? wizard.base() + "/done" : CLIENT_RESULT);
	}

}
