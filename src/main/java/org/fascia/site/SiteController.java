package org.fascia.site;

import java.util.List;

import org.fascia.platform.ApiProblem;
import org.fascia.platform.Words;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.view.RedirectView;

/**
 * The clinic's public pages: home, services, the team and how to find the clinic. Server-rendered, no
 * script needed; every page has its title, description, canonical URL and Open Graph tags.
 */
@Controller
class SiteController {

	private final SiteCatalog catalog;

	private final Articles articles;

	private final SitePages pages;

	private final Words words;

	SiteController(SiteCatalog catalog, Articles articles, SitePages pages, Words words) {
		this.catalog = catalog;
		this.articles = articles;
		this.pages = pages;
		this.words = words;
	}

	@GetMapping("/")
	String home(Model model) {
		pages.meta(model, pages.clinicName(), words.text("site.meta.home.description"), "/");
		model.addAttribute("services", catalog.services().stream().limit(6).toList());
		model.addAttribute("therapists", catalog.therapists());
		List<Article> latest = articles.published(ArticleKind.ARTICLE);
		model.addAttribute("articles", latest.subList(0, Math.min(3, latest.size())));
		hoursAndPlace(model);
		return "site/home";
	}

	@GetMapping("/services")
	String services(Model model) {
		pages.meta(model, words.text("site.meta.services.title"), words.text("site.meta.services.description"),
				"/services");
		model.addAttribute("services", catalog.services());
		return "site/services";
	}

	@GetMapping("/services/{key}")
	Object service(@PathVariable String key, Model model) {
		SiteCatalog.PublicService service = catalog.service(key)
			.orElseThrow(() -> ApiProblem.notFound(words.text("site.problem.noService", key)));
		if (!service.slug().equals(key)) {
			RedirectView redirect = new RedirectView(service.path());
			redirect.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
			return redirect;
		}
		pages.meta(model, service.name(), description(service), service.path());
		model.addAttribute("service", service);
		return "site/service";
	}

	@GetMapping("/therapists")
	String therapists(Model model) {
		pages.meta(model, words.text("site.meta.therapists.title"), words.text("site.meta.therapists.description"),
				"/therapists");
		model.addAttribute("therapists", catalog.therapists());
		return "site/therapists";
	}

	@GetMapping("/therapists/{id}")
	String therapist(@PathVariable long id, Model model) {
		SiteCatalog.PublicTherapist therapist = catalog.therapist(id)
			.orElseThrow(() -> ApiProblem.notFound(words.text("site.problem.noTherapist", String.valueOf(id))));
		String bio = therapist.bio() == null ? words.text("site.meta.therapist.bio", therapist.name()) : therapist.bio();
		PageMeta meta = pages.meta(model, therapist.name(), shorten(bio), therapist.path());
		if (therapist.photoUrl() != null) {
			model.addAttribute("meta", new PageMeta(meta.title(), meta.description(), meta.canonical(), "profile",
					pages.url(therapist.photoUrl()), meta.siteName(), true));
		}
		model.addAttribute("therapist", therapist);
		model.addAttribute("services", catalog.services().stream()
			.filter(s -> s.therapists().stream().anyMatch(t -> t.id() == id)).toList());
		return "site/therapist";
	}

	@GetMapping("/visit")
	String visit(Model model) {
		pages.meta(model, words.text("site.meta.visit.title"), words.text("site.meta.visit.description"), "/visit");
		hoursAndPlace(model);
		return "site/visit";
	}

	private void hoursAndPlace(Model model) {
		model.addAttribute("openingHours", catalog.openingHours());
		model.addAttribute("location", catalog.location().orElse(null));
	}

	private String description(SiteCatalog.PublicService service) {
		String text = (service.description() == null ? "" : service.description() + " ")
				+ words.text("site.meta.service.time", String.valueOf(service.durationMinutes()), service.price());
		return shorten(text);
	}

	static String shorten(String text) {
		String flat = text.replaceAll("\\s+", " ").strip();
		if (flat.length() <= 160) {
			return flat;
		}
		int cut = flat.lastIndexOf(' ', 157);
		return flat.substring(0, cut > 80 ? cut : 157) + "…";
	}

}
