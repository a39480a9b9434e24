package org.fascia.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.fascia.audit.AuditEvent;
import org.fascia.audit.AuditLog;
import org.fascia.clients.ClientDirectory;
import org.fascia.clinic.ClinicTime;
import org.fascia.identity.FasciaUser;
import org.fascia.identity.Role;
import org.fascia.platform.ApiProblem;
import org.fascia.support.FasciaIntegrationTest;
import org.fascia.support.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Recording, checking, withdrawing and downloading clearances; the gate reads them. */
@FasciaIntegrationTest
class ClearancesTest {

	static final byte[] PDF = "%PDF-1.4\n% a scanned reply\n".getBytes(StandardCharsets.US_ASCII);

	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13 };

	static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16 };

	@Autowired
	Clearances clearances;

	@Autowired
	ScreeningRecords records;

	@Autowired
	ScreeningGate gate;

	@Autowired
	ClientDirectory clients;

	@Autowired
	TestAccounts accounts;

	@Autowired
	ClinicTime clinicTime;

	@Autowired
	AuditLog audit;

	@Autowired
	JdbcClient jdbc;

	FasciaUser desk;

	long client;

	LocalDate today;

	@BeforeEach
	void clientNeedingClearance() {
		desk = accounts.principal(Role.FRONT_DESK);
		client = clients.create(null, "Ivy", "Marsh", null, null);
		records.store(client, null, ScreeningKind.INTAKE, Results.needsClearance(), "v1", false, null);
		today = clinicTime.today();
	}

	NewClearance clearance(String physician, LocalDate clearedOn, LocalDate expiresOn, String fileName, byte[] bytes) {
		return new NewClearance(client, physician, "High Street Surgery", clearedOn, "No deep pressure on the legs.",
				expiresOn, bytes == null ? null : new NewClearance.Upload(fileName, bytes.length, bytes));
	}

	@Test
	void aRecordedClearanceCoversTheRulesOfTheCurrentScreeningAndOpensTheGate() {
		assertThat(gate.check(client, true, today).allowed()).isFalse();
		assertThat(gate.check(client, false, today).allowed()).isTrue();

		Clearance saved = clearances.record(clearance("  Dr Ana Rivera ", today.minusDays(3), today.plusDays(30),
				"C:\\scans\\reply <1>.pdf", PDF), desk.id());
		assertThat(saved.physicianName()).isEqualTo("Dr Ana Rivera");
		assertThat(saved.rules()).containsExactlyInAnyOrder("anticoagulant-or-bleeding", "recent-surgery");
		assertThat(saved.document()).isEqualTo(new Clearance.DocumentInfo("reply__1_.pdf", "application/pdf", PDF.length));
		assertThat(saved.recordedBy()).isEqualTo(desk.id());
		assertThat(saved.validOn(today)).isTrue();

		assertThat(gate.check(client, true, today).allowed()).isTrue();
		assertThat(gate.check(client, true, today.plusDays(30)).allowed()).isTrue();
		GateDecision expired = gate.check(client, true, today.plusDays(31));
		assertThat(expired.allowed()).isFalse();
		assertThat(expired.decision()).isEqualTo(Decision.NEEDS_CLEARANCE);

		Clearances.StoredDocument document = clearances.document(client, saved.id()).orElseThrow();
		assertThat(document.content()).isEqualTo(PDF);
		assertThat(document.contentType()).isEqualTo("application/pdf");
		assertThat(clearances.document(client + 1, saved.id())).isEmpty();
		assertThat(audit.forSubject("client", String.valueOf(client))).extracting(AuditEvent::action)
			.contains("CLEARANCE_RECORDED", "CLEARANCE_DOCUMENT_READ", "SCREENING_GATE_REFUSED");
	}

	@Test
	void oneClearanceForOneOfTwoRulesStillRefuses() {
		// The screening at the time asked for one clearance only; the current one asks for two.
		long other = clients.create(null, "Ola", "Berg", null, null);
		records.store(other, null, ScreeningKind.INTAKE, new ScreeningResult(Decision.NEEDS_CLEARANCE,
				ReferralAdvice.NONE, List.of(), List.of(Results.ANTICOAGULANT)), "v1", false, null);
		clearances.record(new NewClearance(other, "Dr Rivera", null, today, null, null,
				new NewClearance.Upload("reply.png", PNG.length, PNG)), desk.id());
		assertThat(gate.check(other, true, today).allowed()).isTrue();
		records.store(other, null, ScreeningKind.HEALTH_CHANGE, Results.needsClearance(), "v1", false, null);
		GateDecision gateNow = gate.check(other, true, today);
		assertThat(gateNow.allowed()).isFalse();
		assertThat(gateNow.uncoveredRules()).containsExactly("recent-surgery");
		ApiProblem refusal = gate.refusal(gateNow);
		assertThat(refusal.getStatusCode().value()).isEqualTo(409);
		assertThat(refusal.getBody().getProperties()).containsEntry("decision", "NEEDS_CLEARANCE")
			.containsEntry("overridable", true)
			.containsEntry("reasons", gateNow.reasons());
		assertThat(refusal.getBody().getDetail()).isEqualTo(gateNow.reasons().get(0));
	}

	@Test
	void everyBadFieldGetsItsOwnMessageAndNothingIsWritten() {
		int before = count();
		assertThatThrownBy(() -> clearances.record(clearance(" ", today, today, "reply.pdf", PDF), desk.id()))
			.isInstanceOfSatisfying(ApiProblem.class, p -> {
				assertThat(p.getStatusCode().value()).isEqualTo(400);
				assertThat(p.errors()).containsOnlyKeys("physicianName", "expiresOn");
				assertThat(p.errors().get("physicianName")).contains("name of the physician");
				assertThat(p.errors().get("expiresOn")).contains("must be after the clearance date");
			});
		assertThat(errors(clearance("Dr R", today, today.minusDays(1), "x.pdf", PDF))).containsOnlyKeys("expiresOn");
		assertThat(errors(clearance("Dr R", today.plusDays(1), null, "x.pdf", PDF)).get("clearedOn"))
			.contains("cannot be in the future");
		assertThat(errors(clearance("Dr R", null, null, "x.pdf", PDF)).get("clearedOn")).contains("Enter the date");
		assertThat(errors(clearance("Dr R", today, null, null, null)).get("document")).contains("Attach");
		assertThat(errors(clearance("Dr R", today, null, "x.pdf", new byte[0])).get("document")).contains("empty");
		assertThat(errors(clearance("Dr R", today, null, "x.pdf", "x".repeat(2001).getBytes())).get("document"))
			.contains("not a PDF, JPEG or PNG");
		assertThat(errors(new NewClearance(client, "Dr R", null, today, "x".repeat(2001), null,
				new NewClearance.Upload("x.jpg", JPEG.length, JPEG)))).containsOnlyKeys("restrictions");
		assertThat(errors(new NewClearance(client, "Dr " + "R".repeat(200), null, today, null, null,
				new NewClearance.Upload("x.jpg", JPEG.length, JPEG)))).containsOnlyKeys("physicianName");
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void theFileTypeComesFromItsBytesNotItsName() {
		// An HTML page named like a PDF is refused; a PNG named .pdf is stored as what it is.
		byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
		assertThat(errors(clearance("Dr R", today, null, "reply.pdf", html)).get("document"))
			.contains("not a PDF, JPEG or PNG");
		Clearance png = clearances.record(clearance("Dr R", today, null, "reply.pdf", PNG), desk.id());
		assertThat(png.document().contentType()).isEqualTo("image/png");
		assertThat(png.document().fileName()).isEqualTo("reply.png");
		Clearance jpeg = clearances.record(clearance("Dr R", today, null, "../../etc/passwd", JPEG), desk.id());
		assertThat(jpeg.document().contentType()).isEqualTo("image/jpeg");
		assertThat(jpeg.document().fileName()).isEqualTo("passwd.jpg");
	}

	@Test
	void aFileOverTenMegabytesIsRefusedWithItsSize() {
		byte[] big = Arrays.copyOf(PDF, 10 * 1024 * 1024 + 1);
		assertThat(errors(clearance("Dr R", today, null, "big.pdf", big)).get("document"))
			.contains("10.0 MB").contains("the limit is 10 MB");
		// Exactly 10 MB is accepted.
		byte[] limit = Arrays.copyOf(PDF, 10 * 1024 * 1024);
		assertThat(clearances.record(clearance("Dr R", today, null, "limit.pdf", limit), desk.id()).document()
			.sizeBytes()).isEqualTo(10 * 1024 * 1024);
		// Too big to be read at all: only its size is known.
		assertThat(errors(new NewClearance(client, "Dr R", null, today, null, null,
				new NewClearance.Upload("huge.pdf", 50L * 1024 * 1024, null))).get("document")).contains("50.0 MB");
	}

	@Test
	void thereIsNothingToClearWithoutAScreeningAskingForIt() {
		long fine = clients.create(null, "Pat", "Well", null, null);
		assertThat(errors(new NewClearance(fine, "Dr R", null, today, null, null,
				new NewClearance.Upload("x.pdf", PDF.length, PDF))).get("form")).contains("no screening yet");
		records.store(fine, null, ScreeningKind.INTAKE, Results.cautions(), "v1", false, null);
		assertThat(errors(new NewClearance(fine, "Dr R", null, today, null, null,
				new NewClearance.Upload("x.pdf", PDF.length, PDF))).get("form")).contains("asks for no physician");
		assertThatThrownBy(() -> clearances.record(new NewClearance(999_999, "Dr R", null, today, null, null, null),
				desk.id()))
			.isInstanceOfSatisfying(ApiProblem.class, p -> assertThat(p.getStatusCode().value()).isEqualTo(404));
	}

	@Test
	void aWithdrawnClearanceBlocksAgainAndKeepsItsReason() {
		Clearance saved = clearances.record(clearance("Dr R", today, null, "x.pdf", PDF), desk.id());
		assertThat(gate.check(client, true, today).allowed()).isTrue();
		assertThatThrownBy(() -> clearances.withdraw(client, saved.id(), "  ", desk.id()))
			.isInstanceOfSatisfying(ApiProblem.class, p -> assertThat(p.field()).isEqualTo("reason"));
		assertThatThrownBy(() -> clearances.withdraw(client + 1, saved.id(), "Wrong client", desk.id()))
			.isInstanceOfSatisfying(ApiProblem.class, p -> assertThat(p.getStatusCode().value()).isEqualTo(404));
		Clearance withdrawn = clearances.withdraw(client, saved.id(), "Recorded for the wrong client", desk.id());
		assertThat(withdrawn.withdrawn()).isTrue();
		assertThat(withdrawn.withdrawnReason()).isEqualTo("Recorded for the wrong client");
		assertThat(withdrawn.withdrawnBy()).isEqualTo(desk.id());
		assertThat(gate.check(client, true, today).allowed()).isFalse();
		assertThatThrownBy(() -> clearances.withdraw(client, saved.id(), "again", desk.id()))
			.isInstanceOfSatisfying(ApiProblem.class, p -> assertThat(p.getStatusCode().value()).isEqualTo(409));
		assertThat(audit.forSubject("client", String.valueOf(client))).extracting(AuditEvent::detail)
			.anyMatch(detail -> detail != null && detail.contains("Recorded for the wrong client"));
		assertThat(clearances.forClient(client)).extracting(Clearance::id).containsExactly(saved.id());
	}

	@Test
	void theDatabaseRefusesAnExpiryNotAfterTheClearanceDate() {
		assertThatThrownBy(() -> jdbc.sql("""
				insert into clearance (client_id, physician_name, cleared_on, expires_on, recorded_by, recorded_at)
				values (:client, 'Dr R', :on, :on, :user, current_timestamp)
				""").param("client", client).param("on", today).param("user", desk.id()).update())
			.isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
	}

	private java.util.Map<String, String> errors(NewClearance clearance) {
		try {
			clearances.record(clearance, desk.id());
		}
		catch (ApiProblem problem) {
			assertThat(problem.getStatusCode().value()).isEqualTo(400);
			return problem.errors();
		}
		throw new AssertionError("the clearance was recorded");
	}

	private int count() {
		return jdbc.sql("select count(*) from clearance").query(Integer.class).single();
	}

}
