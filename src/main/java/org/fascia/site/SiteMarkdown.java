package org.fascia.site;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.fascia.platform.Words;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The clinic's Markdown as safe HTML. CommonMark (with GFM tables and autolinks) renders it with raw HTML
 * escaped, then jsoup keeps only an allow-list: headings, paragraphs, lists, links (http, https, mailto or
 * relative to the site), images (http or https, or relative), tables, blockquotes and code; no scripts,
 * styles, event handlers, frames or forms, and no {@code javascript:} or {@code data:} URLs. Links to other
 * sites get {@code rel="nofollow noopener"}. Headings move one level down, since the page's title is its
 * only {@code h1}; tables are wrapped in a keyboard-scrollable region for phones.
 */
@Component
public class SiteMarkdown {

	private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create(), AutolinkExtension.create());

	private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();

	private final HtmlRenderer renderer = HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true)
		.sanitizeUrls(true).build();

	private final Safelist safelist = Safelist.relaxed()
		.removeTags("colgroup", "col", "cite", "dl", "dt", "dd", "q", "small", "strike", "sub", "sup", "u", "span", "div")
		.addTags("hr", "del", "s")
		.removeProtocols("a", "href", "ftp")
		.removeAttributes("table", "summary", "width")
		.removeAttributes("td", "abbr", "axis", "width")
		.removeAttributes("th", "abbr", "axis", "width")
		.removeAttributes("img", "align")
		.removeAttributes("blockquote", "cite")
		.removeAttributes("q", "cite")
		.addAttributes("th", "align")
		.addAttributes("td", "align")
		.preserveRelativeLinks(true);

	private final String baseUrl;

	private final String siteHost;

	/** The name a screen reader gives a table's scrolling region, in the request's language. */
	private final Supplier<String> tableLabel;

	@Autowired
	public SiteMarkdown(@Value("${fascia.base-url}") String baseUrl, Words words) {
		this(baseUrl, () -> words.text("site.markdown.table"));
	}

	SiteMarkdown(String baseUrl, Supplier<String> tableLabel) {
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
		this.siteHost = host(this.baseUrl);
		this.tableLabel = tableLabel;
	}

	/** Sanitised HTML for the Markdown; empty for null or blank text. */
	public String html(String markdown) {
		if (markdown == null || markdown.isBlank()) {
			return "";
		}
		return clean(renderer.render(parser.parse(markdown)));
	}

	/** Any HTML through the same allow-list (used on the rendered Markdown; public for tests of the rules). */
	String clean(String html) {
		Document dirty = Jsoup.parseBodyFragment(html, baseUrl);
		Document clean = new Cleaner(safelist).clean(dirty);
		clean.outputSettings().prettyPrint(false);
		for (Element link : clean.select("a[href]")) {
			String host = host(link.absUrl("href"));
			if (host != null && !host.equals(siteHost)) {
				link.attr("rel", "nofollow noopener");
			}
		}
		for (Element image : clean.select("img")) {
			if (!image.hasAttr("alt")) {
				image.attr("alt", "");
			}
			image.attr("loading", "lazy");
		}
		// The page's title is the h1: # in the text becomes h2, and so on down to h6.
		for (int level = 5; level >= 1; level--) {
			for (Element heading : clean.select("h" + level)) {
				heading.tagName("h" + (level + 1));
			}
		}
		for (Element table : clean.select("table")) {
			table.wrap("<div class=\"table-scroll\" tabindex=\"0\" role=\"region\"></div>");
			table.parent().attr("aria-label", tableLabel.get());
		}
		return clean.body().html();
	}

	/** The first paragraph's plain text, for a summary when none is given. */
	String plainText(String markdown) {
		return markdown == null ? "" : Jsoup.parse(html(markdown)).text();
	}

	private static String host(String url) {
		try {
			String host = URI.create(url).getHost();
			return host == null ? null : host.toLowerCase(Locale.ROOT);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
