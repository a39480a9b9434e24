package org.fascia.intake;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.fascia.platform.Pure;

/**
 * One version of a consent text, exactly as the client reads and signs it. The source is a small,
 * safe subset of Markdown: the first {@code # } line is the heading, {@code ## } lines are section
 * headings, {@code - } lines are list items, other lines make paragraphs. No HTML is produced here:
 * templates print each block as escaped text, so a text file can never inject markup.
 *
 * @param kind what it is consent to
 * @param version its version, 1, 2, ...; the highest is current
 * @param source the exact text; its SHA-256 is what a signature fingerprints
 */
@Pure
public record ConsentText(ConsentKind kind, int version, String source) {

	/** A heading, a paragraph or a list. */
	public record Block(String type, String text, List<String> items) {

		public boolean isHeading() {
			return "heading".equals(type);
		}

		public boolean isParagraph() {
			return "paragraph".equals(type);
		}

		public boolean isList() {
			return "list".equals(type);
		}

	}

	public ConsentText {
		if (version < 1) {
			throw new IllegalArgumentException("a consent text version starts at 1");
		}
		if (source == null || source.isBlank()) {
			throw new IllegalArgumentException("a consent text is not empty");
		}
	}

	/** The text's own title: its first {@code # } line, else the kind's label. */
	public String heading() {
		for (String line : source.split("\n")) {
			if (line.startsWith("# ")) {
				return line.substring(2).strip();
			}
		}
		return kind.label();
	}

	/** Hex SHA-256 of the UTF-8 text. */
	public String sha256() {
		return sha256(source);
	}

	public List<Block> blocks() {
		return blocks(source);
	}

	static String sha256(String text) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java runtime has SHA-256", ex);
		}
	}

	/** The blocks of a text, skipping its {@code # } title (shown as the page's heading). */
	static List<Block> blocks(String source) {
		List<Block> blocks = new ArrayList<>();
		StringBuilder paragraph = new StringBuilder();
		List<String> items = new ArrayList<>();
		for (String raw : source.replace("\r\n", "\n").split("\n")) {
			String line = raw.strip();
			boolean item = line.startsWith("- ");
			if (line.isEmpty() || line.startsWith("#") || item) {
				flushParagraph(blocks, paragraph);
			}
			if (!item) {
				flushList(blocks, items);
			}
			if (line.startsWith("## ")) {
				blocks.add(new Block("heading", line.substring(3).strip(), List.of()));
			}
			else if (item) {
				items.add(line.substring(2).strip());
			}
			else if (!line.isEmpty() && !line.startsWith("#")) {
				paragraph.append(paragraph.isEmpty() ? "" : " ").append(line);
			}
		}
		flushParagraph(blocks, paragraph);
		flushList(blocks, items);
		return List.copyOf(blocks);
	}

	private static void flushParagraph(List<Block> blocks, StringBuilder paragraph) {
		if (!paragraph.isEmpty()) {
			blocks.add(new Block("paragraph", paragraph.toString(), List.of()));
			paragraph.setLength(0);
		}
	}

	private static void flushList(List<Block> blocks, List<String> items) {
		if (!items.isEmpty()) {
			blocks.add(new Block("list", null, List.copyOf(items)));
			items.clear();
		}
	}

}
