package org.fascia.charting;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.h2.api.Trigger;

/**
 * H2's half of "a signed note never changes" (migration h2/V16_1): on {@code session_note} it refuses
 * UPDATE and DELETE of a row whose status is SIGNED (drafts stay editable); on
 * {@code session_note_amendment} it refuses every UPDATE and DELETE (append-only). PostgreSQL has
 * PL/pgSQL triggers instead. Public only because H2 instantiates trigger classes reflectively.
 */
public final class SignedNoteImmutable implements Trigger {

	private String table = "";

	private String operation = "change";

	private int statusColumn = -1;

	public SignedNoteImmutable() {
	}

	@Override
	public void init(Connection connection, String schemaName, String triggerName, String tableName, boolean before,
			int type) throws SQLException {
		this.table = tableName;
		this.operation = (type & Trigger.DELETE) != 0 ? "DELETE" : (type & Trigger.UPDATE) != 0 ? "UPDATE" : "change";
		if ("SESSION_NOTE".equalsIgnoreCase(tableName)) {
			try (ResultSet columns = connection.getMetaData().getColumns(null, schemaName, tableName, null)) {
				while (columns.next()) {
					if ("STATUS".equalsIgnoreCase(columns.getString("COLUMN_NAME"))) {
						this.statusColumn = columns.getInt("ORDINAL_POSITION") - 1;
					}
				}
			}
			if (this.statusColumn < 0) {
				throw new SQLException("session_note has no status column");
			}
		}
	}

	@Override
	public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
		if (statusColumn >= 0) {
			if ("SIGNED".equals(oldRow[statusColumn])) {
				throw new SQLException("a signed session_note is immutable: " + operation + " refused", "42501");
			}
			return;
		}
		throw new SQLException(table.toLowerCase() + " is append-only: " + operation + " refused", "42501");
	}

}
