package org.fascia.clinic;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts the clinic's name in every page's model, for the layout's header and titles, and the page's
 * path, so the navigation can mark where the person is.
 */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class ClinicModelAdvice {

	private final ClinicSettings settings;

	ClinicModelAdvice(ClinicSettings settings) {
		this.settings = settings;
	}

	@ModelAttribute("clinicName")
	String clinicName() {
		return settings.current().map(Clinic::name).orElse("Fascia");
	}

	@ModelAttribute("currentPath")
	String currentPath(HttpServletRequest request) {
		return request.getRequestURI();
	}

}
