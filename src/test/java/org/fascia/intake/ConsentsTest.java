package org.fascia.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.Map;
import java.util.Set;

import org.fascia.audit.AuditEvent;
import org.fascia.audit.AuditLog;
import org.fascia.audit.AuditOutcome;
import org.fascia.identity.Role;
import org.fascia.platform.ApiProblem;
import org.fascia.platform.Words;
import org.fascia.support.FasciaIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Signing writes the exact snapshot, all or nothing, with precise messages; consent follows the current version. */
@FasciaIntegrationTest
@Import(ConsentFixture.class)
class ConsentsTest {

	@Autowired
	Consents consents;

	@Autowired
	ConsentTexts texts;

	@Autowired
	ConsentFixture fixture;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AuditLog audit;

	@Autowired
	Clock clock;

	@Autowired
	Words words;

	@Test
	void signingStoresOneSnapshotPerTextWithItsFingerprint() {
		ConsentFixture.Client client = fixture.client("Ada", "Lovelace");
		assertThat(consents.hasCurrentConsent(client.id())).isFalse();
		assertThat(consents.current(client.id())).allMatch(ConsentStatus::neverSigned);

		consents.sign(ConsentFixture.valid(client.id(), "  Ada   Lovelace ", client.user().id(), null));

		assertThat(consents.hasCurrentConsent(client.id())).isTrue();
		assertThat(consents.current(client.id())).allMatch(ConsentStatus::signedCurrent);
		assertThat(consents.history(client.id())).hasSize(2).allSatisfy(signed -> {
			ConsentText text = texts.current(signed.kind());
			assertThat(signed.text()).isEqualTo(text.source());
			assertThat(signed.textSha256()).isEqualTo(text.sha256());
			assertThat(signed.textIntact()).isTrue();
			assertThat(signed.typedName()).isEqualTo("Ada Lovelace");
			assertThat(signed.drawn()).isTrue();
			assertThat(signed.typedNameIsSignature()).isFalse();
			assertThat(signed.ipAddress()).isEqualTo("203.0.113.7");
			assertThat(signed.userAgent()).isEqualTo("JUnit");
			assertThat(signed.userId()).isEqualTo(client.user().id());
			assertThat(signed.witnessedBy()).isNull();
			assertThat(consents.signatureImage(client.id(), signed.id()).orElseThrow()).startsWith(0x89, 'P', 'N', 'G');
		});
		assertThat(audit.forSubject("client", String.valueOf(client.id())))
			.filteredOn(e -> e.action().equals("CONSENT_SIGNED") && e.outcome() == AuditOutcome.SUCCESS)
			.hasSize(2);
		assertThat(audit.forSubject("client", String.valueOf(client.id()))).extracting(AuditEvent::action)
			.contains("CONSENT_READ");
	}

	@Test
	void hasCurrentConsentFlipsWhenANewVersionOfATextAppears() {
		ConsentFixture.Client client = fixture.client("Grace", "Hopper");
		consents.sign(ConsentFixture.valid(client.id(), "Grace Hopper", client.user().id(), null));
		assertThat(consents.hasCurrentConsent(client.id())).isTrue();

		// The clinic publishes massage-2.md: the same signatures no longer make current consent.
		Consents next = new Consents(jdbc, new ConsentTexts(ConsentTexts.LOCATION, "classpath*:consent-next/*.md"),
				audit, clock, words);
		assertThat(next.hasCurrentConsent(client.id())).isFalse();
		Map<ConsentKind, ConsentStatus> status = new java.util.EnumMap<>(ConsentKind.class);
		next.current(client.id()).forEach(s -> status.put(s.kind(), s));
		assertThat(status.get(ConsentKind.MASSAGE).needsResign()).isTrue();
		assertThat(status.get(ConsentKind.MASSAGE).signedVersion()).isEqualTo(1);
		assertThat(status.get(ConsentKind.MASSAGE).currentVersion()).isEqualTo(2);
		assertThat(status.get(ConsentKind.DATA_PROCESSING).signedCurrent()).isTrue();
		assertThat(next.toSign(client.id())).extracting(ConsentText::kind, ConsentText::version)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(ConsentKind.MASSAGE, 2));

