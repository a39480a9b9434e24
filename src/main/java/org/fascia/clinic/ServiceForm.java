package org.fascia.clinic;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fascia.platform.Words;

/** The service page's fields, as typed; the price is in currency units, like 62.50. */
record ServiceForm(String name, String description, String durationMinutes, String bufferMinutes, String price,
		String kind, Boolean bookableOnline, Boolean active, List<Long> therapistIds) {

	static ServiceForm empty() {
		return new ServiceForm("", "", "60", "15", "", ServiceKind.TREATMENT.name(), true, true, List.of());
	}

	static ServiceForm of(ServiceOffering service) {
		return new ServiceForm(service.name(), service.description(), String.valueOf(service.durationMinutes()),
				String.valueOf(service.bufferMinutes()), service.price(), service.kind().name(), service.bookableOnline(),
				service.active(), service.therapistIds());
	}

	public boolean offeredBy(long therapistId) {
		return therapistIds != null && therapistIds.contains(therapistId);
	}

	NewService newService(FormValues values) {
		Words words = values.words();
		return new NewService(text(name), text(description),
				values.wholeNumber("durationMinutes", durationMinutes, words.text("clinic.service.duration.missing"),
						words.text("clinic.service.duration.notWhole")),
				values.wholeNumber("bufferMinutes", bufferMinutes, words.text("clinic.service.buffer.missing"),
						words.text("clinic.service.buffer.notWhole")),
				values.cents("price", price), kind(values), Boolean.TRUE.equals(bookableOnline), therapists());
	}

	ServiceChange change(FormValues values) {
		NewService service = newService(values);
		return new ServiceChange(service.name(), service.description(), service.durationMinutes(),
				service.bufferMinutes(), service.priceCents(), service.kind(), service.bookableOnline(),
				Boolean.TRUE.equals(active), service.therapistIds());
	}

	/** The page calls the price "price"; the service calls it "priceCents". */
	static Map<String, String> pageFields(Map<String, String> errors) {
		if (!errors.containsKey("priceCents")) {
			return errors;
		}
		Map<String, String> renamed = new LinkedHashMap<>(errors);
		renamed.put("price", renamed.remove("priceCents"));
		return renamed;
	}

	private ServiceKind kind(FormValues values) {
		for (ServiceKind candidate : ServiceKind.values()) {
			if (candidate.name().equals(kind)) {
				return candidate;
			}
		}
		Words words = values.words();
		values.errors().putIfAbsent("kind", words.text("clinic.invalid.kind"));
		return null;
	}

	private List<Long> therapists() {
		return therapistIds == null ? List.of() : therapistIds;
	}

	private static String text(String value) {
		return value == null ? "" : value;
	}

}
