package org.fascia.outcomes;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.fascia.audit.AuditLog;
import org.fascia.audit.AuditOutcome;
import org.fascia.platform.ApiProblem;
import org.fascia.platform.Db;
import org.fascia.platform.Words;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * The clinic's instruments: the built-in definitions, replaced by the definition file a clinic imports (table
 * {@code instrument_definition}, V20) for the licensed ones whose wording Fascia may not ship. An import is checked
 * against the items the scoring expects and refused with a 400 naming what is wrong; stored and audited in one
 * transaction.
 */
@Service
public class InstrumentLibrary {

	private final InstrumentRegistry registry;

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final Clock clock;

	private final Words words;

	InstrumentLibrary(InstrumentRegistry registry, JdbcClient jdbc, AuditLog audit, Clock clock, Words words) {
		this.registry = registry;
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
		this.words = words;
	}

	/** What the owner's page lists per instrument. */
	public record Entry(Instrument instrument, InstrumentDefinition definition, boolean imported, Instant importedAt) {

		public boolean withText() {
			return definition.withText();
		}

	}

	/** The definition in use: the clinic's import if there is one, else the built-in. */
	public InstrumentDefinition definition(Instrument instrument) {
		return imported(instrument).map(Stored::definition).orElseGet(() -> registry.builtIn(instrument));
	}

	/** Every instrument with the definition in use. */
	public List<Entry> all() {
		List<Entry> entries = new ArrayList<>();
		for (Instrument instrument : Instrument.values()) {
			Optional<Stored> stored = imported(instrument);
			entries.add(stored.map(s -> new Entry(instrument, s.definition(), true, s.importedAt()))
				.orElseGet(() -> new Entry(instrument, registry.builtIn(instrument), false, null)));
		}
		return entries;
	}

	/**
	 * Imports a definition file with its item text (the owner), replacing an earlier import of the same instrument.
	 *
	 * @throws ApiProblem 400 naming each problem (unknown code, items that differ from the scoring, missing text)
	 */
	@Transactional
	public InstrumentDefinition importDefinition(String json, long ownerId) {
		JsonNode tree;
		try {
			tree = InstrumentRegistry.JSON.readTree(json == null ? "" : json);
		}
		catch (JacksonException ex) {
			throw ApiProblem.badRequest("definition", words.text("outcomes.problem.notJson"));
		}
		QuestionnaireShape.Checked checked = QuestionnaireShape.check(tree, true);
		if (!checked.errors().isEmpty()) {
			throw ApiProblem.invalid(checked.errors());
		}
		InstrumentDefinition definition = checked.definition();
		String code = definition.instrument().name();
		Instant now = clock.instant();
		int updated = jdbc.sql("""
				update instrument_definition set title = :title, version = :version, definition = :definition,
				imported_by = :by, imported_at = :at where code = :code""")
			.param("title", limit(definition.title(), 200)).param("version", limit(definition.version(), 50))
			.param("definition", json).param("by", ownerId).param("at", Db.utc(now)).param("code", code)
			.update();
		if (updated == 0) {
			jdbc.sql("""
					insert into instrument_definition (code, title, version, definition, imported_by, imported_at)
					values (:code, :title, :version, :definition, :by, :at)""")
				.param("code", code).param("title", limit(definition.title(), 200))
				.param("version", limit(definition.version(), 50)).param("definition", json).param("by", ownerId)
				.param("at", Db.utc(now))
				.update();
		}
		audit.record("INSTRUMENT_IMPORTED", "instrument", code, AuditOutcome.SUCCESS,
				definition.title() + " v" + definition.version());
		return definition;
	}

	private record Stored(InstrumentDefinition definition, Instant importedAt) {
	}

	private Optional<Stored> imported(Instrument instrument) {
		return jdbc.sql("select definition, imported_at from instrument_definition where code = :code")
			.param("code", instrument.name())
			.query((rs, n) -> new Stored(InstrumentRegistry.parse("instrument_definition " + instrument.name(), instrument,
					rs.getString("definition"), true), Db.instant(rs, "imported_at")))
			.optional();
	}

	private static String limit(String value, int max) {
		return value.length() > max ? value.substring(0, max) : value;
	}

}
