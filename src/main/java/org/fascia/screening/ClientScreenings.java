package org.fascia.screening;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.fascia.clinic.ClinicSettings;
import org.fascia.clinic.ClinicTime;
import org.fascia.clinic.ServiceKind;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A client's current screening told to the client (the portal's screening page and the line on its
 * start page). The read is audited by {@link ScreeningRecords#current}.
 */
@Service
public class ClientScreenings {

	private final ScreeningRecords records;

	private final Clearances clearances;

	private final ClinicSettings settings;

	private final ClinicTime clinicTime;

	private final Map<String, ReferralAdvice> ruleAdvice;

	ClientScreenings(ScreeningRecords records, Clearances clearances, ClinicSettings settings, ClinicTime clinicTime,
			RuleFile rules) {
		this.records = records;
		this.clearances = clearances;
		this.settings = settings;
		this.clinicTime = clinicTime;
		Map<String, ReferralAdvice> advice = new LinkedHashMap<>();
		rules.rules().rules().forEach(rule -> advice.put(rule.id(), rule.referralAdvice()));
		this.ruleAdvice = Map.copyOf(advice);
	}

	/** The client's current screening in the client's words; {@link ClientScreeningView#screened()} false if none. */
	@Transactional(readOnly = true)
	public ClientScreeningView of(long clientId) {
		String number = EmergencyNumbers.forZone(settings.zone());
		Optional<StoredScreening> current = records.current(clientId);
		if (current.isEmpty()) {
			return ClientScreeningView.none(number);
		}
		StoredScreening screening = current.get();
		boolean cleared = false;
		if (screening.decision() == Decision.NEEDS_CLEARANCE) {
			List<Clearance> onRecord = clearances.forClient(clientId);
			cleared = TreatmentGate.decide(Optional.of(screening.result()), onRecord, ServiceKind.TREATMENT,
					clinicTime.today()).allowed();
		}
		return ClientScreeningView.of(screening.result(), screening.createdAt(), ruleAdvice, cleared, number);
	}

	/** The current decision alone (audited), or empty before the first screening. */
	@Transactional(readOnly = true)
	public Optional<Decision> decision(long clientId) {
		return records.current(clientId).map(StoredScreening::decision);
	}

}
