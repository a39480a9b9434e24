package org.fascia.booking;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.fascia.platform.ApiProblem;
import org.fascia.platform.Words;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * The calendar's side panels: the same template serves htmx (the {@code panel} fragment, swapped
 * into the page) and a plain full page without JavaScript. A refused change shows its problem in
 * the panel with the real status code (fascia.js lets htmx swap it), so nothing changes silently. The panels'
 * own words come from the message bundle through {@link Words}; a refused change's problem is the service's.
 */
final class Panels {

	/** The event a change sends to the page (HX-Trigger); the calendar grid reloads on it. */
	static final String CHANGED = "calendar-changed";

	private static final DateTimeFormatter SLOT = DateTimeFormatter.ofPattern("EEE d MMM, HH:mm", Locale.UK);

	/** One of the next free times offered after a conflict, ready to submit again. */
	record SlotChoice(String label, LocalDate date, LocalTime time, Instant start, long therapistId, String therapist) {
	}

	private Panels() {
	}

	static boolean htmx(HttpServletRequest request) {
		return "true".equals(request.getHeader("HX-Request"));
	}

	/** The fragment for htmx, the full page otherwise; responses differ, so caches must know. */
	static String view(HttpServletRequest request, HttpServletResponse response, String template) {
		response.addHeader("Vary", "HX-Request");
		return htmx(request) ? template + " :: panel" : template;
	}

	static void changed(HttpServletResponse response) {
		response.setHeader("HX-Trigger", CHANGED);
	}

	/** Puts a refused change in the model: its message, the field it is about, the next free slots. */
	static void problem(Words words, Model model, HttpServletResponse response, ApiProblem problem, ZoneId zone,
			Map<Long, String> therapists, Map<String, String> fieldNames) {
		response.setStatus(problem.getStatusCode().value());
		model.addAttribute("problem", problem.getMessage());
		Map<String, String> errors = new LinkedHashMap<>();
		if (problem.field() != null) {
			errors.put(fieldNames.getOrDefault(problem.field(), problem.field()), problem.getMessage());
		}
		model.addAttribute("errors", errors);
		Map<String, Object> properties = problem.getBody().getProperties();
		if (properties != null && properties.get("reasons") instanceof List<?> reasons
				&& properties.containsKey("overridable")) {
			screening(model, reasons.stream().map(String::valueOf).toList(),
					Boolean.TRUE.equals(properties.get("overridable")));
		}
		Object next = properties == null ? null : properties.get("nextSlots");
		if (next instanceof List<?> slots) {
			String unknown = words.text("booking.panel.theTherapist");
			model.addAttribute("nextSlots", slots.stream()
				.filter(Slot.class::isInstance)
				.map(Slot.class::cast)
				.map(s -> choice(s, zone, therapists, unknown))
				.toList());
		}
	}

	/** A refusal of the screening gate: its reasons in plain words, and whether the owner may override it. */
	static void screening(Model model, List<String> reasons, boolean overridable) {
		model.addAttribute("screeningReasons", reasons);
		model.addAttribute("screeningOverridable", overridable);
	}

	/** Bean Validation and conversion errors of a form, one message per field (400). */
	static void invalid(Words words, Model model, HttpServletResponse response, BindingResult binding) {
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		Map<String, String> errors = new LinkedHashMap<>();
		for (FieldError error : binding.getFieldErrors()) {
			errors.putIfAbsent(error.getField(), error.isBindingFailure() ? conversionMessage(words, error.getField())
					: error.getDefaultMessage());
		}
		model.addAttribute("errors", errors);
		model.addAttribute("problem", words.text("booking.panel.checkFields"));
	}

	/** e.g. "Wed 25 Nov, 10:00". */
	static String when(LocalDateTime local) {
		return SLOT.format(local);
	}

	static SlotChoice choice(Slot slot, ZoneId zone, Map<Long, String> therapists, String unknownTherapist) {
		ZonedDateTime local = slot.start().atZone(zone);
		return new SlotChoice(SLOT.format(local), local.toLocalDate(), local.toLocalTime(), slot.start(),
				slot.therapistId(), therapists.getOrDefault(slot.therapistId(), unknownTherapist));
	}

	private static String conversionMessage(Words words, String field) {
		return switch (field) {
			case "date" -> words.text("booking.panel.enterDate");
			case "time" -> words.text("booking.panel.enterTime");
			default -> words.text("booking.panel.chooseFromList");
		};
	}

}
