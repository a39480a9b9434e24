package org.fascia.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.fascia.audit.AuditEvent;
import org.fascia.audit.AuditLog;
import org.fascia.identity.FasciaUser;
import org.fascia.identity.Role;
import org.fascia.support.FasciaIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The consent pages: sign in the portal or at the desk, precise messages, staff view, no one else's consent. */
@FasciaIntegrationTest
@Import(ConsentFixture.class)
class ConsentPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ConsentFixture fixture;

	@Autowired
	Consents consents;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AuditLog audit;

	@Test
	void theClientReadsBothTextsAndTheSignatureBox() throws Exception {
		ConsentFixture.Client client = fixture.client("Nina", "Simone");
		MockHttpServletResponse page = get(client.user(), "/portal/consent");
		assertThat(page.getStatus()).isEqualTo(200);
		assertThat(page.getContentAsString()).contains("Consent to massage treatment")
			.contains("How we use your information")
			.contains("You can ask for lighter or firmer pressure at any time.")
			.contains("Not signed yet")
			.contains("<canvas id=\"signature-pad\"")
			.contains("I can&#39;t draw a signature; my typed name is my signature")
			.contains("src=\"/js/signature.js\"")
			.doesNotContain("<script>")
			.doesNotContain("style=");
	}

	@Test
	void anIncompleteFormSaysWhatIsMissingAndSignsNothing() throws Exception {
		ConsentFixture.Client client = fixture.client("Ella", "Fitzgerald");
		MockHttpServletResponse page = mvc.perform(post("/portal/consent").with(user(client.user())).with(csrf())
			.param("version-massage", "1")
			.param("version-data-processing", "1")
			.param("agree", "massage")
			.param("fullName", "E")
			.param("signature", "data:image/png;base64,AAAA")).andReturn().getResponse();
		assertThat(page.getStatus()).isEqualTo(200);
		assertThat(page.getContentAsString()).contains("Nothing was signed yet.")
			.contains("Your full name needs at least 2 characters.")
			.contains("The signature could not be read as a PNG image.")
			.contains("Please tick the box to confirm that you have read and agree to &quot;How we use your information&quot;.")
			.doesNotContain("id=\"agree-massage-error\"");
		assertThat(consents.history(client.id())).isEmpty();
	}

	@Test
	void theClientSignsAndSeesTheirSignedConsentsButNobodyElses() throws Exception {
		ConsentFixture.Client nina = fixture.client("Billie", "Holiday");
		ConsentFixture.Client other = fixture.client("Sarah", "Vaughan");
		long othersId = consents.sign(ConsentFixture.valid(other.id(), "Sarah Vaughan", other.user().id(), null)).get(0);

		MockHttpServletResponse signed = mvc.perform(signing(post("/portal/consent"), "Billie <b>Holiday</b>")
			.with(user(nina.user()))
			.header("User-Agent", "Test browser")
			.header("X-Forwarded-For", "198.51.100.23")).andReturn().getResponse();
		assertThat(signed.getStatus()).isEqualTo(302);
		assertThat(signed.getRedirectedUrl()).isEqualTo("/portal/consent");
		assertThat(consents.hasCurrentConsent(nina.id())).isTrue();
		SignedConsent mine = consents.history(nina.id()).get(0);
		// Fascia is not configured for forwarded headers: the address is the connection's, not X-Forwarded-For.
		assertThat(mine.ipAddress()).isEqualTo("127.0.0.1");
		assertThat(mine.userAgent()).isEqualTo("Test browser");
		assertThat(mine.userId()).isEqualTo(nina.user().id());
		assertThat(mine.witnessedBy()).isNull();

		String list = get(nina.user(), "/portal/consent").getContentAsString();
		assertThat(list).contains("Signed on").contains("/portal/consent/" + mine.id()).doesNotContain("<canvas");
		String view = get(nina.user(), "/portal/consent/" + mine.id()).getContentAsString();
		assertThat(view).contains("Billie &lt;b&gt;Holiday&lt;/b&gt;").contains("matches the text below");
		assertThat(get(nina.user(), "/portal/consent/" + mine.id() + "/signature.png").getContentType())
			.isEqualTo("image/png");

		// Someone else's consent: not found through the portal, forbidden through the staff paths.
		assertThat(get(nina.user(), "/portal/consent/" + othersId).getStatus()).isEqualTo(404);
		assertThat(get(nina.user(), "/portal/consent/" + othersId + "/signature.png").getStatus()).isEqualTo(404);
		assertThat(get(nina.user(), "/clients/" + other.id() + "/consents/" + othersId).getStatus()).isEqualTo(403);
		assertThat(get(nina.user(), "/clients/" + other.id() + "/consents/" + othersId + "/signature.png").getStatus())
			.isEqualTo(403);
		assertThat(get(nina.user(), "/clients/" + other.id() + "/consent").getStatus()).isEqualTo(403);
		assertThat(mvc.perform(signing(post("/clients/" + other.id() + "/consent"), "Billie Holiday")
			.with(user(nina.user()))).andReturn().getResponse().getStatus()).isEqualTo(403);
	}

	@Test
	void staffWitnessASigningAtTheDeskAndReadTheSnapshot() throws Exception {
		ConsentFixture.Client client = fixture.client("Aretha", "Franklin");
		FasciaUser desk = fixture.staff(Role.FRONT_DESK);
		String form = get(desk, "/clients/" + client.id() + "/consent").getContentAsString();
		assertThat(form).contains("Please hand the tablet to").contains("Aretha Franklin").contains("<canvas");

		MockHttpServletResponse signed = mvc.perform(post("/clients/" + client.id() + "/consent").with(user(desk))
			.with(csrf())
			.param("version-massage", "1")
			.param("version-data-processing", "1")
			.param("agree", "massage", "data-processing")
			.param("fullName", "Aretha Franklin")
			.param("typedNameIsSignature", "true")).andReturn().getResponse();
		assertThat(signed.getRedirectedUrl()).isEqualTo("/clients/" + client.id() + "/consent");
		SignedConsent snapshot = consents.history(client.id()).get(0);
		assertThat(snapshot.witnessedBy()).isEqualTo(desk.id());
		assertThat(snapshot.typedNameIsSignature()).isTrue();

		FasciaUser therapist = fixture.staff(Role.THERAPIST);
		String view = get(therapist, "/clients/" + client.id() + "/consents/" + snapshot.id()).getContentAsString();
		assertThat(view).contains("Aretha Franklin")
			.contains("127.0.0.1")
			.contains("(Europe/London)")
			.contains("The typed name is the signature")
			.contains(desk.displayName())
			.contains("SHA-256 " + snapshot.textSha256());
		assertThat(get(therapist, "/clients/" + client.id() + "/consents/" + snapshot.id() + "/signature.png").getStatus())
			.isEqualTo(404);
		assertThat(audit.forSubject("client", String.valueOf(client.id()))).extracting(AuditEvent::actor)
			.contains(therapist.getUsername(), desk.getUsername());
	}

	@Test
	void staffSeeTheDrawnSignatureImage() throws Exception {
		ConsentFixture.Client client = fixture.client("Nina", "Hagen");
		long id = consents.sign(ConsentFixture.valid(client.id(), "Nina Hagen", client.user().id(), null)).get(0);
		FasciaUser owner = fixture.staff(Role.OWNER);
		String view = get(owner, "/clients/" + client.id() + "/consents/" + id).getContentAsString();
		assertThat(view).contains("src=\"/clients/" + client.id() + "/consents/" + id + "/signature.png\"")
			.contains("203.0.113.7");
		MockHttpServletResponse png = get(owner, "/clients/" + client.id() + "/consents/" + id + "/signature.png");
		assertThat(png.getContentType()).isEqualTo("image/png");
		assertThat(png.getHeader("Cache-Control")).contains("no-store");
		assertThat(png.getContentAsByteArray()).startsWith(0x89, 'P', 'N', 'G');
		// Another client's id in the path does not open this snapshot.
		ConsentFixture.Client stranger = fixture.client("Other", "Person");
		assertThat(get(owner, "/clients/" + stranger.id() + "/consents/" + id).getStatus()).isEqualTo(404);
		assertThat(get(owner, "/clients/999999/consent").getStatus()).isEqualTo(404);
	}

	private MockHttpServletResponse get(FasciaUser who, String path) throws Exception {
		return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path).with(user(who)))
			.andReturn()
			.getResponse();
	}

	private static MockHttpServletRequestBuilder signing(MockHttpServletRequestBuilder request, String name) {
		return request.with(csrf())
			.param("version-massage", "1")
			.param("version-data-processing", "1")
			.param("agree", "massage", "data-processing")
			.param("fullName", name)
			.param("signature", ConsentFixture.drawnSignature());
	}

}
