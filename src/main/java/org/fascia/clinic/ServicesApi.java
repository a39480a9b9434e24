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

/** {@code /api/v1/services}: staff read, the owner adds and changes. {@link ServiceMenu} checks the bodies. */
@RestController
@RequestMapping("/api/v1/services")
class ServicesApi {

	private final ServiceMenu menu;

	ServicesApi(ServiceMenu menu) {
		this.menu = menu;
	}

	@GetMapping
	List<ServiceOffering> list() {
		return menu.all();
	}

	@GetMapping("/{id}")
	ServiceOffering show(@PathVariable long id) {
		return menu.find(id).orElseThrow(() -> menu.notFound(id));
	}

	@PostMapping
	ResponseEntity<ServiceOffering> create(@RequestBody NewService service) {
		ServiceOffering created = menu.add(service);
		return ResponseEntity.created(URI.create("/api/v1/services/" + created.id())).body(created);
	}

	@PutMapping("/{id}")
	ServiceOffering update(@PathVariable long id, @RequestBody ServiceChange change) {
		return menu.update(id, change);
	}

}
