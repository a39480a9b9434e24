package org.fascia.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.fascia.support.FasciaIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A signed consent cannot be changed or removed, not even by SQL that bypasses the application: the
 * database refuses (H2: a Java trigger; PostgreSQL: a PL/pgSQL trigger). Runs on both databases.
 */
@FasciaIntegrationTest
@Import(ConsentFixture.class)
class ConsentImmutabilityTest {

	@Autowired
	Consents consents;

	@Autowired
	ConsentFixture fixture;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theDatabaseRefusesUpdateDeleteAndTruncateOfASignedConsent() {
		ConsentFixture.Client client = fixture.client("Katherine", "Johnson");
		long id = consents.sign(ConsentFixture.valid(client.id(), "Katherine Johnson", client.user().id(), null)).get(0);

		assertThatThrownBy(() -> jdbc.sql("update consent_signature set typed_name = 'Someone Else' where id = :id")
			.param("id", id).update())
			.isInstanceOf(DataAccessException.class)
			.hasStackTraceContaining("consent_signature is immutable: UPDATE refused");
		assertThatThrownBy(() -> jdbc.sql("update consent_signature set signature_png = null, typed_name_is_signature = true")
			.update())
			.isInstanceOf(DataAccessException.class)
			.hasStackTraceContaining("immutable");
		assertThatThrownBy(() -> jdbc.sql("delete from consent_signature where id = :id").param("id", id).update())
			.isInstanceOf(DataAccessException.class)
			.hasStackTraceContaining("consent_signature is immutable: DELETE refused");
		assertThatThrownBy(() -> jdbc.sql("truncate table consent_signature").update())
			.isInstanceOf(DataAccessException.class);

		SignedConsent kept = consents.find(client.id(), id).orElseThrow();
		assertThat(kept.typedName()).isEqualTo("Katherine Johnson");
		assertThat(kept.drawn()).isTrue();
		assertThat(kept.textIntact()).isTrue();
	}

}
