package org.fascia.identity;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Locale;
import java.util.OptionalLong;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.fascia.platform.Pure;

/**
 * Time-based one-time passwords, RFC 6238 (TOTP over RFC 4226 HOTP) with HMAC from javax.crypto, and the
 * Base32 (RFC 4648) that authenticator apps read. Fascia uses SHA-1, 6 digits and 30-second steps, the
 * parameters every authenticator app supports. Pure: no Spring.
 */
@Pure
public final class Totp {

	public static final int STEP_SECONDS = 30;

	public static final int DIGITS = 6;

	private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

	private static final SecureRandom RANDOM = new SecureRandom();

	private Totp() {
	}

	/** A new random 160-bit key (the size RFC 4226 recommends for HMAC-SHA1). */
	public static byte[] newKey() {
		byte[] key = new byte[20];
		RANDOM.nextBytes(key);
		return key;
	}

	/** The 30-second step an instant falls in (T = floor(unix seconds / 30), T0 = 0). */
	public static long step(Instant at) {
		return Math.floorDiv(at.getEpochSecond(), STEP_SECONDS);
	}

	/** The code for one step: HOTP(K, T) truncated to {@code digits}; algorithm e.g. "HmacSHA1". */
	public static String code(byte[] key, long step, int digits, String algorithm) {
		try {
			Mac mac = Mac.getInstance(algorithm);
			mac.init(new SecretKeySpec(key, algorithm));
			byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
			int offset = hash[hash.length - 1] & 0x0f;
			int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
					| ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
			int otp = binary % (int) Math.pow(10, digits);
			return String.format(Locale.ROOT, "%0" + digits + "d", otp);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public static String code(byte[] key, long step) {
		return code(key, step, DIGITS, "HmacSHA1");
	}

	/**
	 * The step whose code this is, looking one step either side of now (clock drift), and only at steps
	 * after {@code lastUsedStep} (a code is accepted once); empty when it matches none.
	 */
	public static OptionalLong matchingStep(byte[] key, String code, Instant now, long lastUsedStep) {
		String given = code == null ? "" : code.replaceAll("\\s", "");
		if (!given.matches("\\d{" + DIGITS + "}")) {
			return OptionalLong.empty();
		}
		long current = step(now);
		for (long step = current - 1; step <= current + 1; step++) {
			if (step > lastUsedStep && MessageDigest.isEqual(code(key, step).getBytes(), given.getBytes())) {
				return OptionalLong.of(step);
			}
		}
		return OptionalLong.empty();
	}

	/** The key in Base32 without padding, as an authenticator app takes it. */
	public static String base32(byte[] data) {
		StringBuilder out = new StringBuilder();
		int buffer = 0;
		int bits = 0;
		for (byte b : data) {
			buffer = (buffer << 8) | (b & 0xff);
			bits += 8;
			while (bits >= 5) {
				out.append(BASE32.charAt((buffer >> (bits - 5)) & 31));
				bits -= 5;
			}
		}
		if (bits > 0) {
			out.append(BASE32.charAt((buffer << (5 - bits)) & 31));
		}
		return out.toString();
	}

	public static byte[] fromBase32(String text) {
		String clean = text.replaceAll("[\\s=-]", "").toUpperCase(Locale.ROOT);
		ByteBuffer out = ByteBuffer.allocate(clean.length() * 5 / 8);
		int buffer = 0;
		int bits = 0;
		for (char c : clean.toCharArray()) {
			int value = BASE32.indexOf(c);
			if (value < 0) {
				throw new IllegalArgumentException("not Base32: " + c);
			}
			buffer = (buffer << 5) | value;
			bits += 5;
			if (bits >= 8) {
				out.put((byte) (buffer >> (bits - 8)));
				bits -= 8;
			}
		}
		return java.util.Arrays.copyOf(out.array(), out.position());
	}

}
