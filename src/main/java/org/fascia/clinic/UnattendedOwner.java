package org.fascia.clinic;

import java.time.ZoneId;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import org.fascia.platform.ApiProblem;

/**
 * For unattended installs: FASCIA_OWNER_EMAIL and FASCIA_OWNER_PASSWORD create the clinic and its
 * owner at start when there is no owner yet (FASCIA_CLINIC_NAME and FASCIA_TIME_ZONE optional).
 * A refused password stops the start rather than leave the setup page open.
 */
@Component
@Order(20)
class UnattendedOwner implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(UnattendedOwner.class);

	private final FirstStart firstStart;

	private final String email;

	private final String password;

	private final String clinicName;

	private final String timeZone;

	UnattendedOwner(FirstStart firstStart, @Value("${fascia.owner.email:}") String email,
			@Value("${fascia.owner.password:}") String password,
			@Value("${fascia.clinic.name:My massage clinic}") String clinicName,
			@Value("${fascia.time-zone:}") String timeZone) {
		this.firstStart = firstStart;
		this.email = email;
		this.password = password;
		this.clinicName = clinicName;
		this.timeZone = timeZone.isBlank() ? ZoneId.systemDefault().getId() : timeZone;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (email.isBlank() || firstStart.isDone()) {
			return;
		}
		try {
			firstStart.setUp(clinicName, timeZone, "Owner", email, password);
			log.info("Created the clinic and its owner account from FASCIA_OWNER_EMAIL");
		}
		catch (ApiProblem problem) {
			throw new IllegalStateException("Cannot create the owner from FASCIA_OWNER_EMAIL/FASCIA_OWNER_PASSWORD: "
					+ problem.getMessage());
		}
	}

}
