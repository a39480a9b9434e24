package org.fascia.clinic;

import java.net.URI;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/therapists}: staff read, the owner adds and changes. Adding a therapist with a new
 * email address creates their account and emails an invitation. {@link Therapists} checks the bodies.
 */
@RestController
@RequestMapping("/api/v1/therapists")
class TherapistsApi {

	private final Therapists therapists;

	TherapistsApi(Therapists therapists) {
		this.therapists = therapists;
	}

	@GetMapping
	List<Therapist> list() {
		return therapists.all();
	}

	@GetMapping("/{id}")
	Therapist show(@PathVariable long id) {
		return therapists.find(id).orElseThrow(() -> therapists.notFound(id));
	}

	@PostMapping
	ResponseEntity<Therapist> create(@RequestBody NewTherapist therapist) {
		Therapist created = therapists.add(therapist).therapist();
		return ResponseEntity.created(URI.create("/api/v1/therapists/" + created.id())).body(created);
	}

	@PutMapping("/{id}")
	Therapist update(@PathVariable long id, @RequestBody TherapistChange change) {
		return therapists.update(id, change);
	}

	@GetMapping("/{id}/services")
	List<Long> services(@PathVariable long id) {
		return show(id).serviceIds();
	}

	@PutMapping("/{id}/services")
	List<Long> offer(@PathVariable long id, @RequestBody List<Long> serviceIds) {
		return therapists.offer(id, serviceIds);
	}

}
