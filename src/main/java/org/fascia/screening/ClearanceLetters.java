package org.fascia.screening;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import org.fascia.audit.AuditLog;
import org.fascia.audit.AuditOutcome;
import org.fascia.clients.ClientDirectory;
import org.fascia.clinic.ClinicCatalog;
import org.fascia.clinic.ClinicSettings;
import org.fascia.clinic.Location;
import org.fascia.clinic.ServiceKind;
import org.fascia.clinic.ServiceOffering;
import org.fascia.platform.ApiProblem;
import org.fascia.platform.Words;
import org.springframework.stereotype.Service;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The letter to a client's physician asking for clearance: rendered from the Thymeleaf XHTML template
 * {@code screening/clearance-letter.html} and turned into a PDF by openhtmltopdf (PDFBox). Audited.
 */
@Service
public class ClearanceLetters {

	static final String TEMPLATE = "screening/clearance-letter";

	/** PDFBox's own Liberation Sans: Latin, Greek and Cyrillic letters, so names keep their accents. */
	private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private final ITemplateEngine templates;

	private final ScreeningRecords screenings;

	private final ClientDirectory clients;

	private final ClinicSettings settings;

	private final ClinicCatalog catalog;

	private final AuditLog audit;

	private final Clock clock;

	private final Words words;

	ClearanceLetters(ITemplateEngine templates, ScreeningRecords screenings, ClientDirectory clients,
			ClinicSettings settings, ClinicCatalog catalog, AuditLog audit, Clock clock, Words words) {
		this.templates = templates;
		this.screenings = screenings;
		this.clients = clients;
		this.settings = settings;
		this.catalog = catalog;
		this.audit = audit;
		this.clock = clock;
		this.words = words;
	}

	/**
	 * The letter for the client's current screening as a PDF.
	 * @param plannedTreatment what the clinic plans, in words; null or blank for the clinic's treatments
	 * @throws ApiProblem 404 for an unknown client or a client without a screening
	 */
	public byte[] pdf(long clientId, String plannedTreatment) {
		return render(html(clientId, plannedTreatment));
	}

	/** The letter as XHTML (what {@link #pdf} renders). */
	String html(long clientId, String plannedTreatment) {
		ClientDirectory.ClientRecord client = clients.find(clientId)
			.orElseThrow(() -> ApiProblem.notFound(words.text("screening.problem.noClient", String.valueOf(clientId))));
		StoredScreening screening = screenings.latest(clientId)
			.orElseThrow(() -> ApiProblem
				.notFound(words.text("screening.problem.noScreeningForLetter", client.fullName())));
		var zone = settings.zone();
		Context context = new Context(Locale.UK);
		context.setVariable("clinicName", settings.current().map(c -> c.name()).orElse("Fascia"));
		context.setVariable("clinicAddress", address());
		context.setVariable("letterDate", DATE.format(clock.instant().atZone(zone)));
		context.setVariable("clientName", client.fullName());
		context.setVariable("dateOfBirth", null);
		context.setVariable("screeningDate", DATE.format(screening.createdAt().atZone(zone)));
		context.setVariable("findings", screening.result().findings());
		context.setVariable("clearanceRules", Set.copyOf(screening.rulesNeedingClearance()));
		context.setVariable("cautions", screening.result().cautions());
		context.setVariable("plannedTreatment",
				plannedTreatment == null || plannedTreatment.isBlank() ? defaultTreatment() : plannedTreatment.strip());
		String html = templates.process(TEMPLATE, context);
		audit.record("CLEARANCE_LETTER_CREATED", "client", clientId, AuditOutcome.SUCCESS,
				"letter for screening " + screening.id());
		return html;
	}

	private List<String> address() {
		List<String> lines = new ArrayList<>();
		List<Location> locations = catalog.locations();
		if (!locations.isEmpty()) {
			Location main = locations.get(0);
			if (main.address() != null && !main.address().isBlank()) {
				main.address().lines().map(String::strip).filter(line -> !line.isEmpty()).forEach(lines::add);
			}
		}
		return lines;
	}

	private String defaultTreatment() {
		String treatments = catalog.services()
			.stream()
			.filter(service -> service.active() && service.kind() == ServiceKind.TREATMENT)
			.map(ServiceOffering::name)
			.collect(Collectors.joining("; "));
		return treatments.isEmpty() ? words.text("screening.letter.treatment")
				: words.text("screening.letter.treatment.oneOf", treatments);
	}

	static byte[] render(String html) {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.useFont(() -> ClearanceLetters.class.getResourceAsStream(FONT), "Liberation Sans");
			URL base = ClearanceLetters.class.getResource("/templates/screening/");
			builder.withHtmlContent(html, base == null ? null : base.toExternalForm());
			builder.toStream(out);
			builder.run();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The clearance letter could not be rendered", ex);
		}
	}

}
