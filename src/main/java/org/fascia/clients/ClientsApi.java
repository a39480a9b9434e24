package org.fascia.clients;

import java.net.URI;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Staff create client records (a client may never have an account). */
@RestController
class ClientsApi {

	private final ClientDirectory clients;

	ClientsApi(ClientDirectory clients) {
		this.clients = clients;
	}

	record NewClient(
			@NotBlank(message = "{clients.api.firstName}") @Size(max = 100, message = "{clients.api.max100}") String firstName,
			@NotBlank(message = "{clients.api.lastName}") @Size(max = 100, message = "{clients.api.max100}") String lastName,
			@Email(message = "{clients.api.email}") @Size(max = 254, message = "{clients.api.max254}") String email,
			@Pattern(regexp = "^[0-9 +()\\-]{0,40}$", message = "{clients.problem.phone}") String phone) {
	}

	@PostMapping("/api/v1/clients")
	ResponseEntity<ClientDirectory.ClientRecord> create(@Valid @RequestBody NewClient body) {
		long id = clients.create(null, body.firstName().strip(), body.lastName().strip(),
				body.email() == null || body.email().isBlank() ? null : body.email().strip().toLowerCase(),
				body.phone() == null || body.phone().isBlank() ? null : body.phone().strip());
		ClientDirectory.ClientRecord created = new ClientDirectory.ClientRecord(id, null, body.firstName().strip(),
				body.lastName().strip(), body.email(), body.phone());
		return ResponseEntity.created(URI.create("/api/v1/clients/" + id)).body(created);
	}

}
