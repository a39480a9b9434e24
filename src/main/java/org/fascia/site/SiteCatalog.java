package org.fascia.site;

import java.text.Normalizer;
import java.text.NumberFormat;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.fascia.clinic.ClinicCatalog;
import org.fascia.clinic.Location;
import org.fascia.clinic.ServiceKind;
import org.fascia.clinic.ServiceOffering;
import org.fascia.clinic.Therapist;
import org.fascia.clinic.TherapistPhotos;
import org.fascia.clinic.WorkingInterval;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What the public sees of the clinic's catalogue: active services and therapists only, never an email
 * address. A service's address is a slug made from its name (the id is appended when two names would give
 * the same slug); prices are formatted in the clinic's currency ({@code fascia.site.currency}, GBP by default,
 * UK style). Opening hours are the union of the active therapists' weekly hours, day by day.
 */
@Component
class SiteCatalog {

	/** A service as the public pages show it. */
	record PublicService(long id, String slug, String name, String description, int durationMinutes, String price,
			boolean free, boolean consultation, boolean bookableOnline, List<PublicTherapist> therapists) {

		public String path() {
			return "/services/" + slug;
		}

	}

	/** A therapist as the public pages show them: no email, no account. */
	record PublicTherapist(long id, String name, String bio, String initials, String photoUrl, List<String> serviceNames) {

		public String path() {
			return "/therapists/" + id;
		}

		public String firstName() {
			int space = name.indexOf(' ');
			return space < 0 ? name : name.substring(0, space);
		}

	}

	/** One day of the clinic's week: closed, or open from the earliest start to the latest end. */
	record OpeningDay(DayOfWeek day, String name, LocalTime opens, LocalTime closes) {

		public boolean open() {
			return opens != null;
		}

	}

	private final ClinicCatalog catalog;

	private final TherapistPhotos photos;

	private final NumberFormat money;

	SiteCatalog(ClinicCatalog catalog, TherapistPhotos photos,
			@Value("${fascia.site.currency:GBP}") String currency) {
		this.catalog = catalog;
		this.photos = photos;
		NumberFormat format = NumberFormat.getCurrencyInstance(Locale.UK);
		try {
			format.setCurrency(Currency.getInstance(currency.strip().toUpperCase(Locale.ROOT)));
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException("fascia.site.currency (FASCIA_SITE_CURRENCY) must be an ISO 4217 code like GBP, EUR or USD, not '"
					+ currency + "'", ex);
		}
		this.money = format;
	}

	List<PublicService> services() {
		List<ServiceOffering> offerings = catalog.services().stream().filter(ServiceOffering::active).toList();
		Map<Long, Therapist> team = activeTherapists().stream().collect(Collectors.toMap(Therapist::id, Function.identity()));
		Map<String, Integer> slugCount = new HashMap<>();
		offerings.forEach(s -> slugCount.merge(slug(s.name()), 1, Integer::sum));
		Set<Long> withPhoto = photos.withPhoto();
		List<PublicService> services = new ArrayList<>();
		for (ServiceOffering s : offerings) {
			String slug = slug(s.name());
			if (slug.isEmpty() || slugCount.get(slug) > 1 || slug.matches("\\d+")) {
				slug = (slug.isEmpty() ? "service" : slug) + "-" + s.id();
			}
			List<PublicTherapist> by = s.therapistIds().stream().map(team::get).filter(t -> t != null)
				.map(t -> therapist(t, List.of(), withPhoto)).toList();
			services.add(new PublicService(s.id(), slug, s.name(), s.description(), s.durationMinutes(),
					price(s.priceCents()), s.priceCents() == 0, s.kind() == ServiceKind.CONSULTATION, s.bookableOnline(), by));
		}
		return services;
	}

	/** By slug, or by id (the caller redirects an id to the slug). */
	Optional<PublicService> service(String key) {
		List<PublicService> all = services();
		Optional<PublicService> bySlug = all.stream().filter(s -> s.slug().equals(key)).findFirst();
		if (bySlug.isPresent() || !key.matches("\\d{1,18}")) {
			return bySlug;
		}
		long id = Long.parseLong(key);
		return all.stream().filter(s -> s.id() == id).findFirst();
	}

	List<PublicTherapist> therapists() {
		Map<Long, String> serviceNames = catalog.services().stream().filter(ServiceOffering::active)
			.collect(Collectors.toMap(ServiceOffering::id, ServiceOffering::name));
		Set<Long> withPhoto = photos.withPhoto();
		return activeTherapists().stream()
			.map(t -> therapist(t, t.serviceIds().stream().map(serviceNames::get).filter(n -> n != null).toList(), withPhoto))
			.toList();
	}

	Optional<PublicTherapist> therapist(long id) {
		return therapists().stream().filter(t -> t.id() == id).findFirst();
	}

	/** Monday to Sunday. */
	List<OpeningDay> openingHours() {
		Map<DayOfWeek, LocalTime[]> days = new LinkedHashMap<>();
		for (Therapist t : activeTherapists()) {
			for (WorkingInterval interval : t.workingHours()) {
				LocalTime[] span = days.computeIfAbsent(interval.dayOfWeek(), d -> new LocalTime[] { interval.start(), interval.end() });
				if (interval.start().isBefore(span[0])) {
					span[0] = interval.start();
				}
				if (interval.end().isAfter(span[1])) {
					span[1] = interval.end();
				}
			}
		}
		List<OpeningDay> week = new ArrayList<>();
		for (DayOfWeek day : DayOfWeek.values()) {
			LocalTime[] span = days.get(day);
			week.add(new OpeningDay(day, day.getDisplayName(TextStyle.FULL, Locale.UK), span == null ? null : span[0],
					span == null ? null : span[1]));
		}
		return week;
	}

	/** The main location (the first), if there is one. */
	Optional<Location> location() {
		return catalog.locations().stream().findFirst();
	}

	String price(int cents) {
		synchronized (money) {
			return cents == 0 ? "Free" : money.format(cents / 100.0);
		}
	}

	private List<Therapist> activeTherapists() {
		return catalog.therapists().stream().filter(Therapist::active).toList();
	}

	private static PublicTherapist therapist(Therapist t, List<String> services, Set<Long> withPhoto) {
		return new PublicTherapist(t.id(), t.name(), t.bio(), initials(t.name()),
				withPhoto.contains(t.id()) ? "/therapists/" + t.id() + "/photo" : null, services);
	}

	static String initials(String name) {
		String[] parts = name.strip().split("\\s+");
		StringBuilder initials = new StringBuilder();
		for (String part : List.of(parts.length > 0 ? parts[0] : "", parts.length > 1 ? parts[parts.length - 1] : "")) {
			if (!part.isEmpty()) {
				initials.appendCodePoint(Character.toUpperCase(part.codePointAt(0)));
			}
		}
		return initials.toString();
	}

	/** "Deep tissue massage (60 min)" → "deep-tissue-massage-60-min". */
	static String slug(String name) {
		String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
	}

}
