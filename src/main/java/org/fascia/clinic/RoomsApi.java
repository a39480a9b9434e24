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

/** {@code /api/v1/rooms}: staff read, the owner adds and changes. {@link Rooms} checks the bodies. */
@RestController
@RequestMapping("/api/v1/rooms")
class RoomsApi {

	private final Rooms rooms;

	RoomsApi(Rooms rooms) {
		this.rooms = rooms;
	}

	@GetMapping
	List<Room> list() {
		return rooms.all();
	}

	@GetMapping("/{id}")
	Room show(@PathVariable long id) {
		return rooms.find(id).orElseThrow(() -> rooms.notFound(id));
	}

	@PostMapping
	ResponseEntity<Room> create(@RequestBody NewRoom room) {
		Room created = rooms.add(room);
		return ResponseEntity.created(URI.create("/api/v1/rooms/" + created.id())).body(created);
	}

	@PutMapping("/{id}")
	Room update(@PathVariable long id, @RequestBody RoomChange change) {
		return rooms.update(id, change);
	}

}
