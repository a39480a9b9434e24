package org.fascia.screening;

import org.fascia.clients.ClientDirectory;
import org.fascia.clients.Family;
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
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The client's own screening result in the portal, in plain words: an emergency gets a page of its own
 * with nothing else on it; a clearance comes with the letter for the doctor. A client only ever sees
 * their own record: the client is the signed-in account's, never a parameter.
 */
@Controller
class ScreeningPortalPages {

	static final String PAGE = "screening/portal";

	static final String EMERGENCY_PAGE = "screening/emergency";

	private final Family family;

	private final ClientScreenings screenings;

	private final ClearanceLetters letters;

	private final Words words;

	ScreeningPortalPages(Family family, ClientScreenings screenings, ClearanceLetters letters, Words words) {
		this.family = family;
		this.screenings = screenings;
		this.letters = letters;
		this.words = words;
	}

	/** @param from {@code intake} straight after submitting the intake, {@code health-check} after a visit check */
	@GetMapping("/portal/screening")
	String show(@AuthenticationPrincipal FasciaUser user, @RequestParam(required = false) String from, Model model) {
		ClientDirectory.ClientRecord client = own(user);
		ClientScreeningView view = screenings.of(client.id());
		model.addAttribute("client", client);
		model.addAttribute("view", view);
		model.addAttribute("justSubmitted", "intake".equals(from) || "health-check".equals(from));
		return view.emergency() ? EMERGENCY_PAGE : PAGE;
	}

	@GetMapping("/portal/screening/letter.pdf")
	ResponseEntity<byte[]> letter(@AuthenticationPrincipal FasciaUser user) {
		ClientDirectory.ClientRecord client = own(user);
		if (!screenings.of(client.id()).letterAvailable()) {
			throw ApiProblem.notFound(words.text("screening.problem.noLetter"));
		}
		byte[] pdf = letters.pdf(client.id(), null);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("letter-for-your-doctor.pdf").build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(pdf);
	}

	private ClientDirectory.ClientRecord own(FasciaUser user) {
		return family.actingForRecord(user.id())
			.orElseThrow(() -> ApiProblem.notFound(words.text("screening.problem.noClientRecord")));
	}

}
