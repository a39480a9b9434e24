package org.fascia.records;

import java.util.List;

import org.fascia.booking.AppointmentStatus;
import org.fascia.booking.AppointmentView;
import org.fascia.booking.ClientAppointments;
import org.fascia.clients.ClientDirectory;
import org.fascia.platform.ApiProblem;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Staff find a client and open their record: contact, appointments, late cancellations and no-shows. */
@Controller
class ClientRecordController {

	private final ClientDirectory clients;

	private final ClientAppointments appointments;

	ClientRecordController(ClientDirectory clients, ClientAppointments appointments) {
		this.clients = clients;
		this.appointments = appointments;
	}

	@GetMapping("/clients")
	String search(@RequestParam(defaultValue = "") String q, Model model) {
		model.addAttribute("q", q);
		model.addAttribute("clients", clients.search(q, 50));
		return "records/clients";
	}

	@GetMapping("/clients/{id}")
	String show(@PathVariable long id, Model model) {
		ClientDirectory.ClientRecord client = clients.find(id)
			.orElseThrow(() -> ApiProblem.notFound("There is no client " + id + "."));
		List<AppointmentView> history = appointments.of(id);
		model.addAttribute("client", client);
		model.addAttribute("appointments", history);
		model.addAttribute("lateCancellations", history.stream().filter(a -> a.status() == AppointmentStatus.LATE_CANCELLED).count());
		model.addAttribute("noShows", history.stream().filter(a -> a.status() == AppointmentStatus.NO_SHOW).count());
		return "records/client";
	}

}
