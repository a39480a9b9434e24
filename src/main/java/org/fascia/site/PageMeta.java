package org.fascia.site;

/**
 * What a public page tells search engines and link previews: its title and description, its canonical
 * address (absolute, from {@code fascia.base-url}), its Open Graph type ("website" or "article") and image
 * (absolute, or null), and whether it may be indexed (an owner's draft preview may not). The layout writes
 * them into the head when the model has a {@code meta}; other pages are unchanged.
 */
public record PageMeta(String title, String description, String canonical, String type, String image,
		String siteName, boolean index) {

	/** The page's title with the clinic's name, as shared links show it. */
	public String fullTitle() {
		return title.equals(siteName) ? title : title + " · " + siteName;
	}

}
