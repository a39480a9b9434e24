package org.fascia.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;

import org.junit.jupiter.api.Test;

/** Two-step keys at rest: AES-GCM with fascia.secrets.key, readable only with that key. */
class SecretBoxTest {

	private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);

	private static final String OTHER = Base64.getEncoder().encodeToString("another key of 32 bytes, exactly".getBytes());

	@Test
	void withAKeyTheSecretIsEncryptedAndOpensOnlyWithIt() {
		byte[] secret = Totp.newKey();
		SecretBox box = new SecretBox(KEY);
		String sealed = box.seal(secret);
		assertThat(sealed).startsWith("aes:").doesNotContain(Base64.getEncoder().encodeToString(secret));
		assertThat(box.seal(secret)).as("a fresh IV each time").isNotEqualTo(sealed);
		assertThat(box.open(sealed)).isEqualTo(secret);
		assertThatThrownBy(() -> new SecretBox(OTHER).open(sealed)).isInstanceOf(IllegalStateException.class);
		assertThatThrownBy(() -> new SecretBox("").open(sealed)).hasMessageContaining("fascia.secrets.key");
	}

	@Test
	void withoutAKeySecretsAreMarkedRawAndAKeyAddedLaterStillReadsThem() {
		byte[] secret = Totp.newKey();
		String raw = new SecretBox("").seal(secret);
		assertThat(raw).startsWith("raw:");
		assertThat(new SecretBox(KEY).open(raw)).isEqualTo(secret);
		assertThatThrownBy(() -> new SecretBox("c2hvcnQ=")).hasMessageContaining("16, 24 or 32 bytes");
	}

}
