package org.fascia.clinic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.fascia.FasciaApplication;
import org.fascia.identity.Accounts;
import org.fascia.identity.Role;
import org.fascia.support.DatabaseTest;
import org.fascia.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/** FASCIA_OWNER_EMAIL and FASCIA_OWNER_PASSWORD create the clinic's owner at start. */
@DatabaseTest
class UnattendedOwnerTest {

	private static String[] args(String email, String password) {
		var properties = TestDatabase.freshDatabaseProperties();
		return new String[] { "--spring.datasource.url=" + properties.get("spring.datasource.url"),
				"--spring.datasource.username=" + properties.get("spring.datasource.username"),
				"--spring.datasource.password=" + properties.get("spring.datasource.password"),
				"--fascia.owner.email=" + email, "--fascia.owner.password=" + password,
				"--fascia.clinic.name=Harbour Massage", "--fascia.time-zone=Australia/Sydney",
				"--fascia.scheduling=false", "--spring.main.banner-mode=off", "--server.port=0" };
	}

	@Test
	void createsTheOwnerAndClinicOnAnEmptyDatabase() {
		SpringApplication app = new SpringApplication(FasciaApplication.class);
		try (ConfigurableApplicationContext context = app.run(args("boss@test.fascia.dev", "harbour view passphrase"))) {
			assertThat(context.getBean(Accounts.class).findByEmail("boss@test.fascia.dev"))
				.hasValueSatisfying(owner -> assertThat(owner.role()).isEqualTo(Role.OWNER));
			Clinic clinic = context.getBean(ClinicSettings.class).current().orElseThrow();
			assertThat(clinic.name()).isEqualTo("Harbour Massage");
			assertThat(clinic.timeZone().getId()).isEqualTo("Australia/Sydney");
		}
	}

	@Test
	void aRefusedPasswordStopsTheStart() {
		SpringApplication app = new SpringApplication(FasciaApplication.class);
		assertThatThrownBy(() -> app.run(args("boss@test.fascia.dev", "password")).close())
			.hasStackTraceContaining("FASCIA_OWNER_PASSWORD");
	}

}
