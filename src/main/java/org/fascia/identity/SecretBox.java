package org.fascia.identity;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Secrets Fascia must be able to read back (two-step keys): encrypted at rest with AES-GCM when
 * {@code fascia.secrets.key} (Base64 of 16, 24 or 32 random bytes; env FASCIA_SECRETS_KEY) is set,
 * otherwise stored as they are, marked so that a key configured later still reads them.
 */
@Component
class SecretBox {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final SecretKeySpec key;

	SecretBox(@Value("${fascia.secrets.key:${FASCIA_SECRETS_KEY:}}") String base64Key) {
		if (base64Key == null || base64Key.isBlank()) {
			this.key = null;
		}
		else {
			byte[] bytes = Base64.getDecoder().decode(base64Key.strip());
			if (bytes.length != 16 && bytes.length != 24 && bytes.length != 32) {
				throw new IllegalStateException("fascia.secrets.key must be Base64 of 16, 24 or 32 bytes");
			}
			this.key = new SecretKeySpec(bytes, "AES");
		}
	}

	boolean encrypts() {
		return key != null;
	}

	String seal(byte[] secret) {
		if (key == null) {
			return "raw:" + Base64.getEncoder().encodeToString(secret);
		}
		try {
			byte[] iv = new byte[12];
			RANDOM.nextBytes(iv);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
			byte[] sealed = cipher.doFinal(secret);
			return "aes:" + Base64.getEncoder()
				.encodeToString(ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	byte[] open(String stored) {
		if (stored.startsWith("raw:")) {
			return Base64.getDecoder().decode(stored.substring(4));
		}
		if (!stored.startsWith("aes:")) {
			throw new IllegalStateException("unknown secret format");
		}
		if (key == null) {
			throw new IllegalStateException("a secret is encrypted but fascia.secrets.key is not set");
		}
		try {
			byte[] all = Base64.getDecoder().decode(stored.substring(4));
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, all, 0, 12));
			return cipher.doFinal(Arrays.copyOfRange(all, 12, all.length));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("could not decrypt a stored secret (wrong fascia.secrets.key?)", ex);
		}
	}

}
