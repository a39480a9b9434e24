package org.fascia.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.fascia.intake.Questionnaire;
import org.fascia.intake.Questionnaires;
import org.fascia.support.FasciaIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The intake questionnaire feeds screening: every item whose linkId is a screening answer code has the
 * code's type, its choices, and a range screening accepts (so no answer the wizard takes can fail screening
 * at submit); the items marked with the screening code system are exactly those.
 */
@FasciaIntegrationTest
class QuestionnaireAgreementTest {

	/** Screening codes no questionnaire item asks: taken with other instruments, sent through the API. */
	static final Set<String> OUTSIDE_THE_QUESTIONNAIRE = Set.of("startback_total", "startback_psychosocial",
			"soreness_hours_last_session");

	@Autowired
	Questionnaires questionnaires;

	@Autowired
	Screening screening;

	@Autowired
	org.fascia.intake.IntakeResponses responses;

	@Autowired
	ScreeningRecords records;

	@Autowired
	org.fascia.clients.ClientDirectory clients;

	@Test
	void everyScreeningItemOfEveryIntakeVersionMatchesTheScreeningSchema() {
		AnswerSchema schema = screening.schema();
		List<String> problems = new ArrayList<>();
		for (Questionnaire questionnaire : questionnaires.all()) {
			if (!Questionnaires.INTAKE.equals(questionnaire.url())) {
				continue;
			}
			String version = "intake " + questionnaire.version() + ": ";
			for (Questionnaire.Item item : questionnaire.questions()) {
				AnswerField field = schema.field(item.linkId());
				if (field == null) {
					if (item.screening()) {
						problems.add(version + item.linkId() + " carries a screening code screening does not read");
					}
					continue;
				}
				if (!item.screening()) {
					problems.add(version + item.linkId() + " is a screening code but is not marked with the code system");
				}
				Questionnaire.Type expected = switch (field.type()) {
					case INT -> Questionnaire.Type.INTEGER;
					case BOOL -> Questionnaire.Type.BOOLEAN;
					case ENUM -> Questionnaire.Type.CHOICE;
				};
				if (item.type() != expected) {
					problems.add(version + item.linkId() + " is " + item.type() + ", screening reads " + field.type());
					continue;
				}
				if (field.type() == AnswerType.ENUM) {
					List<String> codes = item.options().stream().map(Questionnaire.Option::code).toList();
					if (!codes.equals(field.choices())) {
						problems.add(version + item.linkId() + " offers " + codes + ", screening reads " + field.choices());
					}
				}
				if (field.type() == AnswerType.INT) {
					Integer min = item.min();
					Integer max = item.max();
					if (min == null || min < field.min() || max == null || max > field.max()) {
						problems.add(version + item.linkId() + " takes " + min + " to " + max
								+ ", screening accepts " + field.min() + " to " + field.max());
					}
				}
			}
		}
		assertThat(problems).isEmpty();
	}

	/** Before the ranges agreed, a clot 15 years ago or a pregnancy at 44 weeks failed the submit with a 500. */
	@Test
	void theLargestNumbersTheQuestionnaireTakesAreScreened() {
		long client = clients.create(null, "Edge", "Case", null, null);
		java.util.Map<String, Object> answers = new java.util.LinkedHashMap<>();
		answers.put("sex", "female");
		answers.put("pregnant", true);
		answers.put("clot_diagnosed", true);
		for (Questionnaire.Item item : questionnaires.current().questions()) {
			if (item.screening() && item.type() == Questionnaire.Type.INTEGER) {
				answers.put(item.linkId(), item.max());
			}
		}
		long response = responses.store(client, answers, org.fascia.intake.IntakeResponses.Source.STAFF_ENTERED,
				org.fascia.intake.IntakeSubmitted.Kind.INTAKE, null, null);
		assertThat(records.current(client).orElseThrow().responseId()).isEqualTo(response);
	}

	@Test
	void theCurrentIntakeAsksEveryScreeningCodeButTheInstrumentScores() {
		Questionnaire current = questionnaires.current();
		Set<String> notAsked = new LinkedHashSet<>(screening.schema().codes());
		current.questions().forEach(item -> notAsked.remove(item.linkId()));
		assertThat(notAsked).containsExactlyInAnyOrderElementsOf(OUTSIDE_THE_QUESTIONNAIRE);
	}

}
