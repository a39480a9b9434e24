package org.fascia.site;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.fascia.identity.Role;
import org.fascia.platform.ApiProblem;
import org.fascia.platform.Words;
import org.jsoup.Jsoup;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The clinic's articles and FAQ for the public: published ones only. An unpublished article is a 404 for
 * everyone but the owner, who sees it as a preview marked "draft" (and not to be indexed).
 */
@Controller
class ArticlePages {

	/** An article with its sanitised HTML. */
	record Shown(Article article, String html) {
	}

	private final Articles articles;

	private final SiteMarkdown markdown;

	private final SitePages pages;

	private final Words words;

	ArticlePages(Articles articles, SiteMarkdown markdown, SitePages pages, Words words) {
		this.articles = articles;
		this.markdown = markdown;
		this.pages = pages;
		this.words = words;
	}

	@GetMapping("/articles")
	String list(Model model) {
		pages.meta(model, words.text("site.meta.articles.title"), words.text("site.meta.articles.description"),
				"/articles");
		model.addAttribute("articles", articles.published(ArticleKind.ARTICLE));
		return "site/articles";
	}

	@GetMapping("/articles/{slug}")
	String show(@PathVariable String slug, Model model, HttpServletRequest request) {
		boolean owner = request.isUserInRole(Role.OWNER.name());
		Article article = articles.findBySlug(slug)
			.filter(a -> a.kind() == ArticleKind.ARTICLE)
			.filter(a -> a.published() || owner)
			.orElseThrow(() -> ApiProblem.notFound(words.text("site.problem.noArticle", slug)));
		String html = markdown.html(article.bodyMarkdown());
		String image = Jsoup.parse(html).select("img[src]").stream().map(img -> img.absUrl("src"))
			.filter(src -> src.startsWith("http")).findFirst().orElse(null);
		pages.article(model, article.title(), article.summary(), "/articles/" + article.slug(), image, article.published());
		model.addAttribute("shown", new Shown(article, html));
		return "site/article";
	}

	@GetMapping("/faq")
	String faq(Model model) {
		pages.meta(model, words.text("site.meta.faq.title"), words.text("site.meta.faq.description"), "/faq");
		List<Shown> entries = articles.published(ArticleKind.FAQ).stream()
			.map(a -> new Shown(a, markdown.html(a.bodyMarkdown())))
			.toList();
		model.addAttribute("entries", entries);
		return "site/faq";
	}

}
