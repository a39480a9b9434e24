package org.fascia.charting;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.fascia.audit.AuditLog;
import org.fascia.audit.AuditOutcome;
import org.fascia.identity.FasciaUser;
import org.fascia.platform.ApiProblem;
import org.fascia.platform.Db;
import org.fascia.platform.Words;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The client's pain maps (issue 5, requirement 4): the client marks where it hurts in the portal, at intake
 * and at follow-ups, each map kept with its date; staff who may chart the client (the owner, a therapist who
 * treats them, never the front desk) read the latest. Regions are stored as codes. Reads and saves audited.
 */
@Service
public class PainMaps {

	private final JdbcClient jdbc;

	private final NoteAccess access;

	private final AuditLog audit;

	private final Clock clock;

	private final Words words;

	PainMaps(JdbcClient jdbc, NoteAccess access, AuditLog audit, Clock clock, Words words) {
		this.jdbc = jdbc;
		this.access = access;
		this.audit = audit;
		this.clock = clock;
		this.words = words;
	}

	/**
	 * Saves the client's own map (the caller passes the signed-in client's record).
	 * @throws ApiProblem 400 (field {@code regions} or {@code intensity}) for an unknown code, no region with
	 *         an intensity above 0, or an intensity outside 0–10
	 */
	@Transactional
	public PainMap save(long clientId, List<String> codes, String intensityText) {
		Map<String, String> errors = new LinkedHashMap<>();
		Set<BodyRegion> regions = new LinkedHashSet<>();
		for (String code : codes == null ? List.<String>of() : codes) {
			if (code != null && !code.isBlank()) {
				BodyRegion.ofCode(code.strip()).ifPresentOrElse(regions::add,
						() -> errors.put("regions", words.text("charting.problem.painMap.unknownRegion", code.strip())));
			}
		}
		Integer intensity = null;
		if (intensityText != null && !intensityText.isBlank()) {
			try {
				intensity = Integer.parseInt(intensityText.strip());
			}
			catch (NumberFormatException ex) {
				intensity = -1;
			}
			if (intensity < 0 || intensity > 10) {
				errors.put("intensity", words.text("charting.problem.painMap.intensity"));
			}
		}
		if (regions.isEmpty() && !errors.containsKey("regions") && (intensity == null || intensity > 0)) {
			errors.put("regions", words.text("charting.problem.painMap.noRegion"));
		}
		if (!errors.isEmpty()) {
			throw ApiProblem.invalid(errors);
		}
		Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("insert into pain_map (client_id, intensity, recorded_at) values (:client, :intensity, :now)")
			.param("client", clientId)
			.param("intensity", intensity)
			.param("now", Db.utc(now))
			.update(keys, "id");
		long id = keys.getKey().longValue();
		for (BodyRegion region : regions) {
			jdbc.sql("insert into pain_map_region (pain_map_id, region) values (:map, :region)")
				.param("map", id)
				.param("region", region.code())
				.update();
		}
		audit.record("PAIN_MAP_SAVED", "client", clientId, AuditOutcome.SUCCESS, "pain map " + id + ": "
				+ regions.stream().map(BodyRegion::code).toList() + (intensity == null ? "" : ", intensity " + intensity));
		return new PainMap(id, clientId, List.copyOf(regions), intensity, now);
	}

	/** The client's maps, newest first (the client's own history); audited. */
	@Transactional(readOnly = true)
	public List<PainMap> history(long clientId) {
		List<PainMap> maps = load(clientId, 100);
		audit.record("PAIN_MAP_READ", "client", clientId, AuditOutcome.SUCCESS, maps.size() + " pain map(s)");
		return maps;
	}

	/** The client's latest map, codes and date (no access check: the caller has made it); audited. */
	@Transactional(readOnly = true)
	public Optional<PainMap> latest(long clientId) {
		Optional<PainMap> latest = load(clientId, 1).stream().findFirst();
		audit.record("PAIN_MAP_READ", "client", clientId, AuditOutcome.SUCCESS,
				latest.map(m -> "latest pain map " + m.id()).orElse("no pain map yet"));
		return latest;
	}

	/** Whether this member of staff may see the client's pain maps: the owner, or a therapist who treats them. */
	public boolean visibleTo(FasciaUser user, long clientId) {
		return access.mayChart(user, clientId);
	}

	private List<PainMap> load(long clientId, int limit) {
		record Row(long id, Integer intensity, Instant at) {
		}
		List<Row> rows = jdbc.sql("""
				select id, intensity, recorded_at from pain_map where client_id = :client
				order by recorded_at desc, id desc limit :limit
				""")
			.param("client", clientId)
			.param("limit", limit)
			.query((rs, i) -> new Row(rs.getLong("id"), rs.getObject("intensity", Integer.class),
					Db.instant(rs, "recorded_at")))
			.list();
		if (rows.isEmpty()) {
			return List.of();
		}
		Map<Long, List<BodyRegion>> regions = new HashMap<>();
		jdbc.sql("select pain_map_id, region from pain_map_region where pain_map_id in (:ids)")
			.param("ids", rows.stream().map(Row::id).toList())
			.query(rs -> {
				regions.computeIfAbsent(rs.getLong("pain_map_id"), k -> new ArrayList<>())
					.add(BodyRegion.valueOf(rs.getString("region")));
			});
		return rows.stream()
			.map(r -> new PainMap(r.id(), clientId,
					regions.getOrDefault(r.id(), List.of()).stream().sorted().toList(), r.intensity(), r.at()))
			.toList();
	}

}
