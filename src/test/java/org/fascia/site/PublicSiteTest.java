package org.fascia.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.fascia.clinic.ClinicCatalog;
import org.fascia.clinic.NewService;
import org.fascia.clinic.ServiceKind;
import org.fascia.clinic.WorkingInterval;
import org.fascia.identity.FasciaUser;
import org.fascia.identity.Role;
import org.fascia.support.FasciaIntegrationTest;
import org.fascia.support.TestAccounts;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The public site as a visitor and the owner see it: pages with their titles, descriptions, canonical URLs and
 * Open Graph tags; drafts hidden from the public but previewed by the owner; the editor's messages, slug
 * conflict and preview; the Atom feed, sitemap and robots.txt as a parser reads them; therapists' photos.
 */
@FasciaIntegrationTest
class PublicSiteTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	ClinicCatalog catalog;

	@Autowired
	Articles articles;

	@Autowired
	JdbcClient jdbc;

	FasciaUser owner;

	@BeforeEach
	void setUp() {
		accounts.ensureClinic();
		owner = accounts.principal(Role.OWNER);
	}

	private MockHttpServletResponse send(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
		return mvc.perform(request).andReturn().getResponse();
	}

	private Document page(String path) throws Exception {
		MockHttpServletResponse response = send(get(path));
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		return Jsoup.parse(response.getContentAsString());
	}

	private static String unique(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	private Article publish(ArticleKind kind, String slug, String title, String body) {
		return articles.create(ArticleDraft.published(kind, slug, title, "Summary of " + title + ".", body, 5), owner.id());
	}

	private static void hasMeta(Document doc, String canonicalPath) {
		String canonical = "http://localhost:8080" + canonicalPath;
		assertThat(doc.title()).isNotBlank();
		assertThat(doc.select("meta[name=description]").attr("content")).isNotBlank();
		assertThat(doc.select("link[rel=canonical]").attr("href")).isEqualTo(canonical);
		assertThat(doc.select("meta[property=og:url]").attr("content")).isEqualTo(canonical);
		assertThat(doc.select("meta[property=og:title]").attr("content")).isNotBlank();
		assertThat(doc.select("meta[property=og:description]").attr("content")).isNotBlank();
		assertThat(doc.select("meta[property=og:type]").attr("content")).isIn("website", "article", "profile");
		assertThat(doc.select("meta[property=og:site_name]").attr("content")).isNotBlank();
		assertThat(java.net.URLDecoder.decode(doc.select("a[href^=mailto:?subject=]").attr("href"),
				java.nio.charset.StandardCharsets.UTF_8)).contains(canonical).contains(doc.select("meta[property=og:title]").attr("content"));
	}

	@Test
	void homeServicesTeamAndHoursAreServerRenderedWithTheirMeta() throws Exception {
		String name = unique("Gentle back massage");
		long therapist = catalog.addTherapist(null, "Rowan " + unique("Hale"), "Calm, careful work for sore backs.");
		catalog.setWorkingHours(therapist, List.of(new WorkingInterval(DayOfWeek.MONDAY, LocalTime.of(8, 30), LocalTime.of(12, 0)),
				new WorkingInterval(DayOfWeek.MONDAY, LocalTime.of(13, 0), LocalTime.of(19, 15))));
		long service = catalog.addService(new NewService(name, "Slow and kind.", 50, 10, 6250, ServiceKind.TREATMENT, true,
				List.of(therapist)));
		catalog.setMainAddress("1 Test Street, Testtown TE1 1ST");

		Document home = page("/");
		hasMeta(home, "/");
		assertThat(home.select("h1").text()).isEqualTo("Contact us today about your back pain");
		assertThat(home.text()).contains("We can talk through your options and what massage will work best");
		assertThat(home.select("a[href=/book]").eachText()).contains("Book a visit");
		assertThat(home.select("a[href=/contact]").eachText()).contains("Ask us");
		assertThat(home.select("a[href=/which-massage]")).isNotEmpty();
		assertThat(home.select("address").text()).contains("1 Test Street").contains("Testtown TE1 1ST");
		assertThat(home.select(".hours-table tr:contains(Monday) td").text()).isEqualTo("08:30–19:15");
		assertThat(home.select("script:not([src])")).as("no inline script (the CSP forbids it)").isEmpty();

		Document services = page("/services");
		hasMeta(services, "/services");
		String slug = SiteCatalog.slug(name);
		assertThat(services.select("a[href=/services/" + slug + "]").text()).isEqualTo(name);
		assertThat(services.text()).contains("£62.50").contains("50 minutes");

		Document one = page("/services/" + slug);
		hasMeta(one, "/services/" + slug);
		assertThat(one.select("h1").text()).isEqualTo(name);
		assertThat(one.select("a[href=/book/" + service + "]").text()).isEqualTo("Book this service");
		assertThat(one.select(".site-people").text()).contains("Rowan");
		assertThat(one.select("meta[name=description]").attr("content")).contains("50 minutes, £62.50");

		MockHttpServletResponse byId = send(get("/services/" + service));
		assertThat(byId.getStatus()).isEqualTo(301);
		assertThat(byId.getRedirectedUrl()).endsWith("/services/" + slug);
		assertThat(send(get("/services/no-such-service")).getStatus()).isEqualTo(404);

		Document team = page("/therapists");
		hasMeta(team, "/therapists");
		assertThat(team.select("a[href=/therapists/" + therapist + "]")).isNotEmpty();
		assertThat(team.html()).doesNotContain("@test.fascia.dev");
		Document person = page("/therapists/" + therapist);
		hasMeta(person, "/therapists/" + therapist);
		assertThat(person.select(".avatar-initials").text()).startsWith("R");
		assertThat(person.text()).contains("Calm, careful work for sore backs.").contains(name);
		assertThat(send(get("/therapists/999999")).getStatus()).isEqualTo(404);

		hasMeta(page("/visit"), "/visit");
	}

	@Test
	void withoutAnAddressTheHomeAndVisitPagesSayToAsk() throws Exception {
		catalog.setMainAddress(null);
		assertThat(page("/").select("address").text()).contains("Ask us for directions when you book.");
		assertThat(page("/visit").select("address").text()).contains("Ask us for directions when you book.");
	}

	@Test
	void aDraftIsNotFoundForThePublicButTheOwnerPreviewsIt() throws Exception {
		String slug = unique("draft-article");
		Article draft = articles.create(new ArticleDraft("A draft about heat", slug, "Heat helps a little.",
				"Heat **helps** a little.", ArticleKind.ARTICLE, ArticleStatus.DRAFT, 0), owner.id());

		assertThat(send(get("/articles/" + slug)).getStatus()).isEqualTo(404);
		assertThat(page("/articles").text()).doesNotContain("A draft about heat");
		assertThat(send(get("/articles/feed.atom")).getContentAsString()).doesNotContain(slug);
		assertThat(send(get("/sitemap.xml")).getContentAsString()).doesNotContain(slug);
		assertThat(send(get("/articles/" + slug).with(user(accounts.principal(Role.THERAPIST)))).getStatus()).isEqualTo(404);

		MockHttpServletResponse preview = send(get("/articles/" + slug).with(user(owner)));
		assertThat(preview.getStatus()).isEqualTo(200);
		Document doc = Jsoup.parse(preview.getContentAsString());
		assertThat(doc.text()).contains("Draft.").contains("Only you can see this page");
		assertThat(doc.select("meta[name=robots]").attr("content")).isEqualTo("noindex");
		assertThat(doc.select(".prose strong").text()).isEqualTo("helps");

		articles.update(draft.id(), new ArticleDraft("A draft about heat", slug, "Heat helps a little.",
				"Heat **helps** a little.", ArticleKind.ARTICLE, ArticleStatus.PUBLISHED, 0));
		Document published = page("/articles/" + slug);
		hasMeta(published, "/articles/" + slug);
		assertThat(published.select("meta[property=og:type]").attr("content")).isEqualTo("article");
		assertThat(published.select("meta[name=robots]")).isEmpty();
		assertThat(published.select("h1").text()).isEqualTo("A draft about heat");
	}

	@Test
	void anArticlesImageIsItsOpenGraphImage() throws Exception {
		String slug = unique("with-picture");
		publish(ArticleKind.ARTICLE, slug, "With a picture", "Text\n\n![A stretch](https://img.example/s.jpg)");
		assertThat(page("/articles/" + slug).select("meta[property=og:image]").attr("content"))
			.isEqualTo("https://img.example/s.jpg");
	}

	@Test
	void theFaqListsPublishedQuestionsWithTheirAnswers() throws Exception {
		String slug = unique("faq-soreness");
		publish(ArticleKind.FAQ, slug, "Will I be sore afterwards?", "A little, for a day or so, is *common*.");
		articles.create(new ArticleDraft("A hidden question?", unique("faq-hidden"), "Not yet.", "Not yet.",
				ArticleKind.FAQ, ArticleStatus.DRAFT, 1), owner.id());
		Document faq = page("/faq");
		hasMeta(faq, "/faq");
		assertThat(faq.select("details#" + slug + " summary").text()).isEqualTo("Will I be sore afterwards?");
		assertThat(faq.select("details#" + slug + " .prose em").text()).isEqualTo("common");
		assertThat(faq.text()).doesNotContain("A hidden question?");
		assertThat(send(get("/articles/" + slug)).getStatus()).as("an FAQ entry has no article page").isEqualTo(404);
	}

	@Test
	void theOwnerWritesPreviewsAndIsToldWhatToCorrect() throws Exception {
		MockHttpServletResponse list = send(get("/admin/articles").with(user(owner)));
		assertThat(list.getStatus()).isEqualTo(200);
		assertThat(send(get("/admin/articles/new").with(user(owner))).getContentAsString()).contains("hx-post=\"/admin/articles/preview\"");

		MockHttpServletResponse invalid = send(post("/admin/articles/new").with(user(owner)).with(csrf())
			.param("title", " ").param("slug", "Not A Slug!").param("summary", "x".repeat(301))
			.param("bodyMarkdown", "").param("kind", "ARTICLE").param("status", "NOPE"));
		assertThat(invalid.getStatus()).isEqualTo(400);
		Document form = Jsoup.parse(invalid.getContentAsString());
		assertThat(form.select("#title-error").text()).isEqualTo("Give the article a title.");
		assertThat(form.select("#slug-error").text()).contains("lowercase letters, digits and single hyphens");
		assertThat(form.select("#summary-error").text()).contains("300 characters or fewer");
		assertThat(form.select("#bodyMarkdown-error").text()).isEqualTo("Write the article's text.");
		assertThat(form.select("#status-error").text()).isEqualTo("Choose draft or published.");
		assertThat(form.select("#slug").attr("value")).isEqualTo("Not A Slug!");
		assertThat(form.select("#slug").attr("aria-invalid")).isEqualTo("true");

		String slug = unique("first-visit");
		MockHttpServletResponse saved = send(post("/admin/articles/new").with(user(owner)).with(csrf())
			.param("title", "Your first visit").param("slug", slug).param("summary", "What happens.")
			.param("bodyMarkdown", "## Intake\n\nA short form.").param("kind", "ARTICLE").param("status", "PUBLISHED")
			.param("action", "save"));
		assertThat(saved.getStatus()).isEqualTo(302);
		Article article = articles.findBySlug(slug).orElseThrow();
		assertThat(saved.getRedirectedUrl()).isEqualTo("/admin/articles/" + article.id());
		assertThat(article.published()).isTrue();
		assertThat(article.publishedAt()).isNotNull();
		assertThat(article.authorId()).isEqualTo(owner.id());

		MockHttpServletResponse taken = send(post("/admin/articles/new").with(user(owner)).with(csrf())
			.param("title", "Another").param("slug", slug).param("summary", "Again.").param("bodyMarkdown", "Text")
			.param("kind", "FAQ").param("status", "DRAFT"));
		assertThat(taken.getStatus()).isEqualTo(409);
		assertThat(Jsoup.parse(taken.getContentAsString()).select("#slug-error").text()).isEqualTo("Another article or FAQ entry already uses this address. Choose a different slug.");
		assertThat(jdbc.sql("select count(*) from site_article where slug = :s").param("s", slug).query(Integer.class).single())
			.isEqualTo(1);

		// Without script, "Preview" shows the sanitised HTML and saves nothing.
		MockHttpServletResponse preview = send(post("/admin/articles/" + article.id()).with(user(owner)).with(csrf())
			.param("title", "Changed title").param("slug", slug).param("summary", "What happens.")
			.param("bodyMarkdown", "## Consent\n\n<script>alert(1)</script> [x](javascript:alert(1))")
			.param("kind", "ARTICLE").param("status", "PUBLISHED").param("action", "preview"));
		assertThat(preview.getStatus()).isEqualTo(200);
		Document shown = Jsoup.parse(preview.getContentAsString());
		assertThat(shown.select("#preview h3").text()).isEqualTo("Consent");
		assertThat(shown.select("#preview script")).isEmpty();
		assertThat(shown.select("#preview a[href^=javascript]")).isEmpty();
		assertThat(articles.find(article.id()).orElseThrow().title()).isEqualTo("Your first visit");

		// With htmx, the preview endpoint answers the fragment only.
		MockHttpServletResponse live = send(post("/admin/articles/preview").with(user(owner)).with(csrf())
			.header("HX-Request", "true").param("bodyMarkdown", "**Live** <img src=x onerror=alert(1)>"));
		assertThat(live.getStatus()).isEqualTo(200);
		assertThat(live.getContentAsString()).contains("id=\"preview\"").contains("<strong>Live</strong>")
			.doesNotContain("<img").doesNotContain("<html");

		MockHttpServletResponse changed = send(post("/admin/articles/" + article.id()).with(user(owner)).with(csrf())
			.param("title", "Your first visit, step by step").param("slug", slug).param("summary", "What happens.")
			.param("bodyMarkdown", "Text").param("kind", "ARTICLE").param("status", "PUBLISHED").param("sortOrder", "3"));
		assertThat(changed.getStatus()).isEqualTo(302);
		Article after = articles.find(article.id()).orElseThrow();
		assertThat(after.title()).isEqualTo("Your first visit, step by step");
		assertThat(after.publishedAt()).as("first publication kept").isEqualTo(article.publishedAt());
		assertThat(send(get("/admin/articles/999999").with(user(owner))).getStatus()).isEqualTo(404);
		assertThat(send(post("/admin/articles/new").with(user(accounts.principal(Role.THERAPIST))).with(csrf())
			.param("title", "x")).getStatus()).isEqualTo(403);
	}

	@Test
	void theAtomFeedIsValidAtomWithEveryPublishedArticle() throws Exception {
		String slug = unique("feed-entry");
		publish(ArticleKind.ARTICLE, slug, "Heat & <movement>", "Text");
		MockHttpServletResponse response = send(get("/articles/feed.atom"));
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentType()).startsWith("application/atom+xml");
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		org.w3c.dom.Document feed = factory.newDocumentBuilder()
			.parse(new ByteArrayInputStream(response.getContentAsByteArray()));
		String atom = "http://www.w3.org/2005/Atom";
		Element root = feed.getDocumentElement();
		assertThat(root.getLocalName()).isEqualTo("feed");
		assertThat(root.getNamespaceURI()).isEqualTo(atom);
		for (String required : List.of("id", "title", "updated")) {
			assertThat(child(root, atom, required)).as(required).isNotBlank();
		}
		assertThat(java.time.Instant.parse(child(root, atom, "updated"))).isNotNull();
		NodeList entries = root.getElementsByTagNameNS(atom, "entry");
		Element mine = null;
		for (int i = 0; i < entries.getLength(); i++) {
			Element entry = (Element) entries.item(i);
			assertThat(child(entry, atom, "id")).isNotBlank();
			assertThat(child(entry, atom, "title")).isNotBlank();
			assertThat(java.time.Instant.parse(child(entry, atom, "updated"))).isNotNull();
			if (child(entry, atom, "id").endsWith("/articles/" + slug)) {
				mine = entry;
			}
		}
		assertThat(mine).isNotNull();
		assertThat(child(mine, atom, "title")).isEqualTo("Heat & <movement>");
		assertThat(child(mine, atom, "summary")).isEqualTo("Summary of Heat & <movement>.");
		Element link = (Element) mine.getElementsByTagNameNS(atom, "link").item(0);
		assertThat(link.getAttribute("href")).isEqualTo("http://localhost:8080/articles/" + slug);
		assertThat(link.getAttribute("rel")).isEqualTo("alternate");
	}

	@Test
	void theSitemapAndRobotsTxtListThePublicPages() throws Exception {
		String slug = unique("sitemap-entry");
		publish(ArticleKind.ARTICLE, slug, "In the sitemap", "Text");
		MockHttpServletResponse response = send(get("/sitemap.xml"));
		assertThat(response.getStatus()).isEqualTo(200);
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		org.w3c.dom.Document sitemap = factory.newDocumentBuilder()
			.parse(new ByteArrayInputStream(response.getContentAsByteArray()));
		String ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
		assertThat(sitemap.getDocumentElement().getLocalName()).isEqualTo("urlset");
		NodeList locs = sitemap.getElementsByTagNameNS(ns, "loc");
		List<String> urls = new java.util.ArrayList<>();
		for (int i = 0; i < locs.getLength(); i++) {
			urls.add(locs.item(i).getTextContent());
		}
		String base = "http://localhost:8080";
		assertThat(urls).contains(base + "/", base + "/services", base + "/therapists", base + "/faq",
				base + "/which-massage", base + "/book", base + "/articles/" + slug);
		assertThat(urls).noneMatch(url -> url.contains("/admin"));

		MockHttpServletResponse robots = send(get("/robots.txt"));
		assertThat(robots.getStatus()).isEqualTo(200);
		assertThat(robots.getContentType()).startsWith("text/plain");
		assertThat(robots.getContentAsString()).contains("User-agent: *", "Allow: /", "Disallow: /admin",
				"Disallow: /portal", "Disallow: /api", "Disallow: /clients", "Disallow: /calendar",
				"Sitemap: " + base + "/sitemap.xml");
	}

	@Test
	void theOwnerUploadsATherapistPhotoAndThePublicSeesIt() throws Exception {
		long therapist = catalog.addTherapist(null, "Photo " + unique("Person"), null);
		byte[] text = "not a picture, just text".getBytes();
		MockHttpServletResponse refused = send(multipart("/admin/therapists/" + therapist + "/photo")
			.file(new MockMultipartFile("photo", "me.png", "image/png", text)).with(user(owner)).with(csrf()));
		assertThat(refused.getRedirectedUrl()).isEqualTo("/admin/therapists/" + therapist + "#photo");
		assertThat(send(get("/therapists/" + therapist + "/photo")).getStatus()).isEqualTo(404);

		byte[] broken = new byte[] { (byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0 };
		send(multipart("/admin/therapists/" + therapist + "/photo")
			.file(new MockMultipartFile("photo", "me.png", "image/png", broken)).with(user(owner)).with(csrf()));
		assertThat(send(get("/therapists/" + therapist + "/photo")).getStatus()).as("a damaged PNG is refused").isEqualTo(404);

		byte[] png = png(32, 32);
		MockHttpServletResponse saved = send(multipart("/admin/therapists/" + therapist + "/photo")
			.file(new MockMultipartFile("photo", "photo.jpg", "image/jpeg", png)).with(user(owner)).with(csrf()));
		assertThat(saved.getRedirectedUrl()).isEqualTo("/admin/therapists/" + therapist + "#photo");
		MockHttpServletResponse photo = send(get("/therapists/" + therapist + "/photo"));
		assertThat(photo.getStatus()).isEqualTo(200);
		assertThat(photo.getContentType()).as("told by its bytes, not the browser's word").isEqualTo("image/png");
		assertThat(photo.getContentAsByteArray()).isEqualTo(png);
		Document person = page("/therapists/" + therapist);
		assertThat(person.select("img.avatar").attr("src")).isEqualTo("/therapists/" + therapist + "/photo");
		assertThat(person.select("meta[property=og:image]").attr("content"))
			.isEqualTo("http://localhost:8080/therapists/" + therapist + "/photo");

		assertThat(send(multipart("/admin/therapists/" + therapist + "/photo")
			.file(new MockMultipartFile("photo", "p.png", "image/png", png)).with(user(accounts.principal(Role.THERAPIST)))
			.with(csrf())).getStatus()).isEqualTo(403);
		send(post("/admin/therapists/" + therapist + "/photo/remove").with(user(owner)).with(csrf()));
		assertThat(send(get("/therapists/" + therapist + "/photo")).getStatus()).isEqualTo(404);
	}

	private static byte[] png(int width, int height) throws IOException {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		image.setRGB(1, 1, 0x2a7a6f);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

	private static String child(Element parent, String ns, String name) {
		NodeList nodes = parent.getElementsByTagNameNS(ns, name);
		for (int i = 0; i < nodes.getLength(); i++) {
			if (nodes.item(i).getParentNode() == parent) {
				return nodes.item(i).getTextContent();
			}
		}
		return null;
	}

}
