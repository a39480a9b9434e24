package org.fascia.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.fascia.identity.PasswordPolicy.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The rules name each problem; PasswordRules words them from the bundle (PasswordResetTest sees them on the page). */
class PasswordPolicyTest {

	private final PasswordPolicy policy = PasswordPolicy.standard();

	@ParameterizedTest
	@ValueSource(strings = { "correct horse battery", "my back feels better now", "Ünïcödé-päss-wörd", "aaaaaaaaaaab" })
	void acceptsLongPasswordsWithoutCompositionRules(String password) {
		assertThat(policy.problems(password, "someone@example.com")).isEmpty();
	}

	@Test
	void refusesShortPasswords() {
		assertThat(policy.problems("short-pass1", null)).containsExactly(Problem.TOO_SHORT);
	}

	@Test
	void countsCharactersNotBytesOrUtf16Units() {
		// 12 emoji are 24 UTF-16 units but 12 characters: long enough.
		assertThat(policy.problems("😀".repeat(11), null)).isNotEmpty();
		assertThat(policy.problems("😀😁😂🤣😃😄😅😆😉😊😋😎", null)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "1qaz2wsx3edc", "qwerty123456", "QWERTY123456", "123qweasdzxc", "leavemealone" })
	void refusesCommonPasswordsInAnyCase(String password) {
		assertThat(policy.problems(password, null)).contains(Problem.COMMON);
	}

	@Test
	void theShippedListHoldsTheThousandMostCommon() {
		assertThat(policy.problems("password", null)).contains(Problem.COMMON);
		assertThat(policy.problems("123456", null)).contains(Problem.COMMON);
	}

	@Test
	void refusesTheEmailAddressAndRepeatedCharacters() {
		assertThat(policy.problems("therapist.anna@example.com", "Therapist.Anna@example.com")).contains(Problem.EMAIL);
		assertThat(policy.problems("therapistanna", "therapistanna@example.com")).contains(Problem.EMAIL);
		assertThat(policy.problems("zzzzzzzzzzzzzzzz", null)).containsExactly(Problem.REPEATED);
	}

	@Test
	void refusesEmptyAndOverlongPasswords() {
		assertThat(policy.problems("", null)).containsExactly(Problem.EMPTY);
		assertThat(policy.problems(null, null)).containsExactly(Problem.EMPTY);
		assertThat(policy.problems("x".repeat(60) + "y".repeat(69), null)).contains(Problem.TOO_LONG);
	}

}
