package org.fascia.screening;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.fascia.clients.ClientDirectory;
import org.fascia.clinic.ClinicTime;
import org.fascia.clinic.ServiceKind;
import org.fascia.identity.Account;
import org.fascia.identity.Accounts;
import org.fascia.identity.FasciaUser;
import org.fascia.platform.ApiProblem;
import org.fascia.platform.Words;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff's screening page of a client: the current decision with its cautions and findings, the
 * history of screenings, the physicians' clearances (record one with the scanned reply, withdraw a
 * wrong one, download the reply) and the letter for the physician.
 */
@Controller
class ScreeningPages {

	static final String PAGE = "screening/client";

	private final ClientDirectory clients;

	private final ScreeningRecords screenings;

	private final Clearances clearances;

	private final ClearanceLetters letters;

	private final Accounts accounts;

	private final ClinicTime clinicTime;

	private final Words words;

	ScreeningPages(ClientDirectory clients, ScreeningRecords screenings, Clearances clearances,
			ClearanceLetters letters, Accounts accounts, ClinicTime clinicTime, Words words) {
		this.clients = clients;
		this.screenings = screenings;
		this.clearances = clearances;
		this.letters = letters;
		this.accounts = accounts;
		this.clinicTime = clinicTime;
		this.words = words;
	}

	/** The clearance form as typed (dates as text, so a bad one can be shown again with its message). */
	record ClearanceForm(String physicianName, String practice, String clearedOn, String restrictions,
			String expiresOn) {

		static ClearanceForm empty() {
			return new ClearanceForm("", "", "", "", "");
		}

	}

	@GetMapping("/clients/{clientId}/screening")
	String show(@PathVariable long clientId, @RequestParam(required = false) String error, Model model) {
		Map<String, String> errors = new LinkedHashMap<>();
		if ("too-big".equals(error)) {
			errors.put("document", words.text("screening.client.error.tooBig"));
		}
		return page(clientId, ClearanceForm.empty(), errors, model);
	}

	@PostMapping("/clients/{clientId}/screening/clearances")
	String record(@PathVariable long clientId, @ModelAttribute("form") ClearanceForm form,
			@RequestParam(name = "document", required = false) MultipartFile document,
			@AuthenticationPrincipal FasciaUser user, Model model, RedirectAttributes redirect) {
		Map<String, String> errors = new LinkedHashMap<>();
		LocalDate clearedOn = date(form.clearedOn(), "clearedOn", true, errors);
		LocalDate expiresOn = date(form.expiresOn(), "expiresOn", false, errors);
		NewClearance.Upload upload = upload(document, errors);
		if (errors.isEmpty()) {
			try {
				Clearance saved = clearances.record(new NewClearance(clientId, form.physicianName(), form.practice(),
						clearedOn, form.restrictions(), expiresOn, upload), user.id());
				redirect.addFlashAttribute("message",
						words.text("screening.client.saved", saved.physicianName(), String.join(", ", saved.rules())));
				return "redirect:/clients/" + clientId + "/screening";
			}
			catch (ApiProblem problem) {
				if (problem.errors().isEmpty()) {
					throw problem;
				}
				problem.errors().forEach(errors::putIfAbsent);
			}
		}
		return page(clientId, form, errors, model);
	}

	@PostMapping("/clients/{clientId}/screening/clearances/{clearanceId}/withdraw")
	String withdraw(@PathVariable long clientId, @PathVariable long clearanceId,
			@RequestParam(defaultValue = "") String reason, @AuthenticationPrincipal FasciaUser user,
			RedirectAttributes redirect) {
		try {
			clearances.withdraw(clientId, clearanceId, reason, user.id());
			redirect.addFlashAttribute("message", words.text("screening.client.withdrawnMessage"));
		}
		catch (ApiProblem problem) {
			if (problem.getStatusCode().value() == 404) {
				throw problem;
			}
			redirect.addFlashAttribute("withdrawError", problem.getMessage());
			redirect.addFlashAttribute("withdrawId", clearanceId);
		}
		return "redirect:/clients/" + clientId + "/screening";
	}

