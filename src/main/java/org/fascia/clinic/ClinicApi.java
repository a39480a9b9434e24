package org.fascia.clinic;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/clinic}: the clinic's name, zone and booking policy. Staff read, the owner changes;
 * a PUT changes only the fields it sends. {@link ClinicSettings} checks the body, as for the page.
 */
@RestController
@RequestMapping("/api/v1/clinic")
class ClinicApi {

	private final ClinicSettings settings;

	ClinicApi(ClinicSettings settings) {
		this.settings = settings;
	}

	@GetMapping
	ClinicResource show() {
		return ClinicResource.of(settings.require(), settings.policy());
	}

	@PutMapping
	ClinicResource update(@RequestBody ClinicChange change) {
		settings.update(change);
		return show();
	}

	record ClinicResource(String name, String timeZone, int slotStepMinutes, int minimumNoticeHours,
			int bookingHorizonDays, int cancellationWindowHours, int reminderHours) {

		static ClinicResource of(Clinic clinic, BookingPolicy policy) {
			return new ClinicResource(clinic.name(), clinic.timeZone().getId(), policy.slotStepMinutes(),
					policy.minimumNoticeHours(), policy.bookingHorizonDays(), policy.cancellationWindowHours(),
					policy.reminderHours());
		}

	}

}
