package org.fascia.screening;

import java.util.Optional;

import org.fascia.platform.Pure;

/**
 * Tells a scanned document's type from its first bytes (its "magic number"), never from the name or
 * the content type the browser claims: PDF ({@code %PDF-}), JPEG ({@code FF D8 FF}) or PNG
 * ({@code 89 50 4E 47 0D 0A 1A 0A}).
 */
@Pure
final class DocumentSniffer {

	static final long MAX_BYTES = 10L * 1024 * 1024;

	private static final byte[] PDF = { '%', 'P', 'D', 'F', '-' };

	private static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A };

	private DocumentSniffer() {
	}

	/** The content type the bytes really are, or empty for anything but PDF, JPEG and PNG. */
	static Optional<String> sniff(byte[] bytes) {
		if (startsWith(bytes, PDF)) {
			return Optional.of("application/pdf");
		}
		if (startsWith(bytes, JPEG)) {
			return Optional.of("image/jpeg");
		}
		if (startsWith(bytes, PNG)) {
			return Optional.of("image/png");
		}
		return Optional.empty();
	}

	/** A size in words, e.g. "12.4 MB" or "830 KB". */
	static String size(long bytes) {
		if (bytes >= 1024 * 1024) {
			return String.format(java.util.Locale.UK, "%.1f MB", bytes / (1024.0 * 1024.0));
		}
		return Math.max(1, (bytes + 1023) / 1024) + " KB";
	}

	private static boolean startsWith(byte[] bytes, byte[] magic) {
		if (bytes == null || bytes.length < magic.length) {
			return false;
		}
		for (int i = 0; i < magic.length; i++) {
			if (bytes[i] != magic[i]) {
				return false;
			}
		}
		return true;
	}

}
