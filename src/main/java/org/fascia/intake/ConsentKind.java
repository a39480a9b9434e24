package org.fascia.intake;

/** What a client consents to; each kind has its own versioned text under {@code consent/<slug>-<version>.md}. */
public enum ConsentKind {

	MASSAGE("massage", "Consent to massage treatment"),

	DATA_PROCESSING("data-processing", "How we use your information");

	private final String slug;

	private final String label;

	ConsentKind(String slug, String label) {
		this.slug = slug;
		this.label = label;
	}

	/** The file-name stem and form-field suffix, e.g. {@code data-processing}. */
	public String slug() {
		return slug;
	}

	/** A short name for lists and messages. */
	public String label() {
		return label;
	}

	static ConsentKind ofSlug(String slug) {
		for (ConsentKind kind : values()) {
			if (kind.slug.equals(slug)) {
				return kind;
			}
		}
		return null;
	}

}
