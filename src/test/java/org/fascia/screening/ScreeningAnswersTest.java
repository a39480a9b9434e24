package org.fascia.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;

import org.fascia.platform.ApiProblem;
import org.fascia.support.FasciaIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Raw answers from a request become typed answers, or a 400 naming each bad field precisely, in the words of the
 * message bundle (so the application's, with its message source).
 */
@FasciaIntegrationTest
class ScreeningAnswersTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	Screening screening;

	private static JsonNode json(String singleQuoted) {
		return JSON.readTree(singleQuoted.replace('\'', '"'));
	}

	private ApiProblem refused(String answers) {
		return catchThrowableOfType(ApiProblem.class, () -> screening.parse(json(answers)));
	}

	@Test
	void validAnswersBecomeTypedAnswersInSchemaOrderAndNullsAreAbsent() {
		Map<String, Object> typed = screening
			.parse(json("{'night_pain':true,'sex':'female','fever':null,'age':52,'pain_duration_days':3.0}"));
		assertThat(typed).containsExactly(Map.entry("age", 52), Map.entry("sex", "female"),
				Map.entry("pain_duration_days", 3), Map.entry("night_pain", true));
		assertThat(typed.get("age")).isInstanceOf(Integer.class);
		assertThat(screening.evaluate(typed).findings()).extracting(Finding::rule).containsExactly("combined-malignancy-flags");
		assertThat(screening.parse(json("{}"))).isEmpty();
	}

	@Test
	void anUnknownCodeIsNamedWithASuggestion() {
		ApiProblem problem = refused("{'agee':40}");
		assertThat(problem.getStatusCode().value()).isEqualTo(400);
		assertThat(problem.field()).isEqualTo("answers.agee");
		assertThat(problem.errors().get("answers.agee")).isEqualTo(
				"\"agee\" is not an answer code screening reads. Did you mean \"age\"?");
		assertThat(refused("{'shoe_size':40}").errors().get("answers.shoe_size"))
			.isEqualTo("\"shoe_size\" is not an answer code screening reads.");
	}

	@Test
	void wrongTypesAreNamedWithWhatIsExpected() {
		assertThat(refused("{'night_pain':'true'}").errors())
			.containsExactly(Map.entry("answers.night_pain", "night_pain must be true or false, not the text \"true\"."));
		assertThat(refused("{'night_pain':1}").errors().get("answers.night_pain")).contains("true or false");
		assertThat(refused("{'age':3.5}").errors())
			.containsExactly(Map.entry("answers.age", "age must be a whole number from 0 to 120, not 3.5."));
		assertThat(refused("{'age':'52'}").errors().get("answers.age")).contains("whole number");
		assertThat(refused("{'sex':'maybe'}").errors())
			.containsExactly(Map.entry("answers.sex", "sex must be one of female, male, other, not the text \"maybe\"."));
		assertThat(refused("{'cancer':true}").errors().get("answers.cancer")).contains("none, past, active");
		assertThat(refused("{'leg_pain':['one_leg']}").errors().get("answers.leg_pain")).contains("not a list");
		assertThat(refused("{'leg_pain':{'side':'left'}}").errors().get("answers.leg_pain")).contains("not an object");
	}

	@Test
	void outOfRangeNumbersAreNamedWithTheRange() {
		assertThat(refused("{'age':300}").errors())
			.containsExactly(Map.entry("answers.age", "age must be from 0 to 120; 300 is out of range."));
		assertThat(refused("{'surgery_weeks_ago':-2}").errors().get("answers.surgery_weeks_ago")).contains("from 0 to 520");
		assertThat(refused("{'pregnant_weeks':46}").errors().get("answers.pregnant_weeks")).contains("from 0 to 45");
		assertThat(refused("{'startback_psychosocial':6}").errors().get("answers.startback_psychosocial"))
			.contains("from 0 to 5");
		assertThat(refused("{'age':100000000000000000000000000000}").errors().get("answers.age")).contains("out of range");
	}

	@Test
	void everyBadFieldIsNamedAtOnce() {
		ApiProblem problem = refused("{'age':300,'sex':'x','night_pain':'yes','agee':1,'fever':true}");
		assertThat(problem.errors().keySet()).containsExactly("answers.age", "answers.sex", "answers.night_pain",
				"answers.agee");
	}

	@Test
	void answersThatAreNotAnObjectAreNamed() {
		for (JsonNode notAnObject : List.of(json("[]"), json("'text'"), json("null"))) {
			ApiProblem problem = catchThrowableOfType(ApiProblem.class, () -> screening.parse(notAnObject));
			assertThat(problem.field()).isEqualTo("answers");
		}
		assertThat(catchThrowableOfType(ApiProblem.class, () -> screening.parse((JsonNode) null)).field())
			.isEqualTo("answers");
		assertThat(catchThrowableOfType(ApiProblem.class, () -> screening.parse(json("{'age':-1}"), "items")).field())
			.isEqualTo("items.age");
	}

	@Test
	void answersDecodedElsewhereAreReadTheSameWay() {
		Map<String, Object> typed = screening.parse(Answers.of("age", 40L, "pain_onset_age", BigInteger.valueOf(30),
				"trauma", "minor", "osteoporosis", true), "answers");
		assertThat(typed).containsExactly(Map.entry("age", 40), Map.entry("pain_onset_age", 30),
				Map.entry("trauma", "minor"), Map.entry("osteoporosis", true));
		ApiProblem problem = catchThrowableOfType(ApiProblem.class,
				() -> screening.parse(Answers.of("age", 40.5), "answers"));
		assertThat(problem.field()).isEqualTo("answers.age");
	}

	@Test
	void theSchemaIsPublicWithTypesChoicesAndRanges() {
		AnswerSchema schema = screening.schema();
		assertThat(schema.codes()).hasSize(60).startsWith("age", "sex");
		assertThat(schema.field("sex")).isEqualTo(new AnswerField("sex", AnswerType.ENUM, List.of("female", "male", "other"),
				null, null));
		assertThat(schema.field("age")).isEqualTo(new AnswerField("age", AnswerType.INT, List.of(), 0, 120));
		assertThat(schema.field("pain_duration_days").max()).isEqualTo(36500);
		assertThat(schema.field("dvt_history_weeks").max()).isEqualTo(5200);
		assertThat(schema.field("startback_total").max()).isEqualTo(9);
		assertThat(schema.field("soreness_hours_last_session").max()).isEqualTo(720);
		assertThat(schema.field("bladder_change").type()).isEqualTo(AnswerType.BOOL);
		assertThat(schema.field("no_such_code")).isNull();
		assertThat(screening.rulesVersion()).isNotBlank();
	}

}
