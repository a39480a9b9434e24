package org.fascia.clinic;

import java.time.DateTimeException;
import java.time.ZoneId;

import org.fascia.audit.AuditLog;
import org.fascia.audit.AuditOutcome;
import org.fascia.identity.Account;
import org.fascia.identity.Accounts;
import org.fascia.identity.NewAccount;
import org.fascia.identity.Role;
import org.fascia.platform.ApiProblem;
import org.fascia.platform.Words;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating the clinic and its owner, once: from the setup page, from FASCIA_OWNER_EMAIL and
 * FASCIA_OWNER_PASSWORD at start, or with the demo data. Both are written in one transaction.
 */
@Service
public class FirstStart {

	private final ClinicSettings settings;

	private final Accounts accounts;

	private final AuditLog audit;

	private final Words words;

	private volatile boolean done;

	FirstStart(ClinicSettings settings, Accounts accounts, AuditLog audit, Words words) {
		this.words = words;
		this.settings = settings;
		this.accounts = accounts;
		this.audit = audit;
	}

	/** Whether an owner exists; once true it stays true, so the answer is cached. */
	public boolean isDone() {
		if (!done && accounts.ownerExists()) {
			done = true;
		}
		return done;
	}

	/**
	 * @throws ApiProblem 400 naming the field, or 409 when the clinic is already set up
	 */
	@Transactional
	public Account setUp(String clinicName, String timeZone, String ownerName, String ownerEmail, String password) {
		if (isDone()) {
			throw ApiProblem.conflict(words.text("clinic.problem.alreadySetUp"));
		}
		if (clinicName == null || clinicName.isBlank()) {
			throw ApiProblem.badRequest("clinicName", words.text("clinic.invalid.clinicName.blank"));
		}
		if (clinicName.strip().length() > 200) {
			throw ApiProblem.badRequest("clinicName", words.text("clinic.invalid.clinicName.size"));
		}
		ZoneId zone = zone(timeZone);
		try {
			settings.create(clinicName, zone);
		}
		catch (DuplicateKeyException ex) {
			throw ApiProblem.conflict(words.text("clinic.problem.alreadySetUp"));
		}
		Account owner = accounts.create(new NewAccount(ownerEmail, ownerName, password, Role.OWNER));
		audit.recordAs(owner.email(), Role.OWNER.name(), "CLINIC_SET_UP", "clinic", 1, AuditOutcome.SUCCESS,
				"time zone " + zone.getId());
		done = true;
		return owner;
	}

	private ZoneId zone(String timeZone) {
		if (!ClinicSettings.isZone(timeZone)) {
			throw ApiProblem.badRequest("timeZone", words.text("clinic.problem.unknownZone"));
		}
		try {
			return ZoneId.of(timeZone);
		}
		catch (DateTimeException ex) {
			throw ApiProblem.badRequest("timeZone", words.text("clinic.problem.unknownZone"));
		}
	}

}
