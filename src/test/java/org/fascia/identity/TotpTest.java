package org.fascia.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** RFC 6238 Appendix B test vectors (8 digits, T0 = 0, X = 30 s), and Base32 per RFC 4648 section 10. */
class TotpTest {

	private static final byte[] SHA1_KEY = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] SHA256_KEY = "12345678901234567890123456789012".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] SHA512_KEY = "1234567890123456789012345678901234567890123456789012345678901234"
		.getBytes(StandardCharsets.US_ASCII);

	@ParameterizedTest(name = "{0}s {1}")
	@CsvSource({ "59, HmacSHA1, 94287082", "59, HmacSHA256, 46119246", "59, HmacSHA512, 90693936",
			"1111111109, HmacSHA1, 07081804", "1111111109, HmacSHA256, 68084774", "1111111109, HmacSHA512, 25091201",
			"1111111111, HmacSHA1, 14050471", "1111111111, HmacSHA256, 67062674", "1111111111, HmacSHA512, 99943326",
			"1234567890, HmacSHA1, 89005924", "1234567890, HmacSHA256, 91819424", "1234567890, HmacSHA512, 93441116",
			"2000000000, HmacSHA1, 69279037", "2000000000, HmacSHA256, 90698825", "2000000000, HmacSHA512, 38618901",
			"20000000000, HmacSHA1, 65353130", "20000000000, HmacSHA256, 77737706", "20000000000, HmacSHA512, 47863826" })
	void matchesTheRfc6238Vectors(long seconds, String algorithm, String expected) {
		byte[] key = switch (algorithm) {
			case "HmacSHA1" -> SHA1_KEY;
			case "HmacSHA256" -> SHA256_KEY;
			default -> SHA512_KEY;
		};
		assertThat(Totp.code(key, Totp.step(Instant.ofEpochSecond(seconds)), 8, algorithm)).isEqualTo(expected);
	}

	@Test
	void sixDigitCodesAreTheLastSixOfTheRfcValue() {
		assertThat(Totp.code(SHA1_KEY, Totp.step(Instant.ofEpochSecond(59)))).isEqualTo("287082");
	}

	@Test
	void acceptsOneStepOfDriftAndEachStepOnce() {
		Instant now = Instant.ofEpochSecond(1111111111);
		long step = Totp.step(now);
		assertThat(Totp.matchingStep(SHA1_KEY, Totp.code(SHA1_KEY, step - 1), now, 0)).hasValue(step - 1);
		assertThat(Totp.matchingStep(SHA1_KEY, Totp.code(SHA1_KEY, step + 1), now, 0)).hasValue(step + 1);
		assertThat(Totp.matchingStep(SHA1_KEY, Totp.code(SHA1_KEY, step - 2), now, 0)).isEmpty();
		assertThat(Totp.matchingStep(SHA1_KEY, Totp.code(SHA1_KEY, step), now, step)).as("used once").isEmpty();
		assertThat(Totp.matchingStep(SHA1_KEY, "12345", now, 0)).isEmpty();
		assertThat(Totp.matchingStep(SHA1_KEY, null, now, 0)).isEmpty();
	}

	@Test
	void base32RoundTripsAndMatchesRfc4648() {
		assertThat(Totp.base32("foobar".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXW6YTBOI");
		assertThat(Totp.base32("f".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MY");
		assertThat(Totp.base32(SHA1_KEY)).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
		byte[] key = Totp.newKey();
		assertThat(Totp.fromBase32(Totp.base32(key))).isEqualTo(key);
		assertThat(Totp.fromBase32("mzxw 6ytb oi")).isEqualTo("foobar".getBytes(StandardCharsets.US_ASCII));
	}

}
