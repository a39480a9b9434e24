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

	/** A problem detail written out in Java: {@code ApiProblem.notFound("There is no …")}, with or without a field. */
	static final Pattern PROSE_PROBLEM = Pattern
		.compile("ApiProblem\\.[a-zA-Z]+\\((\"[a-zA-Z.\\[\\]0-9]+\", )?\"[^\"]* [^\"]*\"");

	/** A mail's subject written out where the mail is made. */
	static final Pattern PROSE_SUBJECT = Pattern.compile("new OutgoingMail\\([^,;]+,\\s*\"[^\"]* [^\"]*\"");

	/** A text block, from its opening to its closing quotes. */
	static final Pattern TEXT_BLOCK = Pattern.compile("\"\"\"[ \\t]*\\n(.*?)\"\"\"", Pattern.DOTALL);

	@Test
	void problemDetailsAndMailsComeFromTheBundle() throws IOException {
		Set<String> prose = new TreeSet<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
				String source = Files.readString(file);
				for (Pattern pattern : List.of(PROSE_PROBLEM, PROSE_SUBJECT)) {
					Matcher m = pattern.matcher(source);
					while (m.find()) {
						prose.add(file.getFileName() + ": " + m.group().lines().findFirst().orElse(""));
					}
				}
				if (source.contains("new OutgoingMail(")) {
					// where mails are made, a text block is SQL, never a mail's words
					Matcher block = TEXT_BLOCK.matcher(source);
					while (block.find()) {
						String first = block.group(1).strip().lines().findFirst().orElse("");
						if (!first.toLowerCase(java.util.Locale.ROOT)
							.matches("(select|insert|update|delete|with|merge|values)\\b.*")) {
							prose.add(file.getFileName() + ": text block \"" + first + "\"");
						}
					}
				}
			}
		}
		assertThat(prose).as("words written out in Java instead of taken from the bundle").isEmpty();
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
