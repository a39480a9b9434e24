package org.fascia.payments;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fascia.booking.AppointmentView;
import org.fascia.clients.ClientDirectory;
import org.fascia.clinic.ClinicSettings;
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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The payment of one visit for the front desk and the owner (therapists and clients never reach it, see the
 * security configuration): mark paid, void, the receipt. Opened from the calendar's appointment panel and from
 * the client record. The appointment must be the client's in the path (404 otherwise).
 */
@Controller
class PaymentPages {

	static final String PAGE = "payments/payment";

	private static final Pattern AMOUNT = Pattern.compile("£?\\s*(\\d{1,6})(?:[.,](\\d{1,2}))?");

	private final Payments payments;

	private final ClientDirectory clients;

	private final ClinicSettings settings;

	private final Words words;

	PaymentPages(Payments payments, ClientDirectory clients, ClinicSettings settings, Words words) {
		this.payments = payments;
		this.clients = clients;
		this.settings = settings;
		this.words = words;
	}

	@GetMapping("/clients/{clientId}/appointments/{appointmentId}/payment")
	String show(@PathVariable long clientId, @PathVariable long appointmentId, Model model) {
		return page(clientId, appointmentId, Map.of(), Map.of(), model);
	}

	@PostMapping("/clients/{clientId}/appointments/{appointmentId}/payment")
	String markPaid(@AuthenticationPrincipal FasciaUser user, @PathVariable long clientId,
			@PathVariable long appointmentId, @RequestParam Map<String, String> form, Model model,
			RedirectAttributes redirect) {
		AppointmentView appointment = payments.appointment(clientId, appointmentId);
		Map<String, String> errors = new LinkedHashMap<>();
		PaymentMethod method = null;
		try {
			method = PaymentMethod.valueOf(form.getOrDefault("method", ""));
		}
		catch (IllegalArgumentException ex) {
			errors.put("method", words.text("payments.payment.method.missing"));
		}
		Integer amount = null;
		String amountText = form.getOrDefault("amount", "").strip();
		if (amountText.isEmpty()) {
			errors.put("amount", words.text("payments.payment.amount.missing"));
		}
		else {
			Matcher m = AMOUNT.matcher(amountText);
			if (!m.matches()) {
				errors.put("amount", words.text("payments.payment.amount.invalid"));
			}
			else {
				String pence = m.group(2) == null ? "00" : (m.group(2).length() == 1 ? m.group(2) + "0" : m.group(2));
				amount = Integer.parseInt(m.group(1)) * 100 + Integer.parseInt(pence);
			}
		}
		Instant paidAt = null;
		String paidText = form.getOrDefault("paidAt", "").strip();
		if (!paidText.isEmpty()) {
			try {
				paidAt = LocalDateTime.parse(paidText).atZone(settings.zone()).toInstant();
			}
			catch (DateTimeParseException ex) {
				errors.put("paidAt", words.text("payments.payment.paidAt.invalid"));
			}
		}
		if (!errors.isEmpty()) {
			return page(clientId, appointmentId, form, errors, model);
		}
		try {
			Payment payment = payments.markPaid(clientId, appointment.id(), method, amount, paidAt, user.id());
			redirect.addFlashAttribute("message",
					words.text("payments.payment.marked", payment.amount(), paidBy(payment.method()), payment.receipt()));
		}
		catch (ApiProblem problem) {
			if (problem.getStatusCode().value() == 404) {
				throw problem;
			}
			return page(clientId, appointmentId, form,
					Map.of(problem.field() != null ? problem.field() : "form", problem.getMessage()), model);
		}
		return "redirect:/clients/" + clientId + "/appointments/" + appointmentId + "/payment";
	}

	@PostMapping("/clients/{clientId}/appointments/{appointmentId}/payment/void")
	String voidPayment(@AuthenticationPrincipal FasciaUser user, @PathVariable long clientId,
			@PathVariable long appointmentId, @RequestParam(required = false) String reason, Model model,
			RedirectAttributes redirect) {
		try {
			Payment voided = payments.voidPayment(clientId, appointmentId, reason, user.id());
			redirect.addFlashAttribute("message", words.text("payments.payment.voidedNow", voided.receipt()));
		}
		catch (ApiProblem problem) {
			if (problem.getStatusCode().value() == 404) {
				throw problem;
			}
			return page(clientId, appointmentId, Map.of("reason", reason == null ? "" : reason),
					Map.of("reason", problem.getMessage()), model);
		}
		return "redirect:/clients/" + clientId + "/appointments/" + appointmentId + "/payment";
	}

	/** How it was paid, inside a sentence ("… by card terminal, …"). */
	private String paidBy(PaymentMethod method) {
		return switch (method) {
			case CASH -> words.text("payments.payment.by.cash");
			case CARD -> words.text("payments.payment.by.card");
			case TERMINAL -> words.text("payments.payment.by.terminal");
		};
	}

	@GetMapping("/clients/{clientId}/appointments/{appointmentId}/receipt.pdf")
	ResponseEntity<byte[]> receipt(@PathVariable long clientId, @PathVariable long appointmentId) {
		return pdf(payments, clientId, appointmentId);
	}

	static ResponseEntity<byte[]> pdf(Payments payments, long clientId, long appointmentId) {
		byte[] pdf = payments.receipt(clientId, appointmentId);
		String number = payments.current(appointmentId).map(Payment::receipt).orElse("receipt");
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename("receipt-" + number + ".pdf").build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(pdf);
	}

	private String page(long clientId, long appointmentId, Map<String, String> form, Map<String, String> errors,
			Model model) {
		AppointmentView appointment = payments.appointment(clientId, appointmentId);
		ClientDirectory.ClientRecord client = clients.find(clientId)
			.orElseThrow(() -> ApiProblem.notFound(words.text("payments.problem.noClient")));
		model.addAttribute("client", client);
		model.addAttribute("appointment", appointment);
		model.addAttribute("payment", payments.current(appointmentId).orElse(null));
		model.addAttribute("voided", payments.history(appointmentId).stream().filter(Payment::voided).toList());
		model.addAttribute("methods", PaymentMethod.values());
		int price = payments.price(appointment);
		model.addAttribute("price", Payment.money(price));
		model.addAttribute("amount", form.getOrDefault("amount", "%d.%02d".formatted(price / 100, price % 100)));
		model.addAttribute("chosenMethod", form.getOrDefault("method", ""));
		model.addAttribute("paidAt", form.getOrDefault("paidAt", ""));
		model.addAttribute("reason", form.getOrDefault("reason", ""));
		model.addAttribute("errors", errors);
		model.addAttribute("cancelled", appointment.status() == org.fascia.booking.AppointmentStatus.CANCELLED);
		return PAGE;
	}

}
