package org.fascia.clinic;

import java.time.format.TextStyle;
import java.util.Locale;

import org.fascia.platform.ApiProblem;
import org.fascia.platform.Words;
import org.springframework.stereotype.Component;

/**
 * The clinic package's problems that several classes raise (an unknown therapist, service or exception, an
 * unknown id in a list, a refused working interval), worded from the message bundle ({@code clinic.problem.*},
 * {@code clinic.hours.*}). Ids are printed as they are, not as grouped numbers.
 */
@Component
class ClinicProblems {

	private final Words words;

	ClinicProblems(Words words) {
		this.words = words;
	}

	ApiProblem noTherapist(long id) {
		return ApiProblem.notFound(words.text("clinic.problem.noTherapist", String.valueOf(id)));
	}

	ApiProblem noService(long id) {
		return ApiProblem.notFound(words.text("clinic.problem.noService", String.valueOf(id)));
	}

	ApiProblem noException(long therapistId, long changeId) {
		return ApiProblem.notFound(
				words.text("clinic.problem.noException", String.valueOf(therapistId), String.valueOf(changeId)));
	}

	/** A field's message for an id in a list that names no service. */
	String unknownService(long id) {
		return words.text("clinic.problem.noService", String.valueOf(id));
	}

	/** A field's message for an id in a list that names no therapist. */
	String unknownTherapist(long id) {
		return words.text("clinic.problem.noTherapist", String.valueOf(id));
	}

	/** Why a rule for hours refused a field. */
	String refusal(ScheduleRules.Refusal refusal) {
		return switch (refusal.reason()) {
			case OVERLAP -> words.text("clinic.hours.overlap", refusal.earlierStart().toString(),
					refusal.earlierEnd().toString(), refusal.day().getDisplayName(TextStyle.FULL, Locale.UK));
			case EXTRA_HOURS_NEED_TIMES -> words.text("clinic.hours.extraHoursNeedTimes");
			case BOTH_TIMES_OR_NEITHER -> words.text("clinic.hours.bothTimesOrNeither");
			case START_WHOLE_MINUTES -> words.text("clinic.hours.startWholeMinutes");
			case END_WHOLE_MINUTES -> words.text("clinic.hours.endWholeMinutes");
			case END_AFTER_START -> words.text("clinic.hours.endAfterStart");
		};
	}

}
