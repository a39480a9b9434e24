package org.fascia.support;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * The English message bundle as written ({@code src/main/resources/messages.properties}), for the tests that check
 * the keys a template builds from an enum value ({@code #{'booking.status.' + ...}}), which MessageBundlesTest cannot
 * see.
 */
public final class EnglishBundle {

	private EnglishBundle() {
	}

	public static Properties load() {
		Properties p = new Properties();
		try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources/messages.properties"),
				StandardCharsets.UTF_8)) {
			p.load(reader);
		}
		catch (IOException ex) {
			throw new IllegalStateException("cannot read messages.properties", ex);
		}
		return p;
	}

}
