package org.fascia.clinic;

import java.util.Map;

import org.fascia.platform.ApiProblem;
import org.fascia.platform.Words;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The owner's rooms: add one, rename one, take one out of use and back. */
@Controller
class RoomsController {

	private static final String VIEW = "clinic/rooms";

	private final Rooms rooms;

	private final Words words;

	RoomsController(Rooms rooms, Words words) {
		this.rooms = rooms;
		this.words = words;
	}

	@GetMapping("/admin/rooms")
	String list(Model model) {
		model.addAttribute("rooms", rooms.all());
		model.addAttribute("name", "");
		return VIEW;
	}

	@PostMapping("/admin/rooms")
	String processNewRoomForm(@RequestParam(defaultValue = "") String name, Model model, RedirectAttributes redirect) {
		try {
			Room room = rooms.add(new NewRoom(name, null));
			redirect.addFlashAttribute("message", words.text("clinic.rooms.added", room.name()));
			return "redirect:/admin/rooms";
		}
		catch (ApiProblem problem) {
			model.addAttribute("rooms", rooms.all());
			model.addAttribute("name", name);
			model.addAttribute("errors", FormValues.errorsOf(problem));
			return VIEW;
		}
	}

	@PostMapping("/admin/rooms/{id}")
	String processRoomForm(@PathVariable long id, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "false") boolean active, Model model, RedirectAttributes redirect) {
		try {
			Room room = rooms.update(id, new RoomChange(name, active));
			redirect.addFlashAttribute("message", room.active() ? words.text("clinic.rooms.saved", room.name())
					: words.text("clinic.rooms.savedOutOfUse", room.name()));
			return "redirect:/admin/rooms";
		}
		catch (ApiProblem problem) {
			if (problem.getStatusCode().value() == 404) {
				throw problem;
			}
			model.addAttribute("rooms", rooms.all());
			model.addAttribute("name", "");
			model.addAttribute("roomErrors", Map.of(id, problem.getMessage()));
			model.addAttribute("roomNames", Map.of(id, name));
			return VIEW;
		}
	}

}
