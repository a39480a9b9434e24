package org.fascia.care;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.fascia.audit.AuditLog;
import org.fascia.audit.AuditOutcome;
import org.fascia.platform.ApiProblem;
import org.fascia.platform.Db;
import org.fascia.platform.Words;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The clinic's self-care library: the starter set of CARE.md (seeded by migration V13) and the items
 * the clinic adds. Items are never deleted, only deactivated, so programs that use them stay whole.
 * Changes are audited.
 */
@Service
public class SelfCareLibrary {

	/** NICE NG59 advises against these for low back pain; the library refuses them by name. */
	private static final Pattern NOT_RECOMMENDED = Pattern.compile(
			"(?i)\\b(belts?|corsets?|traction|lumbar supports?|back braces?)\\b|\\bTENS\\b");

	private static final Pattern IMAGE_PATH = Pattern.compile("^/(?!/)[A-Za-z0-9._~/\\-]+$");

	private final JdbcClient jdbc;

	private final SelfCareCautions cautions;

	private final AuditLog audit;

	private final Clock clock;

	private final Words words;

	SelfCareLibrary(JdbcClient jdbc, SelfCareCautions cautions, AuditLog audit, Clock clock, Words words) {
		this.jdbc = jdbc;
		this.cautions = cautions;
		this.audit = audit;
		this.clock = clock;
		this.words = words;
	}

	/** Every item, active first, then by category and name. */
	@Transactional(readOnly = true)
	public List<SelfCareItem> all() {
		return load("select * from self_care_item order by active desc, category, name", Map.of());
	}

	/** The items a therapist can assign, by category and name. */
	@Transactional(readOnly = true)
	public List<SelfCareItem> active() {
		return load("select * from self_care_item where active = true order by category, name", Map.of());
	}

	@Transactional(readOnly = true)
	public Optional<SelfCareItem> find(long id) {
		return load("select * from self_care_item where id = :id", Map.of("id", id)).stream().findFirst();
	}

	/** The caution codes screening can give, with their texts. */
	public Map<String, String> cautionCodes() {
		return cautions.all();
	}

