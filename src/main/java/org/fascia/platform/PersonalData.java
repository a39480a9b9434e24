package org.fascia.platform;

import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What one module holds about a client, for the client's right of access (the "Download everything" export) and
 * the right to erasure (issue 7, requirement 5). Each module that owns tables with a client's data implements it
 * over its own tables; the privacy module collects every implementation, so no module reads another's tables.
 * {@link #erase} runs inside the one erasure transaction: it deletes or anonymises what the module may, and says
 * in plain words what it deleted and what it kept, why and until when.
 */
public interface PersonalData {

	/** The module's sections of the export, in order: section name to rows (JSON-friendly values only). */
	Map<String, Object> export(long clientId);

	/** Deletes or anonymises the client's erasable data and reports every kind of record either way. */
	void erase(long clientId, ErasureReport report);

	/** The order of the modules in the export (smaller first). */
	default int order() {
		return 100;
	}

	/**
	 * The rows of a query as maps of column name (lower case) to a JSON-friendly value: instants as ISO-8601 UTC,
	 * dates as ISO dates, binary content left out (named with its size, in the bundle's words: the portal serves those
	 * files).
	 */
	static List<Map<String, Object>> rows(JdbcClient jdbc, String sql, long clientId) {
		return jdbc.sql(sql).param("client", clientId).query((rs, i) -> {
			ResultSetMetaData meta = rs.getMetaData();
			Map<String, Object> row = new LinkedHashMap<>();
			for (int c = 1; c <= meta.getColumnCount(); c++) {
				row.put(meta.getColumnLabel(c).toLowerCase(java.util.Locale.ROOT), value(column(rs, meta.getColumnType(c), c)));
			}
			return row;
		}).list();
	}

	/** The column as java.time where it is a time (never the java.sql date classes: ArchitectureTests.timeIsJavaTime). */
	private static Object column(java.sql.ResultSet rs, int type, int c) throws SQLException {
		return switch (type) {
			case java.sql.Types.TIMESTAMP, java.sql.Types.TIMESTAMP_WITH_TIMEZONE -> rs.getObject(c, OffsetDateTime.class);
			case java.sql.Types.DATE -> rs.getObject(c, LocalDate.class);
			default -> rs.getObject(c);
		};
	}

	private static Object value(Object value) throws SQLException {
		if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean) {
			return value instanceof java.math.BigDecimal decimal ? decimal.stripTrailingZeros().toPlainString()
					: value;
		}
		if (value instanceof OffsetDateTime time) {
			return time.toInstant().toString();
		}
		if (value instanceof java.time.ZonedDateTime time) {
			return time.toInstant().toString();
		}
		if (value instanceof LocalDate date) {
			return date.toString();
		}
		if (value instanceof byte[] bytes) {
			Words words = Words.standalone();
			return words.text("platform.export.file", String.valueOf(bytes.length));
		}
		if (value instanceof java.sql.Clob clob) {
			return clob.getSubString(1, (int) clob.length());
		}
		return value.toString();
	}

	/** Nests child rows under each parent row by a key column. */
	static List<Map<String, Object>> nest(List<Map<String, Object>> parents, String parentKey, String name,
			List<Map<String, Object>> children, String childKey) {
		List<Map<String, Object>> nested = new ArrayList<>();
		for (Map<String, Object> parent : parents) {
			Map<String, Object> copy = new LinkedHashMap<>(parent);
			Object key = parent.get(parentKey);
			List<Map<String, Object>> mine = new ArrayList<>();
			for (Map<String, Object> child : children) {
				if (key != null && key.toString().equals(String.valueOf(child.get(childKey)))) {
					Map<String, Object> c = new LinkedHashMap<>(child);
					c.remove(childKey);
					mine.add(c);
				}
			}
			copy.put(name, mine);
			nested.add(copy);
		}
		return nested;
	}

}
