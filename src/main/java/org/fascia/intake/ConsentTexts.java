package org.fascia.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The registry of consent texts, loaded once from {@code classpath*:consent/<kind>-<version>.md}. The
 * current version of a kind is its highest. A misnamed file, an unknown kind, a duplicate version or a
 * kind without any text stops the application from starting.
 */
@Component
class ConsentTexts {

	static final String LOCATION = "classpath*:consent/*.md";

	private static final Pattern FILE = Pattern.compile("([a-z][a-z-]*[a-z])-([1-9][0-9]{0,5})\\.md");

	private final Map<ConsentKind, TreeMap<Integer, ConsentText>> texts = new EnumMap<>(ConsentKind.class);

	ConsentTexts() {
		this(LOCATION);
	}

	/** A registry from other locations too, e.g. a test's directory holding a newer version. */
	ConsentTexts(String... locations) {
		PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
		for (String location : locations) {
			try {
				for (Resource resource : resolver.getResources(location)) {
					load(resource);
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException("cannot list consent texts at " + location, ex);
			}
		}
		for (ConsentKind kind : ConsentKind.values()) {
			if (!texts.containsKey(kind)) {
				throw new IllegalStateException("no consent text for " + kind + ": add consent/" + kind.slug() + "-1.md");
			}
		}
	}

	private void load(Resource resource) throws IOException {
		String name = resource.getFilename();
		Matcher matcher = name == null ? null : FILE.matcher(name);
		if (matcher == null || !matcher.matches()) {
			throw new IllegalStateException("a consent text is named <kind>-<version>.md, not " + name);
		}
		ConsentKind kind = ConsentKind.ofSlug(matcher.group(1));
		if (kind == null) {
			throw new IllegalStateException("unknown consent kind in " + name);
		}
		int version = Integer.parseInt(matcher.group(2));
		String source;
		try (InputStream in = resource.getInputStream()) {
			source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		ConsentText previous = texts.computeIfAbsent(kind, k -> new TreeMap<>())
			.putIfAbsent(version, new ConsentText(kind, version, source));
		if (previous != null) {
			throw new IllegalStateException("two files for " + kind + " version " + version);
		}
	}

	/** The version a client signs today. */
	ConsentText current(ConsentKind kind) {
		return texts.get(kind).lastEntry().getValue();
	}

	/** The current text of every kind, in the kinds' order. */
	List<ConsentText> current() {
		List<ConsentText> current = new ArrayList<>();
		for (ConsentKind kind : ConsentKind.values()) {
			current.add(current(kind));
		}
		return Collections.unmodifiableList(current);
	}

	Optional<ConsentText> find(ConsentKind kind, int version) {
		return Optional.ofNullable(texts.get(kind).get(version));
	}

	/** Every version of a kind, oldest first. */
	List<ConsentText> versions(ConsentKind kind) {
		return texts.get(kind).values().stream().sorted(Comparator.comparingInt(ConsentText::version)).toList();
	}

}
