package org.fascia.clinic;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Optional;

import org.fascia.platform.Db;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The clinic module's API for the clinic's settings. */
@Service
public class ClinicSettings {

	private final JdbcClient jdbc;

	private final Clock clock;

	ClinicSettings(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public Optional<Clinic> current() {
		return jdbc.sql("select name, time_zone from clinic where id = 1")
			.query((rs, i) -> new Clinic(rs.getString("name"), ZoneId.of(rs.getString("time_zone"))))
			.optional();
	}

	/** The clinic's zone, or UTC before setup. */
	public ZoneId zone() {
		return current().map(Clinic::timeZone).orElse(ZoneId.of("UTC"));
	}

	@Transactional
	void create(String name, ZoneId zone) {
		jdbc.sql("insert into clinic (id, name, time_zone, created_at) values (1, :name, :zone, :now)")
			.param("name", name.strip())
			.param("zone", zone.getId())
			.param("now", Db.utc(clock.instant()))
			.update();
		jdbc.sql("insert into location (name) values (:name)").param("name", name.strip()).update();
	}

	boolean exists() {
		return current().isPresent();
	}

}
