package org.fascia.portal;

import org.fascia.care.SelfCarePrograms;
import org.fascia.clients.Family;
import org.fascia.clients.CommunicationPreferences;
import org.fascia.identity.FasciaUser;
import org.fascia.platform.ApiProblem;
import org.fascia.platform.Words;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A client's communication preferences (issue 7, branch client-accounts): appointment reminders, the
 * check-in after a session and the weekly self-care reminder. Always the signed-in client's own: the
 * page takes no client id.
 */
@Controller
class CommunicationPages {

	private final Family family;

	private final CommunicationPreferences preferences;

	private final SelfCarePrograms selfCare;

	private final Words words;

	CommunicationPages(Family family, CommunicationPreferences preferences, SelfCarePrograms selfCare,
			Words words) {
		this.family = family;
		this.preferences = preferences;
		this.selfCare = selfCare;
		this.words = words;
	}

	@GetMapping("/account/communication")
	String show(@AuthenticationPrincipal FasciaUser user, Model model) {
		long clientId = clientId(user);
		model.addAttribute("preferences", preferences.of(clientId));
		model.addAttribute("selfCareWeekly", selfCare.weeklyReminder(clientId));
		return "portal/communication";
	}

	@PostMapping("/account/communication")
	String save(@AuthenticationPrincipal FasciaUser user,
			@RequestParam(defaultValue = "false") boolean appointmentReminders,
			@RequestParam(defaultValue = "false") boolean followUps,
			@RequestParam(defaultValue = "false") boolean selfCareWeekly, RedirectAttributes redirect) {
		long clientId = clientId(user);
		preferences.set(clientId, new CommunicationPreferences.Preferences(appointmentReminders, followUps));
		if (selfCare.weeklyReminder(clientId) != selfCareWeekly) {
			selfCare.setWeeklyReminder(clientId, selfCareWeekly);
		}
		redirect.addFlashAttribute("message", words.text("portal.communication.saved"));
		return "redirect:/account/communication";
	}

	private long clientId(FasciaUser user) {
		return family.actingFor(user.id()).orElseThrow(() -> ApiProblem.notFound(words.text("portal.problem.noClientRecord")));
	}

}
