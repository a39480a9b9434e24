package org.fascia.messaging;

import org.fascia.platform.ApiProblem;
import org.fascia.platform.Words;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The owner's view of the outbox: what was sent, what waits, what failed, and each message's text. */
@Controller
class MailViewerController {

	private final MailOutbox outbox;

	private final ObjectProvider<JavaMailSender> sender;

	private final Words words;

	MailViewerController(MailOutbox outbox, ObjectProvider<JavaMailSender> sender, Words words) {
		this.outbox = outbox;
		this.sender = sender;
		this.words = words;
	}

	@GetMapping("/admin/mail")
	String list(Model model) {
		model.addAttribute("mails", outbox.recent(200));
		model.addAttribute("smtpConfigured", sender.getIfAvailable() != null);
		return "messaging/list";
	}

	@GetMapping("/admin/mail/{id}")
	String show(@PathVariable long id, Model model) {
		model.addAttribute("mail", outbox.find(id)
			.orElseThrow(() -> ApiProblem.notFound(words.text("messaging.problem.noMail", String.valueOf(id)))));
		return "messaging/show";
	}

}
