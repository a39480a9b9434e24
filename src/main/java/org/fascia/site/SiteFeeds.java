package org.fascia.site;

import java.io.StringWriter;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.fascia.platform.Words;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * For machines: the Atom 1.0 feed of published articles, the sitemap of public pages and robots.txt. The
 * XML is written by a streaming writer, so any text in a title or summary is escaped.
 */
@RestController
class SiteFeeds {

	private static final String ATOM = "http://www.w3.org/2005/Atom";

	private static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";

	private static final MediaType ATOM_TYPE = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

	private static final CacheControl CACHE = CacheControl.maxAge(java.time.Duration.ofMinutes(10)).cachePublic();

	private final Articles articles;

	private final SiteCatalog catalog;

	private final SitePages pages;

	private final Words words;

	SiteFeeds(Articles articles, SiteCatalog catalog, SitePages pages, Words words) {
		this.words = words;
		this.articles = articles;
		this.catalog = catalog;
		this.pages = pages;
	}

	@GetMapping("/articles/feed.atom")
	ResponseEntity<String> atom() throws XMLStreamException {
		List<Article> published = articles.published(ArticleKind.ARTICLE);
		Instant updated = published.stream().map(Article::updatedAt).max(Comparator.naturalOrder())
			.orElse(Instant.EPOCH);
		StringWriter out = new StringWriter();
		XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
		xml.writeStartDocument("UTF-8", "1.0");
		xml.writeStartElement("feed");
		xml.writeDefaultNamespace(ATOM);
		text(xml, "id", pages.url("/articles"));
		text(xml, "title", words.text("site.feed.title", pages.clinicName()));
		text(xml, "subtitle", words.text("site.feed.subtitle"));
		text(xml, "updated", stamp(updated));
		link(xml, "self", pages.url("/articles/feed.atom"), "application/atom+xml");
		link(xml, "alternate", pages.url("/articles"), "text/html");
		xml.writeStartElement("author");
		text(xml, "name", pages.clinicName());
		xml.writeEndElement();
		for (Article article : published) {
			String url = pages.url("/articles/" + article.slug());
			xml.writeStartElement("entry");
			text(xml, "id", url);
			text(xml, "title", article.title());
			link(xml, "alternate", url, "text/html");
			text(xml, "published", stamp(article.publishedAt()));
			text(xml, "updated", stamp(article.updatedAt()));
			text(xml, "summary", article.summary());
			xml.writeEndElement();
		}
		xml.writeEndElement();
		xml.writeEndDocument();
		xml.close();
		return ResponseEntity.ok().contentType(ATOM_TYPE).cacheControl(CACHE).body(out.toString());
	}

	@GetMapping(value = "/sitemap.xml", produces = MediaType.APPLICATION_XML_VALUE)
	ResponseEntity<String> sitemap() throws XMLStreamException {
		List<String[]> urls = new ArrayList<>();
		for (String path : List.of("/", "/services", "/therapists", "/visit", "/articles", "/faq", "/which-massage", "/book")) {
			urls.add(new String[] { path, null });
		}
		catalog.services().forEach(s -> urls.add(new String[] { s.path(), null }));
		catalog.therapists().forEach(t -> urls.add(new String[] { t.path(), null }));
		articles.published(ArticleKind.ARTICLE)
			.forEach(a -> urls.add(new String[] { "/articles/" + a.slug(), DateTimeFormatter.ISO_LOCAL_DATE
				.format(a.updatedAt().atZone(java.time.ZoneOffset.UTC)) }));
		StringWriter out = new StringWriter();
		XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
		xml.writeStartDocument("UTF-8", "1.0");
		xml.writeStartElement("urlset");
		xml.writeDefaultNamespace(SITEMAP);
		for (String[] url : urls) {
			xml.writeStartElement("url");
			text(xml, "loc", pages.url(url[0]));
			if (url[1] != null) {
				text(xml, "lastmod", url[1]);
			}
			xml.writeEndElement();
		}
		xml.writeEndElement();
		xml.writeEndDocument();
		xml.close();
		return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/xml;charset=UTF-8"))
			.cacheControl(CACHE).body(out.toString());
	}

	@GetMapping(value = "/robots.txt", produces = MediaType.TEXT_PLAIN_VALUE)
	ResponseEntity<String> robots() {
		String body = """
				User-agent: *
				Allow: /
				Disallow: /admin
				Disallow: /portal
				Disallow: /api
				Disallow: /clients
				Disallow: /calendar
				Disallow: /dashboard
				Disallow: /account
				Disallow: /appointments
				Disallow: /follow-up
				Disallow: /outcomes

				Sitemap: %s
				""".formatted(pages.url("/sitemap.xml"));
		return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/plain;charset=UTF-8")).cacheControl(CACHE)
			.body(body);
	}

	private static String stamp(Instant instant) {
		return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
	}

	private static void text(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
		xml.writeStartElement(name);
		// Characters XML 1.0 cannot carry (control characters) are left out rather than breaking the feed.
		xml.writeCharacters(value.replaceAll("[^\\u0009\\u000A\\u000D\\u0020-\\uD7FF\\uE000-\\uFFFD\\x{10000}-\\x{10FFFF}]", ""));
		xml.writeEndElement();
	}

	private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
		xml.writeEmptyElement("link");
		xml.writeAttribute("rel", rel);
		xml.writeAttribute("href", href);
		xml.writeAttribute("type", type);
	}

}
