package org.fascia.inbox;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/enquiries}: the "Ask us" form for a program (e.g. a clinic's own website), without a token.
 * The same rules as the page: a 400 problem naming each field, a 429 problem with Retry-After when rate-limited.
 * {@code consent} must be true: the sender agreed to the clinic's wording, which is stored with the enquiry.
 */
@RestController
class EnquiryApi {

	private final Enquiries enquiries;

	EnquiryApi(Enquiries enquiries) {
		this.enquiries = enquiries;
	}

	@PostMapping("/api/v1/enquiries")
	@ResponseStatus(HttpStatus.ACCEPTED)
	Map<String, Object> send(@RequestBody EnquiryForm form, HttpServletRequest request) {
		enquiries.submit(form, request.getRemoteAddr());
		return Map.of("received", true, "consentText", enquiries.consentText());
	}

}
