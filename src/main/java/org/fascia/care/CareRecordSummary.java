package org.fascia.care;

import java.util.Optional;

import org.fascia.identity.FasciaUser;
import org.fascia.platform.Words;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The care part of the client record (records module): the current plan with its progress and next step,
 * and the latest consultation. Only for the owner and the client's therapist: for anyone else (the front
 * desk) nothing, so the record shows no plan.
 */
@Service
public class CareRecordSummary {

	/**
	 * @param planId the current plan, or null without one
	 * @param consultationApproach the latest consultation's recommended approach, or null without one
	 * @param selfCareAdherence "64% · 9 of 14 prescribed days", or null while nothing is prescribed
	 */
	public record Summary(Long planId, String plan, String progress, String nextStep, String nextStepReason,
			Long consultationId, String consultationApproach, String selfCareAdherence) {
	}

	private final CarePlans plans;

	private final PlanProgresses progresses;

	private final Consultations consultations;

	private final CareAccess access;

	private final SelfCarePrograms selfCare;

	private final Words words;

	CareRecordSummary(CarePlans plans, PlanProgresses progresses, Consultations consultations, CareAccess access,
			SelfCarePrograms selfCare, Words words) {
		this.selfCare = selfCare;
		this.plans = plans;
		this.progresses = progresses;
		this.consultations = consultations;
		this.access = access;
		this.words = words;
	}

	/** The summary, or empty when the viewer may not see the client's plans. Reads are audited. */
	@Transactional(readOnly = true)
	public Optional<Summary> forRecord(FasciaUser viewer, long clientId) {
		if (!access.mayTreat(viewer, clientId)) {
			return Optional.empty();
		}
		Optional<ConsultationSummary> consultation = consultations.latestConsultation(clientId);
		CarePlan plan = plans.active(clientId).orElse(null);
		PlanProgress progress = plan == null ? null : progresses.of(plan);
		return Optional.of(new Summary(plan == null ? null : plan.id(),
				plan == null ? null : words.text("care.record.plan", plan.approach().label(),
						String.valueOf(plan.plannedSessions()), plan.frequency(words)),
				progress == null ? null : words.text("care.record.progress", String.valueOf(progress.done()),
						String.valueOf(progress.planned())),
				progress == null ? null : step(progress.advice().step()),
				progress == null ? null : progress.advice().reason(),
				consultation.map(ConsultationSummary::consultationId).orElse(null),
				consultation.map(c -> c.recommendedApproach().label()).orElse(null), adherence(clientId)));
	}

	private String step(PlanStep step) {
		return switch (step) {
			case CONTINUE -> words.text("care.step.CONTINUE");
			case WIDEN_INTERVAL -> words.text("care.step.WIDEN_INTERVAL");
			case REVIEW -> words.text("care.step.REVIEW");
			case DISCHARGE_WITH_PREVENTION -> words.text("care.step.DISCHARGE_WITH_PREVENTION");
			case STOP_AND_RESCREEN -> words.text("care.step.STOP_AND_RESCREEN");
		};
	}

	private String adherence(long clientId) {
		SelfCareAdherence.Result result = selfCare.program(clientId).adherence();
		return result.percent() == null ? null
				: words.text("care.record.adherence", String.valueOf(result.percent()), result.counts(words));
	}

}
