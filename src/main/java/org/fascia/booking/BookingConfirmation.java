package org.fascia.booking;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.fascia.clients.ClientAccounts;
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
import org.springframework.web.util.UriComponentsBuilder;

/** The last steps of the public booking journey: who you are, then confirm. */
@Controller
class BookingConfirmation {

	private static final String VIEW = "booking/confirm";

	private final BookingCatalog catalog;

	private final BookingService booking;

	private final Actors actors;

	private final ClientAccounts clientAccounts;

	private final org.fascia.identity.Accounts accounts;

	private final Family family;

	private final ScreeningWords screeningWords;

	private final Words words;

	BookingConfirmation(BookingCatalog catalog, BookingService booking, Actors actors, ClientAccounts clientAccounts,
			org.fascia.identity.Accounts accounts, Family family, ScreeningWords screeningWords, Words words) {
		this.family = family;
		this.screeningWords = screeningWords;
		this.words = words;
		this.accounts = accounts;
		this.catalog = catalog;
		this.booking = booking;
		this.actors = actors;
		this.clientAccounts = clientAccounts;
	}

	@GetMapping("/book/{serviceId}/confirm")
	String confirmForm(@PathVariable long serviceId, @RequestParam Instant start, @RequestParam long therapistId,
			@AuthenticationPrincipal FasciaUser user, Model model) {
		summary(serviceId, start, therapistId, model);
		model.addAttribute("user", user);
		model.addAttribute("unverified", unverified(user));
		whoFor(user, null, model);
		return VIEW;
	}

	/**
	 * Family members: a parent with children chooses whom the visit is for; the one the portal acts for now is
	 * chosen already. Nothing for anyone without children.
	 */
	private void whoFor(FasciaUser user, Long chosen, Model model) {
		if (user == null || user.role().isStaff()) {
			return;
		}
		List<Family.Member> members = family.members(user.id());
		if (members.size() > 1) {
			model.addAttribute("family", members);
			model.addAttribute("forClient", chosen != null ? chosen : family.actingFor(user.id()).orElse(null));
		}
	}

	/** branch client-accounts: a client books once their email address is confirmed. */
	private boolean unverified(FasciaUser user) {
		return user != null && !user.role().isStaff() && !accounts.emailVerified(user.id());
	}

	/** Sign in first, then back here: this path needs a signed-in user, so the sign-in page returns to it. */
	@GetMapping("/book/{serviceId}/confirm/sign-in")
	String signInFirst(@PathVariable long serviceId, @RequestParam Instant start, @RequestParam long therapistId) {
		return "redirect:" + confirmUrl(serviceId, start, therapistId);
	}

	/**
	 * A new client signs up on the way to booking (branch client-accounts): the account waits for its
	 * address to be confirmed; the link in the mail signs the client in and brings them back to this
	 * visit's confirmation. The answer is "check your inbox" whether or not the address had an account.
	 */
	@PostMapping("/book/{serviceId}/account")
	String createAccount(@PathVariable long serviceId, @RequestParam Instant start, @RequestParam long therapistId,
			ClientAccounts.SignUp form, @RequestParam(defaultValue = "false") boolean privacy,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		try {
			clientAccounts.register(form, privacy, confirmUrl(serviceId, start, therapistId), request.getRemoteAddr());
		}
		catch (ApiProblem problem) {
			summary(serviceId, start, therapistId, model);
			model.addAttribute("form", form);
			model.addAttribute("errorField", problem.field() == null ? "form" : problem.field());
			model.addAttribute("error", problem.getMessage());
			return VIEW;
		}
		catch (org.fascia.platform.RateLimits.TooManyRequests tooMany) {
			summary(serviceId, start, therapistId, model);
			model.addAttribute("form", form);
			model.addAttribute("error", tooMany.getMessage());
			response.setStatus(429);
			response.setHeader("Retry-After", String.valueOf(tooMany.retryAfterSeconds()));
			return VIEW;
		}
		return "redirect:/signup/sent";
	}

	@PostMapping("/book/{serviceId}/confirm")
	String confirm(@PathVariable long serviceId, @RequestParam Instant start, @RequestParam long therapistId,
			@RequestParam(required = false) Long forClient, @AuthenticationPrincipal FasciaUser user, Model model) {
		if (unverified(user)) {
			summary(serviceId, start, therapistId, model);
			model.addAttribute("user", user);
			model.addAttribute("unverified", true);
			model.addAttribute("bookingError", words.text("booking.confirm.unverified.error"));
			whoFor(user, forClient, model);
			return VIEW;
		}
		Actor actor = actors.of(user);
		long clientId = forClient != null ? forClient : actor.clientId();
		try {
			Appointment booked = booking.book(new BookingRequest(serviceId, therapistId, start, clientId), actor);
			if (clientId != actor.clientId()) {
				// the portal now shows the person the visit was booked for
				family.actFor(user.id(), clientId);
			}
			return "redirect:/portal?booked=" + booked.id();
		}
		catch (ApiProblem problem) {
			summary(serviceId, start, therapistId, model);
			model.addAttribute("user", user);
			whoFor(user, forClient, model);
			ScreeningWords.Note screening = screeningWords.of(problem);
			model.addAttribute("screening", screening);
			model.addAttribute("bookingError",
					screening == null ? problem.getMessage() : words.text("booking.confirm.screening", screening.heading()));
			Object next = problem.getBody().getProperties() == null ? null : problem.getBody().getProperties().get("nextSlots");
			if (next instanceof List<?> slots) {
				ZoneId zone = booking.zone();
				model.addAttribute("nextSlots", slots.stream().map(Slot.class::cast)
					.map(s -> new BookingPages.TimeChoice(s.start(), BookingPages.DAY.format(s.start().atZone(zone)) + ", "
							+ BookingPages.TIME.format(s.start().atZone(zone)), s.therapistId(),
							catalog.therapistName(s.therapistId()).orElse(""), ""))
					.toList());
			}
			return VIEW;
		}
	}

	private void summary(long serviceId, Instant start, long therapistId, Model model) {
		BookingCatalog.ServiceView service = catalog.service(serviceId)
			.orElseThrow(() -> ApiProblem.notFound(words.text("booking.problem.noService", String.valueOf(serviceId))));
		ZoneId zone = booking.zone();
		model.addAttribute("service", service);
		model.addAttribute("start", start);
		model.addAttribute("therapistId", therapistId);
		model.addAttribute("therapist", catalog.therapistName(therapistId)
			.orElseThrow(() -> ApiProblem.notFound(words.text("booking.problem.noTherapist", String.valueOf(therapistId)))));
		model.addAttribute("when", words.text("booking.visit.at", BookingPages.DAY.format(start.atZone(zone)),
				BookingPages.TIME.format(start.atZone(zone))));
		model.addAttribute("zone", zone.getId());
		model.addAttribute("signInUrl", "/book/" + serviceId + "/confirm/sign-in?start=" + start + "&therapistId=" + therapistId);
	}

	static String confirmUrl(long serviceId, Instant start, long therapistId) {
		return UriComponentsBuilder.fromPath("/book/{id}/confirm")
			.queryParam("start", start.toString())
			.queryParam("therapistId", therapistId)
			.buildAndExpand(serviceId)
			.toUriString();
	}

}
