package org.fascia.clinic;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A therapist's weekly hours ({@code PUT} replaces the week) and dated exceptions: time off, for a
 * whole day or part of it, and extra hours. Times are wall-clock times in the clinic's zone.
 */
@RestController
@RequestMapping("/api/v1/therapists/{id}")
class TherapistScheduleApi {

	private final Therapists therapists;

	private final TherapistSchedules schedules;

	TherapistScheduleApi(Therapists therapists, TherapistSchedules schedules) {
		this.therapists = therapists;
		this.schedules = schedules;
	}

	@GetMapping("/working-hours")
	List<WorkingInterval> hours(@PathVariable long id) {
		return existing(id).workingHours();
	}

	@PutMapping("/working-hours")
	List<WorkingInterval> replaceHours(@PathVariable long id, @RequestBody List<WorkingHoursItem> hours) {
		return schedules.replaceHours(id, hours);
	}

	/** Every exception, or those on or after {@code from} (e.g. 2026-12-01), by date. */
	@GetMapping("/exceptions")
	List<ScheduleChange> exceptions(@PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from) {
		existing(id);
		return schedules.changes(id, from);
	}

	@PostMapping("/exceptions")
	ResponseEntity<ScheduleChange> addException(@PathVariable long id, @RequestBody NewScheduleChange change) {
		ScheduleChange added = schedules.addChange(id, change);
		return ResponseEntity.created(URI.create("/api/v1/therapists/" + id + "/exceptions/" + added.id()))
			.body(added);
	}

	@GetMapping("/exceptions/{exceptionId}")
	ScheduleChange exception(@PathVariable long id, @PathVariable long exceptionId) {
		return schedules.change(id, exceptionId).orElseThrow(() -> schedules.changeNotFound(id, exceptionId));
	}

	@DeleteMapping("/exceptions/{exceptionId}")
	ResponseEntity<Void> removeException(@PathVariable long id, @PathVariable long exceptionId) {
		schedules.removeChange(id, exceptionId);
		return ResponseEntity.noContent().build();
	}

	private Therapist existing(long id) {
		return therapists.find(id).orElseThrow(() -> therapists.notFound(id));
	}

}
