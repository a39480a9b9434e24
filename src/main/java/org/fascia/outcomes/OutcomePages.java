package org.fascia.outcomes;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fascia.clients.Family;
import org.fascia.clinic.ClinicSettings;
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

import jakarta.servlet.http.HttpServletResponse;

/**
 * Answering a questionnaire round: from the emailed link without a password ({@code /outcomes/answer?token=}, that
 * round only, once), or signed in to the portal ({@code /portal/questionnaires}, the client's own open rounds only).
 * Every answer is checked before anything is stored; the thank-you page says in plain words where each measure
 * stands against the start, and when one is worse by its MCID asks the client to tell the clinic what changed.
 */
@Controller
class OutcomePages {

	private final OutcomeRequests requests;

	private final InstrumentLibrary library;

	private final Family family;

	private final ClinicSettings clinic;

	private final Words words;

	OutcomePages(OutcomeRequests requests, InstrumentLibrary library, Family family, ClinicSettings clinic,
			Words words) {
		this.requests = requests;
		this.library = library;
		this.family = family;
		this.clinic = clinic;
		this.words = words;
	}

	@GetMapping("/outcomes/answer")
	String byLink(@RequestParam(required = false) String token, Model model, HttpServletResponse response) {
		OutcomeRequest request = requests.open(token).orElse(null);
		if (request == null) {
			response.setStatus(410);
			return gone(model);
		}
		return page(request, "/outcomes/answer", token, Map.of(), Map.of(), model);
	}

	@PostMapping("/outcomes/answer")
	String answerByLink(@RequestParam Map<String, String> form, Model model, HttpServletResponse response) {
		String token = form.get("token");
		OutcomeRequest request = requests.open(token).orElse(null);
		if (request == null) {
			response.setStatus(410);
			return gone(model);
		}
		return submit(request, "/outcomes/answer", token, form, model, response,
				answers -> requests.answer(token, answers));
	}

	@GetMapping("/portal/questionnaires")
	String list(@AuthenticationPrincipal FasciaUser user, Model model) {
		long clientId = ownClient(user);
		model.addAttribute("open", requests.openFor(clientId));
		model.addAttribute("clinicName", clinicName());
		return "outcomes/questionnaires";
	}

	@GetMapping("/portal/questionnaires/{id}")
	String show(@AuthenticationPrincipal FasciaUser user, @PathVariable long id, Model model) {
		return page(openOwn(user, id), "/portal/questionnaires/" + id, null, Map.of(), Map.of(), model);
	}

	@PostMapping("/portal/questionnaires/{id}")
	String answerInPortal(@AuthenticationPrincipal FasciaUser user, @PathVariable long id,
			@RequestParam Map<String, String> form, Model model, HttpServletResponse response) {
		OutcomeRequest request = openOwn(user, id);
		return submit(request, "/portal/questionnaires/" + id, null, form, model, response,
				answers -> requests.answerInPortal(request.clientId(), id, answers));
	}

	private OutcomeRequest openOwn(FasciaUser user, long id) {
		long clientId = ownClient(user);
		return requests.openFor(clientId).stream().filter(r -> r.id() == id).findFirst()
			.orElseThrow(
					() -> ApiProblem.notFound(words.text("outcomes.problem.noOpenQuestionnaireOfYours", String.valueOf(id))));
	}

	private long ownClient(FasciaUser user) {
		return family.actingFor(user.id())
			.orElseThrow(() -> ApiProblem.notFound(words.text("outcomes.problem.noClientRecord")));
	}

	private String submit(OutcomeRequest request, String action, String token, Map<String, String> form, Model model,
			HttpServletResponse response, java.util.function.Function<Map<Instrument, Map<String, Object>>, OutcomeRequests.Answered> store) {
		List<String> activities = requests.baselineActivities(request.clientId());
		Map<String, String> errors = new LinkedHashMap<>();
		Map<Instrument, Map<String, Object>> answers = QuestionnaireForm.read(words, request.instruments(), activities, form, errors);
		if (!errors.isEmpty()) {
			// name what else is wrong too, not only the answers that were not numbers
			for (Instrument instrument : request.instruments()) {
				try {
					OutcomeResponses.score(instrument, answers.get(instrument));
				}
				catch (ApiProblem problem) {
					if (problem.field() != null && !errors.containsKey(problem.field())) {
						errors.put(problem.field(), String.valueOf(problem.getBody().getDetail()));
					}
				}
			}
		}
		if (errors.isEmpty()) {
			try {
				OutcomeRequests.Answered answered = store.apply(answers);
				model.addAttribute("answered", answered);
				model.addAttribute("lines", ThankYou.lines(answered, words));
				model.addAttribute("clinicName", clinicName());
				model.addAttribute("portal", token == null);
				return "outcomes/answered";
			}
			catch (ApiProblem problem) {
				if (problem.errors().isEmpty() && problem.field() == null) {
					response.setStatus(problem.getStatusCode().value());
					return gone(model);
				}
				errors.putAll(problem.errors().isEmpty() ? Map.of(problem.field(), String.valueOf(problem.getBody().getDetail()))
						: problem.errors());
			}
		}
		response.setStatus(400);
		return page(request, action, token, form, plainWords(errors), model);
	}

	private static final java.util.regex.Pattern RANGE = java.util.regex.Pattern
		.compile("^Item '[^']+' (?:is .*, outside|must be (?:a whole number )?from) (\\d+) to (\\d+)\\.$");

	/**
	 * The scoring's messages name items for programs ("Item 'pain' of NPRS ..."); a person reads plain words. Any other
	 * message keeps the scoring's own text after "Choose".
	 */
	Map<String, String> plainWords(Map<String, String> errors) {
		Map<String, String> plain = new LinkedHashMap<>();
		errors.forEach((field, message) -> {
			java.util.regex.Matcher range = RANGE.matcher(message);
			plain.put(field, message.contains("is not answered") ? words.text("outcomes.answer.required")
					: range.matches() ? words.text("outcomes.answer.range", range.group(1), range.group(2))
							: message.replaceFirst("^Item '[^']+' must be", "Choose"));
		});
		return plain;
	}

	private String page(OutcomeRequest request, String action, String token, Map<String, String> shown,
			Map<String, String> errors, Model model) {
		List<String> activities = requests.baselineActivities(request.clientId());
		model.addAttribute("request", request);
		model.addAttribute("action", action);
		model.addAttribute("token", token);
		model.addAttribute("sections", QuestionnaireForm.sections(library, words, request.instruments(), activities, shown, errors));
		model.addAttribute("errors", errors);
		model.addAttribute("clinicName", clinicName());
		return "outcomes/answer";
	}

	private String gone(Model model) {
		model.addAttribute("clinicName", clinicName());
		return "outcomes/answer-gone";
	}

	private String clinicName() {
		return clinic.current().map(c -> c.name()).orElse(words.text("outcomes.clinic"));
	}

}
