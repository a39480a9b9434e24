package org.fascia.payments;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/**
 * The payment page and the receipt print the method as {@code #{'payments.method.' + ${m.name()}}}: keys
 * MessageBundlesTest cannot see, so every method must have one here. The bundle is the only place a method is worded.
 */
class PaymentMethodWordsTest {

	@Test
	void everyMethodHasItsWord() throws IOException {
		Properties english = new Properties();
		try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources/messages.properties"),
				StandardCharsets.UTF_8)) {
			english.load(reader);
		}
		for (PaymentMethod method : PaymentMethod.values()) {
			assertThat(english.getProperty("payments.method." + method.name())).as(method.name()).isNotBlank();
		}
	}

}
