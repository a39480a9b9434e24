package org.fascia.site;

import org.fascia.clinic.Clinic;
import org.fascia.clinic.ClinicSettings;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.util.UriComponentsBuilder;

/** Puts a public page's {@link PageMeta} in its model: canonical URLs are built from {@code fascia.base-url}. */
@Component
class SitePages {

	private final String baseUrl;

	private final ClinicSettings settings;

	SitePages(@Value("${fascia.base-url}") String baseUrl, ClinicSettings settings) {
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
		this.settings = settings;
	}

	/** The absolute URL of a path on this site, e.g. /services → https://clinic.example/services. */
	String url(String path) {
		return UriComponentsBuilder.fromUriString(baseUrl).path(path).build().toUriString();
	}

	String clinicName() {
		return settings.current().map(Clinic::name).orElse("Fascia");
	}

	PageMeta meta(Model model, String title, String description, String path) {
		return put(model, new PageMeta(title, description, url(path), "website", null, clinicName(), true));
	}

	PageMeta article(Model model, String title, String description, String path, String image, boolean index) {
		return put(model, new PageMeta(title, description, url(path), "article", image, clinicName(), index));
	}

	private static PageMeta put(Model model, PageMeta meta) {
		model.addAttribute("meta", meta);
		return meta;
	}

}