		next.sign(new ConsentSigning(client.id(), Map.of("massage", 2), Set.of("massage"), "Grace Hopper", null, true,
				"203.0.113.7", "JUnit", client.user().id(), null));
		assertThat(next.hasCurrentConsent(client.id())).isTrue();
		assertThat(next.history(client.id())).extracting(SignedConsent::version).containsExactlyInAnyOrder(2, 1, 1);
	}

	@Test
	void aRefusedSigningNamesEachFieldAndWritesNothing() {
		ConsentFixture.Client client = fixture.client("Alan", "Turing");
		ApiProblem problem = refused(new ConsentSigning(client.id(), Map.of("massage", 1, "data-processing", 1), Set.of(),
				"  ", null, false, null, null, client.user().id(), null));
		assertThat(problem.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(problem.errors()).containsOnlyKeys("agree-massage", "agree-data-processing", "fullName", "signature");
		assertThat(problem.errors().get("fullName")).isEqualTo("Please type your full name.");
		assertThat(problem.errors().get("signature")).isEqualTo(
				"Please draw your signature in the box, or tick \"I can't draw a signature; my typed name is my signature\".");
		assertThat(problem.errors().get("agree-massage")).isEqualTo(
				"Please tick the box to confirm that you have read and agree to \"Consent to massage treatment\".");

		// Everything right except one box: still nothing is written.
		refused(new ConsentSigning(client.id(), Map.of("massage", 1, "data-processing", 1), Set.of("massage"),
				"Alan Turing", ConsentFixture.drawnSignature(), false, null, null, client.user().id(), null));
		assertThat(rows(client.id())).isZero();
		assertThat(audit.forSubject("client", String.valueOf(client.id())))
			.filteredOn(e -> e.action().equals("CONSENT_SIGNED")).extracting(AuditEvent::outcome)
			.containsOnly(AuditOutcome.FAILURE);
	}

	@Test
	void theNameIsTwoTo200Characters() {
		ConsentFixture.Client client = fixture.client("Mary", "Somerville");
		assertThat(refused(withName(client, "A")).errors()).containsExactly(Map.entry("fullName",
				"Your full name needs at least 2 characters."));
		assertThat(refused(withName(client, "M".repeat(201))).errors()).containsExactly(Map.entry("fullName",
				"Your full name can be at most 200 characters."));
		consents.sign(withName(client, "M".repeat(200)));
		assertThat(rows(client.id())).isEqualTo(2);
	}

	@Test
	void aBadDrawingIsRefusedPreciselyAndTheTypedNameAlternativeIsRecorded() {
		ConsentFixture.Client client = fixture.client("Emmy", "Noether");
		ConsentSigning blank = new ConsentSigning(client.id(), Map.of("massage", 1, "data-processing", 1),
				Set.of("massage", "data-processing"), "Emmy Noether",
				ConsentFixture.dataUrl(new java.awt.image.BufferedImage(600, 200, java.awt.image.BufferedImage.TYPE_INT_ARGB)),
				false, null, null, client.user().id(), null);
		assertThat(refused(blank).errors()).containsExactly(Map.entry("signature", "The signature box is empty. Please draw your signature, or tick \"I can't draw a signature; my typed name is my signature\"."));
		ConsentSigning jpeg = new ConsentSigning(client.id(), Map.of("massage", 1, "data-processing", 1),
				Set.of("massage", "data-processing"), "Emmy Noether", "data:image/jpeg;base64,/9j/4AAQSkZJRgABAQ", false,
				null, null, client.user().id(), null);
		assertThat(refused(jpeg).errors()).containsExactly(Map.entry("signature",
				"The signature could not be read as a PNG image. Please clear the box and sign again."));

		consents.sign(new ConsentSigning(client.id(), Map.of("massage", 1, "data-processing", 1),
				Set.of("massage", "data-processing"), "Emmy Noether", null, true, null, null, client.user().id(), null));
		assertThat(consents.history(client.id())).allSatisfy(signed -> {
			assertThat(signed.typedNameIsSignature()).isTrue();
			assertThat(signed.drawn()).isFalse();
			assertThat(consents.signatureImage(client.id(), signed.id())).isEmpty();
		});
		assertThat(consents.hasCurrentConsent(client.id())).isTrue();
	}

	@Test
	void aTextChangedWhileThePageWasOpenOrNothingLeftToSignIsSaid() {
		ConsentFixture.Client client = fixture.client("Rosalind", "Franklin");
		ApiProblem stale = refused(new ConsentSigning(client.id(), Map.of("data-processing", 1),
				Set.of("massage", "data-processing"), "Rosalind Franklin", null, true, null, null, client.user().id(), null));
		assertThat(stale.errors().get("consent")).isEqualTo("The wording of \"Consent to massage treatment\" was updated "
				+ "while this page was open. Please read the current version below, then sign.");
		consents.sign(ConsentFixture.valid(client.id(), "Rosalind Franklin", client.user().id(), null));
		ApiProblem done = refused(ConsentFixture.valid(client.id(), "Rosalind Franklin", client.user().id(), null));
		assertThat(done.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
		assertThat(rows(client.id())).isEqualTo(2);
	}

	@Test
	void aStaffWitnessIsRecorded() {
		ConsentFixture.Client client = fixture.client("Mae", "Jemison");
		var desk = fixture.staff(Role.FRONT_DESK);
		consents.sign(ConsentFixture.valid(client.id(), "Mae Jemison", desk.id(), desk.id()));
		assertThat(consents.history(client.id())).allSatisfy(signed -> {
			assertThat(signed.witnessed()).isTrue();
			assertThat(signed.witnessedBy()).isEqualTo(desk.id());
		});
	}

	private ConsentSigning withName(ConsentFixture.Client client, String name) {
		return new ConsentSigning(client.id(), Map.of("massage", 1, "data-processing", 1),
				Set.of("massage", "data-processing"), name, null, true, null, null, client.user().id(), null);
	}

	private ApiProblem refused(ConsentSigning signing) {
		Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> consents.sign(signing));
		assertThat(thrown).isInstanceOf(ApiProblem.class);
		return (ApiProblem) thrown;
	}

	private int rows(long clientId) {
		return jdbc.sql("select count(*) from consent_signature where client_id = :c").param("c", clientId)
			.query(Integer.class).single();
	}

}