	@GetMapping("/clients/{clientId}/screening/clearances/{clearanceId}/document")
	ResponseEntity<byte[]> document(@PathVariable long clientId, @PathVariable long clearanceId) {
		Clearances.StoredDocument document = clearances.document(clientId, clearanceId)
			.orElseThrow(() -> ApiProblem.notFound(words.text("screening.problem.noDocument")));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(document.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(document.fileName()).build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(document.content());
	}

	@GetMapping("/clients/{clientId}/screening/letter.pdf")
	ResponseEntity<byte[]> letter(@PathVariable long clientId, @RequestParam(required = false) String treatment) {
		String planned = treatment == null ? null : treatment.strip();
		if (planned != null && planned.length() > 1000) {
			planned = planned.substring(0, 1000);
		}
		byte[] pdf = letters.pdf(clientId, planned);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("clearance-request-" + clientId + ".pdf").build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(pdf);
	}

	private String page(long clientId, ClearanceForm form, Map<String, String> errors, Model model) {
		ClientDirectory.ClientRecord client = clients.find(clientId)
			.orElseThrow(
					() -> ApiProblem.notFound(words.text("screening.problem.noClient", String.valueOf(clientId))));
		List<StoredScreening> history = screenings.history(clientId);
		List<Clearance> onRecord = clearances.forClient(clientId);
		Map<Long, String> names = new HashMap<>();
		onRecord.forEach(c -> {
			names.computeIfAbsent(c.recordedBy(), this::name);
			if (c.withdrawnBy() != null) {
				names.computeIfAbsent(c.withdrawnBy(), this::name);
			}
		});
		Optional<StoredScreening> current = history.stream().findFirst();
		// the decision, its meaning, the referral advice and the kind are words of the bundle (screening.decision.*,
		// screening.meaning.*, screening.advice.*, screening.kind.*), chosen in the template
		model.addAttribute("client", client);
		model.addAttribute("current", current.orElse(null));
		model.addAttribute("needsClearance", current.map(StoredScreening::rulesNeedingClearance).orElse(List.of()));
		model.addAttribute("history", history);
		model.addAttribute("clearances", onRecord);
		model.addAttribute("userNames", names);
		LocalDate today = clinicTime.today();
		model.addAttribute("today", today);
		model.addAttribute("gateToday", current.map(s -> TreatmentGate.decide(Optional.of(s.result()), onRecord,
				ServiceKind.TREATMENT, today, new ScreeningWords(words))).orElse(null));
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return PAGE;
	}

	private String name(long userId) {
		return accounts.find(userId).map(Account::displayName).orElseGet(() -> words.text("screening.client.formerUser"));
	}

	private LocalDate date(String raw, String field, boolean required, Map<String, String> errors) {
		if (raw == null || raw.isBlank()) {
			if (required) {
				errors.put(field, words.text("screening.client.error.clearedOn"));
			}
			return null;
		}
		try {
			return LocalDate.parse(raw.strip());
		}
		catch (DateTimeParseException ex) {
			errors.put(field, words.text("screening.client.error.date"));
			return null;
		}
	}

	/** The uploaded file, read only when it is within the limit (the service gives the precise message). */
	private NewClearance.Upload upload(MultipartFile file, Map<String, String> errors) {
		if (file == null || file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank())) {
			return null;
		}
		if (file.getSize() > DocumentSniffer.MAX_BYTES) {
			return new NewClearance.Upload(file.getOriginalFilename(), file.getSize(), null);
		}
		try {
			return new NewClearance.Upload(file.getOriginalFilename(), file.getSize(), file.getBytes());
		}
		catch (IOException ex) {
			errors.put("document", words.text("screening.client.error.unreadable"));
			return null;
		}
	}

}
