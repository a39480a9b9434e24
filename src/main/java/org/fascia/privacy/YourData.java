package org.fascia.privacy;

import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fascia.audit.AuditLog;
import org.fascia.audit.AuditOutcome;
import org.fascia.clinic.ClinicSettings;
import org.fascia.messaging.MailOutbox;
import org.fascia.platform.PersonalData;
import org.fascia.platform.Words;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything Fascia holds about a client, gathered from every module's {@link PersonalData} (the right of
 * access). The session notes are included whole, the therapist's SOAP sections too: the right of access covers
 * clinical notes about the person (see {@code charting.ChartingPersonalData}). Each export is audited.
 */
@Service
public class YourData {

	private final List<PersonalData> modules;

	private final ClinicSettings settings;

	private final MailOutbox outbox;

	private final ErasureRequests erasures;

	private final AuditLog audit;

	private final Clock clock;

	private final Words words;

	YourData(List<PersonalData> modules, ClinicSettings settings, MailOutbox outbox, ErasureRequests erasures,
			AuditLog audit, Clock clock, Words words) {
		this.words = words;
		this.modules = modules.stream().sorted(Comparator.comparingInt(PersonalData::order)).toList();
		this.settings = settings;
		this.outbox = outbox;
		this.erasures = erasures;
		this.audit = audit;
		this.clock = clock;
	}

	/** The export as one JSON-friendly map of sections. */
	@Transactional(readOnly = true)
	public Map<String, Object> export(long clientId, String format) {
		Map<String, Object> all = sections(clientId);
		audit.record("PERSONAL_DATA_EXPORTED", "client", clientId, AuditOutcome.SUCCESS, format);
		return all;
	}

	Map<String, Object> sections(long clientId) {
		Map<String, Object> all = new LinkedHashMap<>();
		all.put("exportedAt", clock.instant().toString());
		all.put("clinic", settings.current().map(c -> Map.of("name", c.name(), "timeZone", c.timeZone().getId()))
			.orElse(null));
		all.put("about", words.text("privacy.export.about"));
		for (PersonalData module : modules) {
			all.putAll(module.export(clientId));
		}
		Object client = all.get("client");
		Object email = client instanceof Map<?, ?> row ? row.get("email") : null;
		all.put("emails", email == null ? List.of() : outbox.sentTo(email.toString()));
		all.put("erasureRequests", erasures.export(clientId));
		return all;
	}

}
