package org.fascia.charting;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.fascia.audit.AuditLog;
import org.fascia.audit.AuditOutcome;
import org.fascia.platform.ApiProblem;
import org.fascia.platform.Db;
import org.fascia.platform.Words;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The starter text of a new note, per service: the owner's template for the service, else the starter
 * (V16) whose keyword the service's name contains (deep tissue, Swedish, myofascial, consultation),
 * else the general starter. The owner edits them at /admin/note-templates.
 */
@Service
public class NoteTemplates {

	/** A service with the template its notes start from, and whether the owner wrote it. */
	public record ServiceTemplate(long serviceId, String serviceName, boolean active, NoteTemplate template,
			boolean own) {
	}

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final Clock clock;

	private final Words words;

	NoteTemplates(JdbcClient jdbc, AuditLog audit, Clock clock, Words words) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
		this.words = words;
	}

	/** Every service with its template, by name. */
	@Transactional(readOnly = true)
	public List<ServiceTemplate> all() {
		return jdbc.sql("select id, name, active from service order by name, id")
			.query((rs, i) -> new Object[] { rs.getLong("id"), rs.getString("name"), rs.getBoolean("active") })
			.list()
			.stream()
			.map(r -> forService((Long) r[0], (String) r[1], (Boolean) r[2]))
			.toList();
	}

	/** The template of one service. @throws ApiProblem 404 for an unknown service */
	@Transactional(readOnly = true)
	public ServiceTemplate of(long serviceId) {
		return jdbc.sql("select id, name, active from service where id = :id")
			.param("id", serviceId)
			.query((rs, i) -> forService(rs.getLong("id"), rs.getString("name"), rs.getBoolean("active")))
			.optional()
			.orElseThrow(
					() -> ApiProblem.notFound(words.text("charting.problem.noService", String.valueOf(serviceId))));
	}

	/**
	 * Stores the owner's template for a service; audited.
	 * @throws ApiProblem 404 for an unknown service, 400 naming a section over 4,000 characters
	 */
	@Transactional
	public ServiceTemplate save(long serviceId, NoteTemplate template, long userId) {
		ServiceTemplate current = of(serviceId);
		Map<String, String> errors = new LinkedHashMap<>();
		Map.of("subjective", template.subjective(), "objective", template.objective(), "assessment",
				template.assessment(), "plan", template.plan()).forEach((field, text) -> {
					if (text.strip().length() > NoteForm.TEXT_MAX) {
						errors.put(field, words.text("charting.problem.template.length", String.valueOf(NoteForm.TEXT_MAX)));
					}
				});
		if (!errors.isEmpty()) {
			throw ApiProblem.invalid(errors);
		}
		jdbc.sql("delete from note_template where service_id = :id").param("id", serviceId).update();
		jdbc.sql("""
				insert into note_template (service_id, subjective, objective, assessment, plan, changed_by, changed_at)
				values (:id, :s, :o, :a, :p, :user, :now)
				""")
			.param("id", serviceId)
			.param("s", template.subjective().strip())
			.param("o", template.objective().strip())
			.param("a", template.assessment().strip())
			.param("p", template.plan().strip())
			.param("user", userId)
			.param("now", Db.utc(clock.instant().truncatedTo(ChronoUnit.MICROS)))
			.update();
		audit.record("NOTE_TEMPLATE_SAVED", "service", serviceId, AuditOutcome.SUCCESS, current.serviceName());
		return of(serviceId);
	}

	private ServiceTemplate forService(long serviceId, String name, boolean active) {
		Optional<NoteTemplate> own = jdbc.sql("select * from note_template where service_id = :id")
			.param("id", serviceId)
			.query((rs, i) -> new NoteTemplate(rs.getString("subjective"), rs.getString("objective"),
					rs.getString("assessment"), rs.getString("plan")))
			.optional();
		return new ServiceTemplate(serviceId, name, active, own.orElseGet(() -> starter(name)), own.isPresent());
	}

	/** The first starter whose keyword is in the name, else the general one. */
	NoteTemplate starter(String serviceName) {
		String name = serviceName.toLowerCase(Locale.ROOT);
		return jdbc.sql("select * from note_template_starter order by position")
			.query((rs, i) -> Map.entry(rs.getString("keyword"), new NoteTemplate(rs.getString("subjective"),
					rs.getString("objective"), rs.getString("assessment"), rs.getString("plan"))))
			.list()
			.stream()
			.filter(e -> e.getKey().isEmpty() || name.contains(e.getKey()))
			.map(Map.Entry::getValue)
			.findFirst()
			.orElse(new NoteTemplate("", "", "", ""));
	}

}
