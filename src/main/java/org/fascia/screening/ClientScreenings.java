package org.fascia.screening;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.fascia.clinic.ClinicSettings;
import org.fascia.clinic.ClinicTime;
import org.fascia.clinic.ServiceKind;
import org.fascia.platform.Words;
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

	private final ClientScreeningView.ClientWords clientWords;

	private final ScreeningWords gateWords;

	ClientScreenings(ScreeningRecords records, Clearances clearances, ClinicSettings settings, ClinicTime clinicTime,
			RuleFile rules, Words words) {
		this.clientWords = new BundleWords(words);
		this.gateWords = new ScreeningWords(words);
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
			return ClientScreeningView.none(number, clientWords);
		}
		StoredScreening screening = current.get();
		boolean cleared = false;
		if (screening.decision() == Decision.NEEDS_CLEARANCE) {
			List<Clearance> onRecord = clearances.forClient(clientId);
			cleared = TreatmentGate.decide(Optional.of(screening.result()), onRecord, ServiceKind.TREATMENT,
					clinicTime.today(), gateWords).allowed();
		}
		return ClientScreeningView.of(screening.result(), screening.createdAt(), ruleAdvice, cleared, number,
				clientWords);
	}

	/** The current decision alone (audited), or empty before the first screening. */
	@Transactional(readOnly = true)
	public Optional<Decision> decision(long clientId) {
		return records.current(clientId).map(StoredScreening::decision);
	}

	/** The client's words from the message bundle (screening.status.*, screening.caution.*). */
	record BundleWords(Words words) implements ClientScreeningView.ClientWords {

		@Override
		public String status(Decision decision, boolean clearanceOnRecord) {
			if (decision == null) {
				return words.text("screening.status.none");
			}
			return switch (decision) {
				case PROCEED -> words.text("screening.status.PROCEED");
				case PROCEED_WITH_CAUTIONS -> words.text("screening.status.PROCEED_WITH_CAUTIONS");
				case NEEDS_CLEARANCE -> clearanceOnRecord ? words.text("screening.status.NEEDS_CLEARANCE.cleared")
						: words.text("screening.status.NEEDS_CLEARANCE");
				case URGENT_REFERRAL -> words.text("screening.status.URGENT_REFERRAL");
				case EMERGENCY_REFERRAL -> words.text("screening.status.EMERGENCY_REFERRAL");
			};
		}

		/** Each caution told to the client; a code not listed here is shown with its own text. */
		@Override
		public String caution(String code) {
			return switch (code) {
				case "NO_DEEP_PRESSURE" -> words.text("screening.caution.NO_DEEP_PRESSURE");
				case "LIGHT_PRESSURE_ONLY" -> words.text("screening.caution.LIGHT_PRESSURE_ONLY");
				case "MODERATE_PRESSURE_MAX" -> words.text("screening.caution.MODERATE_PRESSURE_MAX");
				case "WATCH_BRUISING" -> words.text("screening.caution.WATCH_BRUISING");
				case "AVOID_AFFECTED_LIMB" -> words.text("screening.caution.AVOID_AFFECTED_LIMB");
				case "AVOID_TUMOUR_AND_PORT_SITES" -> words.text("screening.caution.AVOID_TUMOUR_AND_PORT_SITES");
				case "GENTLE_PRESSURE_SPINE_RIBS" -> words.text("screening.caution.GENTLE_PRESSURE_SPINE_RIBS");
				case "POSITIONING_SUPPORT" -> words.text("screening.caution.POSITIONING_SUPPORT");
				case "NO_SPINAL_MANIPULATION" -> words.text("screening.caution.NO_SPINAL_MANIPULATION");
				case "NO_AGGRESSIVE_LUMBAR_PRESSURE" -> words.text("screening.caution.NO_AGGRESSIVE_LUMBAR_PRESSURE");
				case "SIDE_LYING" -> words.text("screening.caution.SIDE_LYING");
				case "NO_DEEP_WORK_LEGS_ABDOMEN" -> words.text("screening.caution.NO_DEEP_WORK_LEGS_ABDOMEN");
				case "LIGHT_PRESSURE_HANDS_FEET" -> words.text("screening.caution.LIGHT_PRESSURE_HANDS_FEET");
				case "CHECK_SKIN" -> words.text("screening.caution.CHECK_SKIN");
				case "AVOID_VEINS_AND_DISTAL" -> words.text("screening.caution.AVOID_VEINS_AND_DISTAL");
				case "NO_DEEP_WORK_ON_VEINS" -> words.text("screening.caution.NO_DEEP_WORK_ON_VEINS");
				case "AVOID_AREA" -> words.text("screening.caution.AVOID_AREA");
				case "AVOID_INCISION" -> words.text("screening.caution.AVOID_INCISION");
				case "CHECK_CALVES" -> words.text("screening.caution.CHECK_CALVES");
				case "MONITOR_BP_RESPONSE" -> words.text("screening.caution.MONITOR_BP_RESPONSE");
				case "REDUCE_INTENSITY" -> words.text("screening.caution.REDUCE_INTENSITY");
				case "CES_SAFETY_NET" -> words.text("screening.caution.CES_SAFETY_NET");
				case "SAFETY_NET" -> words.text("screening.caution.SAFETY_NET");
				case "WITH_EXERCISE_AND_PSYCHOLOGICAL_SUPPORT" ->
					words.text("screening.caution.WITH_EXERCISE_AND_PSYCHOLOGICAL_SUPPORT");
				default -> null;
			};
		}

	}

}
