package org.fascia.platform;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Instants cross the JDBC boundary as {@link OffsetDateTime} in UTC: both H2 and the PostgreSQL
 * driver map that type to TIMESTAMP WITH TIME ZONE exactly, while {@link Instant} is not a JDBC type.
 */
public final class Db {

	private Db() {
	}

	public static OffsetDateTime utc(Instant instant) {
		return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
	}

	public static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

}
