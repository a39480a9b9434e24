package org.fascia.audit;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Owner-only JSON view of the audit log, newest first, with the chain's state. */
@RestController
@RequestMapping("/api/v1/audit")
class AuditApi {

	private final AuditLog audit;

	AuditApi(AuditLog audit) {
		this.audit = audit;
	}

	@GetMapping
	AuditPage list(@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
		List<AuditEvent> items = audit.page(page, size);
		long total = audit.count();
		audit.record("AUDIT_VIEWED", "audit", null, AuditOutcome.SUCCESS, "api page " + page);
		return new AuditPage(items, page, size, total);
	}

	@GetMapping("/verify")
	ChainCheck verify() {
		ChainCheck check = audit.verify();
		audit.record("AUDIT_VERIFIED", "audit", null, AuditOutcome.SUCCESS, check.intact() ? "intact" : check.problem());
		return check;
	}

	record AuditPage(List<AuditEvent> items, int page, int size, long total) {
	}

}
