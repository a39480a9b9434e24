package org.fascia.site;

import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.fascia.identity.FasciaUser;
import org.fascia.platform.ApiProblem;
import org.fascia.platform.Words;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The owner writes articles and FAQ entries: the list, a new one, changes to one. The editor previews the
 * sanitised HTML as the owner types (htmx posts the text to {@code /admin/articles/preview}) and, without
 * script, through its "Preview" button, which shows the same preview and saves nothing. A rejected save
 * answers 400 (or 409 for a slug already in use) with the form and its messages.
 */
@Controller
class ArticleAdminPages {

	private static final String FORM = "site/admin-article";

	private final Articles articles;

	private final SiteMarkdown markdown;

	private final Words words;

	ArticleAdminPages(Articles articles, SiteMarkdown markdown, Words words) {
		this.articles = articles;
		this.markdown = markdown;
		this.words = words;
	}

	@GetMapping("/admin/articles")
	String list(Model model) {
		model.addAttribute("articles", articles.all());
		return "site/admin-articles";
	}

	@GetMapping("/admin/articles/new")
	String initCreationForm(Model model) {
		return form(model, new ArticleForm(), null, Map.of(), null);
	}

	@PostMapping("/admin/articles/new")
	String processCreationForm(@ModelAttribute("form") ArticleForm form, @RequestParam(defaultValue = "save") String action,
			@AuthenticationPrincipal FasciaUser user, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		if ("preview".equals(action)) {
			return form(model, form, null, Map.of(), markdown.html(form.getBodyMarkdown()));
		}
		try {
			Article saved = articles.create(form.draft(), user == null ? null : user.id());
			redirect.addFlashAttribute("message", saved(saved));
			return "redirect:/admin/articles/" + saved.id();
		}
		catch (ApiProblem problem) {
			return refused(problem, form, null, model, response);
		}
	}

	@GetMapping("/admin/articles/{id}")
	String initUpdateForm(@PathVariable long id, Model model) {
		Article article = articles.find(id).orElseThrow(() -> articles.notFound(id));
		return form(model, ArticleForm.of(article), article, Map.of(), null);
	}

	@PostMapping("/admin/articles/{id}")
	String processUpdateForm(@PathVariable long id, @ModelAttribute("form") ArticleForm form,
			@RequestParam(defaultValue = "save") String action, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		Article article = articles.find(id).orElseThrow(() -> articles.notFound(id));
		if ("preview".equals(action)) {
			return form(model, form, article, Map.of(), markdown.html(form.getBodyMarkdown()));
		}
		try {
			Article saved = articles.update(id, form.draft());
			redirect.addFlashAttribute("message", saved(saved));
			return "redirect:/admin/articles/" + saved.id();
		}
		catch (ApiProblem problem) {
			return refused(problem, form, article, model, response);
		}
	}

	/** The sanitised HTML of the text, for the editor's live preview (htmx). */
	@PostMapping("/admin/articles/preview")
	String preview(@RequestParam(defaultValue = "") String bodyMarkdown, Model model) {
		model.addAttribute("previewHtml", markdown.html(bodyMarkdown));
		return FORM + " :: preview";
	}

	private String refused(ApiProblem problem, ArticleForm form, Article article, Model model,
			HttpServletResponse response) {
		if (problem.getStatusCode().value() == 404) {
			throw problem;
		}
		response.setStatus(problem.getStatusCode().value());
		Map<String, String> errors = problem.getStatusCode().value() == 409 ? Map.of("slug", problem.getMessage())
				: problem.errors().isEmpty() ? Map.of("form", problem.getMessage()) : problem.errors();
		return form(model, form, article, errors, markdown.html(form.getBodyMarkdown()));
	}

	private String saved(Article saved) {
		return saved.published() ? words.text("site.admin.saved.published", saved.title())
				: words.text("site.admin.saved.draft", saved.title());
	}

	private String form(Model model, ArticleForm form, Article article, Map<String, String> errors, String previewHtml) {
		model.addAttribute("form", form);
		model.addAttribute("article", article);
		model.addAttribute("errors", errors);
		model.addAttribute("previewHtml", previewHtml);
		model.addAttribute("kinds", ArticleKind.values());
		return FORM;
	}

}
