package org.fascia.audit;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The owner's audit page: recent events, paged, and a check of the hash chain. */
@Controller
class AuditController {

	private static final String VIEW = "audit/log";

	private static final int PAGE_SIZE = 50;

	private final AuditLog audit;

	AuditController(AuditLog audit) {
		this.audit = audit;
	}

	@GetMapping("/admin/audit")
	String show(@RequestParam(defaultValue = "0") int page, Model model) {
		int current = Math.max(0, page);
		long total = audit.count();
		model.addAttribute("events", audit.page(current, PAGE_SIZE));
		model.addAttribute("page", current);
		model.addAttribute("total", total);
		model.addAttribute("hasNext", (long) (current + 1) * PAGE_SIZE < total);
		audit.record("AUDIT_VIEWED", "audit", null, AuditOutcome.SUCCESS, "page " + current);
		return VIEW;
	}

	@PostMapping("/admin/audit/verify")
	String verify(Model model) {
		ChainCheck check = audit.verify();
		audit.record("AUDIT_VERIFIED", "audit", null, AuditOutcome.SUCCESS, check.intact() ? "intact" : check.problem());
		model.addAttribute("check", check);
		return "audit/check :: result";
	}

}
