package org.fascia.intake;

import java.sql.Connection;
import java.sql.SQLException;

import org.h2.api.Trigger;

/**
 * H2's half of "a signed consent never changes": a row trigger on {@code consent_signature} (migration
 * h2/V8_1) that refuses every UPDATE and DELETE. PostgreSQL has a PL/pgSQL trigger instead. Public only
 * because H2 instantiates trigger classes reflectively; no other module has any use for it.
 */
public final class ConsentSignatureImmutable implements Trigger {

	private String operation = "change";

	public ConsentSignatureImmutable() {
	}

	@Override
	public void init(Connection connection, String schemaName, String triggerName, String tableName, boolean before,
			int type) {
		this.operation = (type & Trigger.DELETE) != 0 ? "DELETE" : (type & Trigger.UPDATE) != 0 ? "UPDATE" : "change";
	}

	@Override
	public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
		throw new SQLException("consent_signature is immutable: " + operation + " refused", "42501");
	}

}
