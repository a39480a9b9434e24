package org.fascia.payments;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import org.fascia.clinic.ClinicCatalog;
import org.fascia.clinic.ClinicSettings;
import org.fascia.clinic.Location;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * A payment's receipt: the Thymeleaf XHTML template {@code payments/receipt.html} turned into a PDF by
 * openhtmltopdf (PDFBox), as the screening module's clearance letter is. Dates in the clinic's zone.
 */
@Component
class Receipts {

	static final String TEMPLATE = "payments/receipt";

	private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK);

	private final ITemplateEngine templates;

	private final ClinicSettings settings;

	private final ClinicCatalog catalog;

	Receipts(ITemplateEngine templates, ClinicSettings settings, ClinicCatalog catalog) {
		this.templates = templates;
		this.settings = settings;
		this.catalog = catalog;
	}

	byte[] pdf(Payment payment, String clientName) {
		return render(html(payment, clientName));
	}

	String html(Payment payment, String clientName) {
		var zone = settings.zone();
		Context context = new Context(Locale.UK);
		context.setVariable("clinicName", settings.current().map(c -> c.name()).orElse("Fascia"));
		context.setVariable("clinicAddress", address());
		context.setVariable("receipt", payment.receipt());
		context.setVariable("paidOn", DATE.format(payment.paidAt().atZone(zone)));
		context.setVariable("clientName", clientName);
		context.setVariable("visit", DATE_TIME.format(payment.visitStart().atZone(zone)));
		context.setVariable("service", payment.serviceName());
		context.setVariable("therapist", payment.therapistName());
		context.setVariable("amount", payment.amount());
		context.setVariable("method", payment.method());
		return templates.process(TEMPLATE, context);
	}

	private List<String> address() {
		List<String> lines = new ArrayList<>();
		List<Location> locations = catalog.locations();
		if (!locations.isEmpty() && locations.get(0).address() != null) {
			locations.get(0).address().lines().map(String::strip).filter(line -> !line.isEmpty()).forEach(lines::add);
		}
		return lines;
	}

	static byte[] render(String html) {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.useFont(() -> Receipts.class.getResourceAsStream(FONT), "Liberation Sans");
			builder.withHtmlContent(html, null);
			builder.toStream(out);
			builder.run();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The receipt could not be rendered", ex);
		}
	}

}
