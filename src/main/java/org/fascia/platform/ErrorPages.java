package org.fascia.platform;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The container's error path: problem+json for {@code /api/**}, a friendly page for people. Replaces
 * Boot's whitelabel page; never shows a stack trace or exception text.
 */
@Controller
class ErrorPages implements ErrorController {

	private final Words words;

	ErrorPages(Words words) {
		this.words = words;
	}

	@RequestMapping("/error")
	Object error(HttpServletRequest request, Model model) {
		HttpStatus status = status(request);
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		if (uri != null && uri.toString().startsWith("/api/")) {
			ProblemDetail problem = Problems.of(status, apiMessage(status));
			return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
		}
		model.addAttribute("status", status.value());
		model.addAttribute("errorTitle", pageTitle(status));
		model.addAttribute("message", pageMessage(status));
		return "error";
	}

	private static HttpStatus status(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
		return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
	}

	private String apiMessage(HttpStatus status) {
		return switch (status) {
			case NOT_FOUND -> words.text("platform.problem.noResource");
			case METHOD_NOT_ALLOWED -> words.text("platform.problem.methodNotAllowed");
			case UNAUTHORIZED -> words.text("platform.problem.unauthorized");
			case FORBIDDEN -> words.text("platform.problem.forbidden");
			case TOO_MANY_REQUESTS -> words.text("platform.problem.tooMany");
			default -> status.is5xxServerError() ? words.text("platform.problem.server") : status.getReasonPhrase();
		};
	}

	/** The page's heading; a status without words of its own shows its standard reason phrase. */
	private String pageTitle(HttpStatus status) {
		return switch (status) {
			case NOT_FOUND -> words.text("error.notFound.title");
			case FORBIDDEN -> words.text("error.forbidden.title");
			case TOO_MANY_REQUESTS -> words.text("error.tooMany.title");
			default -> status.is5xxServerError() ? words.text("error.server.title") : status.getReasonPhrase();
		};
	}

	private String pageMessage(HttpStatus status) {
		return switch (status) {
			case NOT_FOUND -> words.text("error.notFound.text");
			case FORBIDDEN -> words.text("error.forbidden.text");
			case TOO_MANY_REQUESTS -> words.text("error.tooMany.text");
			default -> status.is5xxServerError() ? words.text("error.server.text") : words.text("error.other.text");
		};
	}

}
