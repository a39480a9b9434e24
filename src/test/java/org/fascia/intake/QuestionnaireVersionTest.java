package org.fascia.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.fascia.clients.ClientDirectory;
import org.fascia.support.FasciaIntegrationTest;
import org.fascia.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/** With a version 2 installed, a response answered on version 1 keeps it and is read with it. */
@FasciaIntegrationTest
@TestPropertySource(properties = "fascia.intake.questionnaires=classpath*:questionnaires/*.json,classpath:intake-test/intake-2.json")
class QuestionnaireVersionTest {

	@Autowired
	Questionnaires questionnaires;

	@Autowired
	IntakeResponses responses;

	@Autowired
	ResponseStore store;

	@Autowired
	ClientDirectory clients;

	@Autowired
	TestAccounts accounts;

	@Autowired
	TransactionTemplate tx;

	@Test
	void aResponseKeepsTheVersionItAnswered() {
		accounts.ensureClinic();
		long clientId = clients.create(null, "Vera", "Sion", TestAccounts.unique("version"), null);
		assertThat(questionnaires.current().version()).isEqualTo("2");
		Questionnaire one = questionnaires.get(Questionnaires.INTAKE, "1");
		long old = tx.execute(status -> {
			long id = store.insert(clientId, one, IntakeSubmitted.Kind.INTAKE, ResponseStore.Status.SUBMITTED,
					IntakeResponses.Source.CLIENT, null, null, List.of(), Instant.now());
			store.insertAnswers(id, Map.of("age", 33));
			return id;
		});
		long now = responses.store(clientId, Map.of("age", 34), IntakeResponses.Source.API, IntakeSubmitted.Kind.INTAKE,
				null, null);
		IntakeResponses.View oldView = responses.view(old);
		assertThat(oldView.summary().version()).isEqualTo("1");
		assertThat(oldView.steps().get(0).answers()).extracting(IntakeResponses.AnswerLine::question)
			.containsExactly("How old are you?");
		IntakeResponses.View newView = responses.view(now);
		assertThat(newView.summary().version()).isEqualTo("2");
		assertThat(newView.steps().get(0).answers()).extracting(IntakeResponses.AnswerLine::question)
			.containsExactly("Your age in years (version 2)");
	}

}
