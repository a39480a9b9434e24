package org.fascia.screening;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * An upload over the container's limit (spring.servlet.multipart) fails before any controller runs.
 * For the clearance form that becomes the form again with a clear message; elsewhere a 413 problem.
 */
@ControllerAdvice
class UploadLimit {

	private static final Pattern CLEARANCE_FORM = Pattern.compile("^/clients/(\\d+)/screening/clearances$");

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	Object tooBig(MaxUploadSizeExceededException ex, HttpServletRequest request) {
		Matcher form = CLEARANCE_FORM.matcher(request.getRequestURI());
		if (form.matches()) {
			return "redirect:/clients/" + form.group(1) + "/screening?error=too-big";
		}
		return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
					"The upload is larger than the limit of 10 MB."));
	}

}
