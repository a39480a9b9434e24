package org.fascia.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The message bundles stay in step (issue 7, requirement 7): every {@code #{key}} a template uses is in the English
 * bundle with a text; every other language's bundle has exactly the English keys; and a message with arguments has
 * no plain apostrophe (MessageFormat would swallow it).
 */
class MessageBundlesTest {

	static final Path RESOURCES = Path.of("src/main/resources");

	static final Pattern KEY = Pattern.compile("#\\{([A-Za-z0-9_.-]+)");

	/** A key Java code asks {@link Words} for, or a Bean Validation message written as {@code "{key}"}. */
	static final Pattern JAVA_KEY = Pattern
		.compile("words\\.text\\(\"([A-Za-z0-9_.-]+)\"|message = \"\\{([A-Za-z0-9_.-]+)}\"");

	static Properties load(Path file) throws IOException {
		Properties p = new Properties();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			p.load(reader);
		}
		return p;
	}

	@Test
	void everyKeyATemplateUsesHasAnEnglishText() throws IOException {
		Properties english = load(RESOURCES.resolve("messages.properties"));
		Set<String> missing = new TreeSet<>();
		Set<String> used = new TreeSet<>();
		try (Stream<Path> files = Files.walk(RESOURCES.resolve("templates"))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
				Matcher m = KEY.matcher(Files.readString(file));
				while (m.find()) {
					used.add(m.group(1));
					if (english.getProperty(m.group(1), "").isBlank()) {
						missing.add(RESOURCES.relativize(file) + ": " + m.group(1));
					}
				}
			}
		}
		assertThat(used).as("templates read their words from the bundle").isNotEmpty();
		assertThat(missing).as("keys without an English text").isEmpty();
	}

	@Test
	void everyKeyJavaCodeUsesHasAnEnglishText() throws IOException {
		Properties english = load(RESOURCES.resolve("messages.properties"));
		Set<String> missing = new TreeSet<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
				Matcher m = JAVA_KEY.matcher(Files.readString(file));
				while (m.find()) {
					String key = m.group(1) != null ? m.group(1) : m.group(2);
					if (english.getProperty(key, "").isBlank()) {
						missing.add(file.getFileName() + ": " + key);
					}
				}
			}
		}
		assertThat(missing).as("keys in Java code without an English text").isEmpty();
	}

	@Test
	void everyLanguageHasExactlyTheEnglishKeys() throws IOException {
		Set<String> english = new TreeSet<>(load(RESOURCES.resolve("messages.properties")).stringPropertyNames());
		List<Path> others;
		try (Stream<Path> files = Files.list(RESOURCES)) {
			others = files.filter(f -> f.getFileName().toString().matches("messages_[a-zA-Z_]+\\.properties")).toList();
		}
		for (Path other : others) {
			assertThat(new TreeSet<>(load(other).stringPropertyNames())).as(other.getFileName().toString())
				.isEqualTo(english);
		}
	}

	@Test
	void messagesWithArgumentsUseTypographicApostrophes() throws IOException {
		Properties english = load(RESOURCES.resolve("messages.properties"));
		Set<String> bad = new TreeSet<>();
		for (String key : english.stringPropertyNames()) {
			String text = english.getProperty(key);
			if (text.matches(".*\\{\\d+}.*") && text.contains("'")) {
				bad.add(key);
			}
		}
		assertThat(bad).as("messages with {0} and a plain apostrophe").isEmpty();
	}

}
