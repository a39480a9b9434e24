package org.fascia.payments;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;

import org.junit.jupiter.api.Test;

/**
 * The payment page and the receipt print the method as {@code #{'payments.method.' + ${m.name()}}}: keys
 * MessageBundlesTest cannot see, so every method must have one here. The bundle is the only place a method is worded.
 */
class PaymentMethodWordsTest {

	@Test
	void everyMethodHasItsWord() {
		Properties english = org.fascia.support.EnglishBundle.load();
		for (PaymentMethod method : PaymentMethod.values()) {
			assertThat(english.getProperty("payments.method." + method.name())).as(method.name()).isNotBlank();
		}
	}

}
