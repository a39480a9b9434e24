package org.fascia.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.fascia.audit.AuditEvent;
import org.fascia.audit.AuditLog;
import org.fascia.clients.ClientDirectory;
import org.fascia.clinic.ClinicCatalog;
import org.fascia.clinic.NewService;
import org.fascia.clinic.ServiceKind;
import org.fascia.platform.ApiProblem;
import org.fascia.support.FasciaIntegrationTest;
import org.fascia.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The physician's letter is a real PDF with the client, the findings, the cautions and a reply section. */
@FasciaIntegrationTest
class ClearanceLetterTest {

	@Autowired
	ClearanceLetters letters;

	@Autowired
	ScreeningRecords records;

	@Autowired
	ClientDirectory clients;

	@Autowired
	TestAccounts accounts;

	@Autowired
	AuditLog audit;

	@Test
	void theLetterIsAPdfNamingTheClientAndTheFindings() throws Exception {
		accounts.ensureClinic();
		long client = clients.create(null, "Zoë", "Łukasiewicz-O'Brien", null, null);
		records.store(client, null, ScreeningKind.INTAKE, Results.needsClearance(), "v1", false, null);

		byte[] pdf = letters.pdf(client, null);
		java.nio.file.Path out = java.nio.file.Path.of("target", "letters");
		java.nio.file.Files.createDirectories(out);
		java.nio.file.Files.write(out.resolve("clearance-letter.pdf"), pdf);
		assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		String text = text(pdf);
		assertThat(text).contains("Test Clinic")
			.contains("Zoë Łukasiewicz-O'Brien")
			.contains(Results.ANTICOAGULANT.title())
			.contains(Results.SURGERY.title())
			.contains("Source: Walton")
			.contains(Results.LIGHT.text())
			.contains("massage therapy may go ahead")
			.contains("pressure, positioning")
			.contains("Not cleared")
			.contains("with these restrictions")
			.contains("Signature")
			.contains("expires on");
		assertThat(audit.forSubject("client", String.valueOf(client))).extracting(AuditEvent::action)
			.contains("CLEARANCE_LETTER_CREATED");
	}

	@Test
	void thePlannedTreatmentIsTheParameterOrTheClinicsTreatments(@Autowired ClinicCatalog catalog) throws Exception {
		accounts.ensureClinic();
		catalog.addService(new NewService("Letter test deep tissue (60 min)", null, 60, 10, 7500, ServiceKind.TREATMENT,
				true, java.util.List.of()));
		catalog.addService(new NewService("Letter test consultation", null, 15, 0, 0, ServiceKind.CONSULTATION, true,
				java.util.List.of()));
		long client = clients.create(null, "Sam", "Reid", null, null);
		records.store(client, null, ScreeningKind.INTAKE, Results.needsClearance(), "v1", false, null);
		String byDefault = text(letters.pdf(client, " "));
		assertThat(byDefault).contains("Letter test deep tissue (60 min)").doesNotContain("Letter test consultation");
		assertThat(text(letters.pdf(client, "Gentle Swedish massage of the back, 30 minutes")))
			.contains("Gentle Swedish massage of the back, 30 minutes");
	}

	@Test
	void withoutAScreeningThereIsNoLetter() {
		long client = clients.create(null, "No", "Screening", null, null);
		assertThatThrownBy(() -> letters.pdf(client, null))
			.isInstanceOfSatisfying(ApiProblem.class, p -> assertThat(p.getStatusCode().value()).isEqualTo(404));
	}

	static String text(byte[] pdf) throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
	}

}
