package org.fascia.charting;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.fascia.identity.FasciaUser;
import org.fascia.platform.ApiProblem;
import org.fascia.platform.Words;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The treatment log through the API (the owner and the client's therapist):
 * <ul>
 * <li>{@code POST /api/v1/appointments/{id}/treatment-log} with
 * {@code {"regions": ["LOWER_BACK_L", …], "technique": "DEEP_TISSUE", "pressure": 1–5, "comfort":
 * "COMFORTABLE"|"INTENSE_BUT_OK"|"TOO_MUCH", "reducedPressure": n}} ({@code "region": "CODE"} for a single
 * region instead of {@code regions}; {@code reducedPressure} only, and always, with {@code TOO_MUCH}): one
 * entry per region, all or nothing; 201 with {@code {"appointmentId", "entries": […]}}; 400 naming each
 * field; 409 when the note is signed; 422 when an entry breaks a caution, with {@code cautions: [{code,
 * text}]};</li>
 * <li>{@code GET /api/v1/appointments/{id}/treatment-log}: the entries so far, the client's cautions and
 * whether the log is locked.</li>
 * </ul>
 */
@RestController
class TreatmentLogApi {

	private final TreatmentLog log;

	private final NoteAccess access;

	private final Words words;

	TreatmentLogApi(TreatmentLog log, NoteAccess access, Words words) {
		this.log = log;
		this.access = access;
		this.words = words;
	}

	/** The request body; values are read loosely and checked by {@link NewEntry}, so a 400 names the field. */
	record Body(Object region, Object regions, Object technique, Object pressure, Object comfort,
			Object reducedPressure) {
	}

	record Entry(long id, String region, String regionName, String technique, int pressure, String comfort,
			Integer reducedPressure, long recordedBy, Instant recordedAt) {

		static Entry of(LoggedEntry e) {
			return new Entry(e.id(), e.region().code(), e.region().plainName(), e.technique().name(), e.pressure(),
					e.comfort().name(), e.reducedPressure(), e.recordedBy(), e.recordedAt());
		}

	}

	record CautionView(String code, String text) {
	}

	record Created(long appointmentId, List<Entry> entries) {
	}

	record Log(long appointmentId, long clientId, boolean locked, List<CautionView> cautions, List<Entry> entries) {
	}

	@PostMapping("/api/v1/appointments/{id}/treatment-log")
	ResponseEntity<Created> record(@PathVariable long id, @RequestBody(required = false) Body body,
			@AuthenticationPrincipal FasciaUser user) {
		access.check(user, id, NoteAccess.Area.TREATMENT_LOG);
		Body sent = body == null ? new Body(null, null, null, null, null, null) : body;
		List<LoggedEntry> written;
		try {
			written = log.record(id, toEntry(sent), user);
		}
		catch (ApiProblem problem) {
			if (sent.region() != null && problem.errors().containsKey("regions")) {
				java.util.Map<String, String> renamed = new java.util.LinkedHashMap<>();
				problem.errors().forEach((field, message) -> renamed.put(field.equals("regions") ? "region" : field, message));
				throw ApiProblem.invalid(renamed);
			}
			throw problem;
		}
		return ResponseEntity.created(URI.create("/api/v1/appointments/" + id + "/treatment-log"))
			.body(new Created(id, written.stream().map(Entry::of).toList()));
	}

	@GetMapping("/api/v1/appointments/{id}/treatment-log")
	Log read(@PathVariable long id, @AuthenticationPrincipal FasciaUser user) {
		var appointment = access.check(user, id, NoteAccess.Area.TREATMENT_LOG);
		List<Entry> entries = log.entries(id, user).stream().map(Entry::of).toList();
		List<CautionView> cautions = log.currentCautions(appointment.clientId())
			.stream()
			.map(c -> new CautionView(c.code(), c.text()))
			.toList();
		return new Log(id, appointment.clientId(), log.lockedFor(id), cautions, entries);
	}

	NewEntry toEntry(Body body) {
		if (body.region() != null && body.regions() != null) {
			throw ApiProblem.badRequest("regions", words.text("charting.problem.log.regionOrRegions"));
		}
		List<String> regions = new ArrayList<>();
		if (body.region() != null) {
			regions.add(text(body.region()));
		}
		else if (body.regions() instanceof List<?> list) {
			list.forEach(item -> regions.add(text(item)));
		}
		else if (body.regions() != null) {
			throw ApiProblem.badRequest("regions", words.text("charting.problem.log.regionsList"));
		}
		return new NewEntry(regions, text(body.technique()), text(body.pressure()), text(body.comfort()),
				text(body.reducedPressure()));
	}

	private static String text(Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof Number n && n.doubleValue() != Math.rint(n.doubleValue())) {
			return "not a whole number";
		}
		return value instanceof Number n ? String.valueOf(n.longValue()) : value.toString();
	}

}