	/**
	 * @throws ApiProblem 400 naming every invalid field
	 */
	@Transactional
	public SelfCareItem create(SelfCareItemForm form) {
		Valid valid = validate(form, null);
		Instant now = now();
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into self_care_item (category, name, instructions, dose, days_per_week, conflict_note,
				                            evidence_note, evidence_source, image_path, active, created_at, changed_at)
				values (:category, :name, :instructions, :dose, :days, :note, :evidence, :source, :image, true, :now, :now)
				""")
			.params(valid.params())
			.param("now", Db.utc(now))
			.update(keys, "id");
		long id = keys.getKey().longValue();
		writeConflicts(id, valid.conflicts());
		audit.record("SELF_CARE_ITEM_CREATED", "self_care_item", id, AuditOutcome.SUCCESS, valid.name());
		return find(id).orElseThrow();
	}

	/**
	 * @throws ApiProblem 404 for an unknown item, 400 naming every invalid field
	 */
	@Transactional
	public SelfCareItem update(long id, SelfCareItemForm form) {
		SelfCareItem before = find(id).orElseThrow(
				() -> ApiProblem.notFound(words.text("care.problem.noItem", String.valueOf(id))));
		Valid valid = validate(form, id);
		jdbc.sql("""
				update self_care_item set category = :category, name = :name, instructions = :instructions, dose = :dose,
				       days_per_week = :days, conflict_note = :note, evidence_note = :evidence, evidence_source = :source,
				       image_path = :image, changed_at = :now
				where id = :id
				""")
			.params(valid.params())
			.param("now", Db.utc(now()))
			.param("id", id)
			.update();
		jdbc.sql("delete from self_care_item_conflict where item_id = :id").param("id", id).update();
		writeConflicts(id, valid.conflicts());
		audit.record("SELF_CARE_ITEM_CHANGED", "self_care_item", id, AuditOutcome.SUCCESS,
				before.name() + (before.name().equals(valid.name()) ? "" : " -> " + valid.name()) + "; conflicts "
						+ String.join(",", valid.conflicts()));
		return find(id).orElseThrow();
	}

	/** Takes an item out of the library (assigned programs keep it) or puts it back. */
	@Transactional
	public SelfCareItem setActive(long id, boolean active) {
		SelfCareItem item = find(id).orElseThrow(
				() -> ApiProblem.notFound(words.text("care.problem.noItem", String.valueOf(id))));
		jdbc.sql("update self_care_item set active = :active, changed_at = :now where id = :id")
			.param("active", active)
			.param("now", Db.utc(now()))
			.param("id", id)
			.update();
		audit.record(active ? "SELF_CARE_ITEM_ACTIVATED" : "SELF_CARE_ITEM_DEACTIVATED", "self_care_item", id,
				AuditOutcome.SUCCESS, item.name());
		return find(id).orElseThrow();
	}

	private record Valid(Map<String, Object> params, String name, Set<String> conflicts) {
	}

	private Valid validate(SelfCareItemForm form, Long id) {
		Map<String, String> errors = new LinkedHashMap<>();
		SelfCareCategory category = null;
		try {
			category = SelfCareCategory.valueOf(trim(form.category()));
		}
		catch (IllegalArgumentException ex) {
			errors.put("category", words.text("care.problem.item.category"));
		}
		String name = trim(form.name());
		if (name.isEmpty() || name.length() > 120) {
			errors.put("name", words.text("care.problem.item.name"));
		}
		else if (NOT_RECOMMENDED.matcher(name).find()) {
			errors.put("name", words.text("care.problem.item.notRecommended"));
		}
		else if (jdbc.sql("select count(*) from self_care_item where lower(name) = :name and id <> :id")
			.param("name", name.toLowerCase(Locale.ROOT))
			.param("id", id == null ? -1L : id)
			.query(Integer.class)
			.single() > 0) {
			errors.put("name", words.text("care.problem.item.nameTaken", name));
		}
		String instructions = trim(form.instructions());
		if (instructions.isEmpty() || instructions.length() > 4000) {
			errors.put("instructions", words.text("care.problem.item.instructions"));
		}
		String dose = trim(form.dose());
		if (dose.isEmpty() || dose.length() > 200) {
			errors.put("dose", words.text("care.problem.item.dose"));
		}
		Integer days = daysPerWeek(form.daysPerWeek());
		if (days == null) {
			errors.put("daysPerWeek", words.text("care.problem.item.daysPerWeek"));
		}
		Set<String> conflicts = new LinkedHashSet<>();
		List<String> unknown = new ArrayList<>();
		for (String code : form.conflicts()) {
			String c = trim(code);
			if (c.isEmpty()) {
				continue;
			}
			if (cautions.known(c)) {
				conflicts.add(c);
			}
			else {
				unknown.add(c);
			}
		}
		if (!unknown.isEmpty()) {
			errors.put("conflicts", words.text("care.problem.item.unknownCaution", String.join(", ", unknown)));
		}
		String note = trim(form.conflictNote());
		if (note.length() > 1000) {
			errors.put("conflictNote", words.text("care.problem.item.conflictNoteLength"));
		}
		else if (!conflicts.isEmpty() && note.isEmpty()) {
			errors.put("conflictNote", words.text("care.problem.item.conflictNote"));
		}
		String evidence = trim(form.evidenceNote());
		if (evidence.isEmpty() || evidence.length() > 2000) {
			errors.put("evidenceNote", words.text("care.problem.item.evidenceNote"));
		}
		String source = trim(form.evidenceSource());
		if (source.isEmpty() || source.length() > 500) {
			errors.put("evidenceSource", words.text("care.problem.item.evidenceSource"));
		}
		String image = trim(form.imagePath());
		if (!image.isEmpty() && (image.length() > 500 || !IMAGE_PATH.matcher(image).matches())) {
			errors.put("imagePath", words.text("care.problem.item.imagePath"));
		}
		if (!errors.isEmpty()) {
			throw ApiProblem.invalid(errors);
		}
		Map<String, Object> params = new HashMap<>();
		params.put("category", category.name());
		params.put("name", name);
		params.put("instructions", instructions);
		params.put("dose", dose);
		params.put("days", days);
		params.put("note", note.isEmpty() ? null : note);
		params.put("evidence", evidence);
		params.put("source", source);
		params.put("image", image.isEmpty() ? null : image);
		return new Valid(params, name, conflicts);
	}

	static Integer daysPerWeek(String text) {
		try {
			int days = Integer.parseInt(trim(text));
			return days >= 1 && days <= 7 ? days : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private void writeConflicts(long id, Set<String> conflicts) {
		for (String code : conflicts) {
			jdbc.sql("insert into self_care_item_conflict (item_id, caution_code) values (:id, :code)")
				.param("id", id)
				.param("code", code)
				.update();
		}
	}

	private List<SelfCareItem> load(String sql, Map<String, ?> params) {
		List<Row> rows = jdbc.sql(sql).params(params).query((rs, i) -> new Row(rs.getLong("id"), rs.getString("code"),
				SelfCareCategory.valueOf(rs.getString("category")), rs.getString("name"), rs.getString("instructions"),
				rs.getString("dose"), rs.getInt("days_per_week"), rs.getString("conflict_note"),
				rs.getString("evidence_note"), rs.getString("evidence_source"), rs.getString("image_path"),
				rs.getBoolean("active"))).list();
		if (rows.isEmpty()) {
			return List.of();
		}
		Map<Long, Set<String>> conflicts = new HashMap<>();
		jdbc.sql("select item_id, caution_code from self_care_item_conflict where item_id in (:ids)")
			.param("ids", rows.stream().map(Row::id).toList())
			.query(rs -> {
				conflicts.computeIfAbsent(rs.getLong("item_id"), k -> new HashSet<>()).add(rs.getString("caution_code"));
			});
		return rows.stream()
			.map(r -> new SelfCareItem(r.id(), r.code(), r.category(), r.name(), r.instructions(), r.dose(),
					r.daysPerWeek(), conflicts.getOrDefault(r.id(), Set.of()), r.conflictNote(), r.evidenceNote(),
					r.evidenceSource(), r.imagePath(), r.active()))
			.toList();
	}

	private record Row(long id, String code, SelfCareCategory category, String name, String instructions, String dose,
			int daysPerWeek, String conflictNote, String evidenceNote, String evidenceSource, String imagePath,
			boolean active) {
	}

	private Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

	private static String trim(String s) {
		return s == null ? "" : s.strip();
	}

}
