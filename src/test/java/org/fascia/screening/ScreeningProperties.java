package org.fascia.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fascia.screening.Answers.ENGINE;
import static org.fascia.screening.Answers.RULES;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Properties of the engine over random answer sets. Numbers are drawn mostly from the thresholds the
 * rules compare against (and their neighbours), so the edges of every condition are exercised.
 */
class ScreeningProperties {

	/** Every number a rule compares each int answer with, with its neighbours, the range ends. */
	private static final Map<String, List<Integer>> INTERESTING = interestingNumbers();

	@Provide
	Arbitrary<Map<String, Object>> answers() {
		List<Arbitrary<Object>> perField = new ArrayList<>();
		List<String> codes = new ArrayList<>(RULES.schema().codes());
		for (String code : codes) {
			perField.add(Arbitraries.frequencyOf(
					net.jqwik.api.Tuple.of(3, Arbitraries.just(null)),
					net.jqwik.api.Tuple.of(2, value(RULES.schema().field(code)))));
		}
		return Combinators.combine(perField).as(values -> {
			Map<String, Object> answers = new LinkedHashMap<>();
			for (int i = 0; i < codes.size(); i++) {
				if (values.get(i) != null) {
					answers.put(codes.get(i), values.get(i));
				}
			}
			return answers;
		});
	}

	private static Arbitrary<Object> value(AnswerField field) {
		return switch (field.type()) {
			case BOOL -> Arbitraries.of(true, false).map(b -> (Object) b);
			case ENUM -> Arbitraries.of(field.choices()).map(s -> (Object) s);
			case INT -> Arbitraries.oneOf(Arbitraries.of(INTERESTING.get(field.code())),
					Arbitraries.integers().between(field.min(), field.max())).map(i -> (Object) i);
		};
	}

	@Property(tries = 1000)
	void aYesNeverMakesTheDecisionOrTheAdviceLessRestrictive(@ForAll("answers") Map<String, Object> answers) {
		ScreeningResult before = ENGINE.evaluate(answers);
		for (AnswerField field : RULES.schema().fields().values()) {
			if (field.type() != AnswerType.BOOL || Boolean.TRUE.equals(answers.get(field.code()))) {
				continue;
			}
			Map<String, Object> withYes = new LinkedHashMap<>(answers);
			withYes.put(field.code(), true);
			ScreeningResult after = ENGINE.evaluate(withYes);
			assertThat(before.decision().isMoreRestrictiveThan(after.decision()))
				.as("%s=true lowered %s to %s for %s", field.code(), before.decision(), after.decision(), answers)
				.isFalse();
			assertThat(before.referralAdvice().compareTo(after.referralAdvice()))
				.as("%s=true lowered the advice %s to %s for %s", field.code(), before.referralAdvice(),
						after.referralAdvice(), answers)
				.isLessThanOrEqualTo(0);
		}
	}

	@Property(tries = 500)
	void theResultIsTheMaximumOfTheFiredRulesWithEachCautionOnce(@ForAll("answers") Map<String, Object> answers) {
		ScreeningResult result = ENGINE.evaluate(answers);
		List<Rule> fired = RULES.rules().stream().filter(rule -> rule.condition().test(answers)).toList();
		assertThat(result.findings()).extracting(Finding::rule).containsExactlyElementsOf(fired.stream().map(Rule::id).toList());
		assertThat(result.decision()).isEqualTo(
				fired.stream().map(Rule::effectiveDecision).reduce(Decision.PROCEED, Decision::max));
		assertThat(result.referralAdvice()).isEqualTo(
				fired.stream().map(Rule::referralAdvice).reduce(ReferralAdvice.NONE, ReferralAdvice::max));
		Set<String> cautions = fired.stream().flatMap(rule -> rule.cautions().stream()).collect(Collectors.toSet());
		assertThat(result.cautions()).extracting(Caution::code).doesNotHaveDuplicates()
			.containsExactlyInAnyOrderElementsOf(cautions);
		assertThat(result.decision() == Decision.PROCEED).isEqualTo(fired.isEmpty());
		if (!result.cautions().isEmpty()) {
			assertThat(result.decision()).isNotEqualTo(Decision.PROCEED);
		}
	}

	@Property(tries = 200)
	void theOrderOfTheAnswersDoesNotMatter(@ForAll("answers") Map<String, Object> answers) {
		List<Map.Entry<String, Object>> entries = new ArrayList<>(answers.entrySet());
		Collections.reverse(entries);
		Map<String, Object> reversed = new LinkedHashMap<>();
		entries.forEach(entry -> reversed.put(entry.getKey(), entry.getValue()));
		assertThat(ENGINE.evaluate(reversed)).isEqualTo(ENGINE.evaluate(answers));
	}

	private static Map<String, List<Integer>> interestingNumbers() {
		Map<String, Set<Integer>> numbers = new HashMap<>();
		RULES.schema().fields().values().stream().filter(field -> field.type() == AnswerType.INT)
			.forEach(field -> numbers.put(field.code(), new TreeSet<>(List.of(field.min(), field.max()))));
		List<Condition> pending = new ArrayList<>();
		RULES.rules().forEach(rule -> pending.add(rule.condition()));
		while (!pending.isEmpty()) {
			Condition condition = pending.remove(pending.size() - 1);
			if (condition instanceof Condition.Compare compare) {
				add(numbers, compare.code(), compare.bound());
			}
			else if (condition instanceof Condition.Eq eq && eq.value() instanceof Integer n) {
				add(numbers, eq.code(), n);
			}
			else if (condition instanceof Condition.Ne ne && ne.value() instanceof Integer n) {
				add(numbers, ne.code(), n);
			}
			else if (condition instanceof Condition.Any any) {
				pending.addAll(any.conditions());
			}
			else if (condition instanceof Condition.All all) {
				pending.addAll(all.conditions());
			}
			else if (condition instanceof Condition.Count count) {
				pending.addAll(count.conditions());
			}
		}
		Map<String, List<Integer>> within = new HashMap<>();
		numbers.forEach((code, values) -> {
			AnswerField field = RULES.schema().field(code);
			within.put(code, values.stream().filter(n -> n >= field.min() && n <= field.max()).toList());
		});
		return within;
	}

	private static void add(Map<String, Set<Integer>> numbers, String code, int bound) {
		numbers.get(code).addAll(List.of(bound - 1, bound, bound + 1));
	}

}
