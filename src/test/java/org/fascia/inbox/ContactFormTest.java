package org.fascia.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.mail.internet.MimeMessage;

import org.fascia.identity.Account;
import org.fascia.identity.Role;
import org.fascia.support.FasciaIntegrationTest;
import org.fascia.support.TestAccounts;
import org.fascia.support.TestMail;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The public "Ask us" form (issue 7, requirements 1 and 9): a valid enquiry is stored with the consent wording, the
 * sender gets an acknowledgement and the owners and front desk a notice (outbox, delivered to GreenMail); each invalid
 * field is named and nothing is stored; a filled honeypot looks accepted but is stored as spam and mails nobody; the
 * sixth enquiry within the hour from one address answers 429 (page and API, problem+json), X-Forwarded-For does not
 * get around it, and another address is not affected.
 */
@FasciaIntegrationTest
class ContactFormTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestAccounts accounts;

	Account frontDesk;

	@BeforeEach
	void clinic() {
		accounts.ensureClinic();
		frontDesk = accounts.create(Role.FRONT_DESK);
	}

	/** A client address of its own for each test, so the rate limit of one test never touches another. */
	static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	static String newAddress() {
		return "198.51.100." + (1 + Math.floorMod(UUID.randomUUID().hashCode(), 250)) + "-" + UUID.randomUUID();
	}

	static MockHttpServletRequestBuilder form(String name, String email, String phone, String message, boolean consent) {
		MockHttpServletRequestBuilder request = post("/contact").with(csrf());
		if (name != null) {
			request.param("name", name);
		}
		if (email != null) {
			request.param("email", email);
		}
		if (phone != null) {
			request.param("phone", phone);
		}
		if (message != null) {
			request.param("message", message);
		}
		if (consent) {
			request.param("consent", "true");
		}
		return request.param("website", "");
	}

	int stored(String email) {
		return jdbc.sql("select count(*) from enquiry where email = :e").param("e", email).query(Integer.class).single();
	}

	List<String> mailTo(String address) {
		return jdbc.sql("select body_text from mail_outbox where recipient = :to").param("to", address)
			.query(String.class).list();
	}

	@Test
	void theFormShowsTheConsentWordingAndAHoneypotHiddenFromPeopleAndAssistiveTechnology() throws Exception {
		String html = mvc.perform(get("/contact")).andReturn().getResponse().getContentAsString();
		assertThat(html).contains("I agree that Test Clinic may contact me by email, or by phone if I gave a number");
		assertThat(html).containsPattern("<div class=\"hp-field\" aria-hidden=\"true\">");
		assertThat(html).containsPattern("<input id=\"website\" name=\"website\" type=\"text\" tabindex=\"-1\" autocomplete=\"off\"");
		assertThat(html).contains("name=\"_csrf\"");
	}

	@Test
	void aValidEnquiryIsStoredWithTheConsentAndMailsTheSenderAndTheDesk() throws Exception {
		String email = TestAccounts.unique("sender");
		MockHttpServletResponse response = mvc.perform(form("Jane Walker", email, "+44 20 7946 0000",
				"My lower back has been stiff for three weeks. Would deep tissue help?", true).with(from(newAddress())))
			.andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(302);
		assertThat(response.getRedirectedUrl()).isEqualTo("/contact/thanks");
		Map<String, Object> row = jdbc.sql("select * from enquiry where email = :e").param("e", email).query().singleRow();
		assertThat(row.get("name")).isEqualTo("Jane Walker");
		assertThat(row.get("phone")).isEqualTo("+44 20 7946 0000");
		assertThat(row.get("spam")).isEqualTo(false);
		assertThat(row.get("consent_text")).isEqualTo("I agree that Test Clinic may contact me by email, or by phone if I gave a number, to answer this message.");
		assertThat(mailTo(email)).singleElement().satisfies(body -> assertThat(body).contains("Hello Jane Walker")
			.doesNotContain("three weeks"));
		long id = jdbc.sql("select id from enquiry where email = :e").param("e", email).query(Long.class).single();
		assertThat(mailTo(frontDesk.email())).singleElement().satisfies(body -> assertThat(body)
			.contains("Jane Walker").contains("/inbox/enquiries/" + id).doesNotContain("three weeks"));
		MimeMessage delivered = TestMail.awaitMessageTo(email, Duration.ofSeconds(60));
		assertThat(delivered.getSubject()).isEqualTo("We have your message · Test Clinic");
		String thanks = mvc.perform(get("/contact/thanks")).andReturn().getResponse().getContentAsString();
		assertThat(thanks).contains("Thank you, we have your message");
	}

	static Stream<Arguments> invalid() {
		String ok = "A question about my back, please.";
		return Stream.of(
				Arguments.of("name", null, "x@example.com", null, ok, true, "Please tell us your name."),
				Arguments.of("name", "A".repeat(121), "x@example.com", null, ok, true, "Please keep your name to 120 characters."),
				Arguments.of("name", "Jane\r\nBcc: x@evil.test", "x@example.com", null, ok, true, "Please write your name on one line."),
				Arguments.of("email", "Jane", "", null, ok, true, "Please give an email address, so we can reply."),
				Arguments.of("email", "Jane", "jane-at-example", null, ok, true, "This does not look like an email address"),
				Arguments.of("phone", "Jane", "x@example.com", "call me maybe", ok, true, "Please give a phone number with digits only"),
				Arguments.of("message", "Jane", "x@example.com", null, "", true, "Please write your message."),
				Arguments.of("message", "Jane", "x@example.com", null, "Help", true, "Please tell us a little more"),
				Arguments.of("message", "Jane", "x@example.com", null, "a".repeat(5001), true, "Please keep your message to 5000 characters"),
				Arguments.of("consent", "Jane", "x@example.com", null, ok, false, "Please agree that we may contact you"));
	}

	@ParameterizedTest(name = "{0}: {6}")
	@MethodSource("invalid")
	void eachInvalidFieldIsNamedAndNothingIsStored(String field, String name, String email, String phone,
			String message, boolean consent, String expected) throws Exception {
		String address = email.contains("@") ? email.replace("x@", UUID.randomUUID() + "@") : email;
		MockHttpServletResponse response = mvc.perform(form(name, address, phone, message, consent).with(from(newAddress())))
			.andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(400);
		String html = response.getContentAsString();
		assertThat(html).contains("Your message was not sent yet.");
		assertThat(html).contains("id=\"" + field + "-error\"");
		assertThat(html).contains(expected.replace("\"", "&quot;"));
		assertThat(html).containsPattern("id=\"" + field + "\"[^>]*aria-invalid=\"true\"");
		if (!address.isEmpty()) {
			assertThat(stored(address)).isZero();
			assertThat(mailTo(address)).isEmpty();
		}
	}

	@Test
	void whatWasTypedStaysInTheFormWhenAFieldIsInvalid() throws Exception {
		String html = mvc.perform(form("Jane", "jane@example.com", null, "My back hurts when I sit.", false)
			.with(from(newAddress()))).andReturn().getResponse().getContentAsString();
		assertThat(html).contains("value=\"Jane\"").contains("value=\"jane@example.com\"").contains(">My back hurts when I sit.</textarea>");
	}

	@Test
	void aFilledHoneypotLooksAcceptedButIsStoredAsSpamMailsNobodyAndIsNotListed() throws Exception {
		String email = TestAccounts.unique("robot");
		MockHttpServletResponse response = mvc.perform(form("Cheap Pills", email, null, "Buy cheap pills at our site now!!!", true)
			.param("website", "http://spam.example").with(from(newAddress()))).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(302);
		assertThat(response.getRedirectedUrl()).isEqualTo("/contact/thanks");
		assertThat(jdbc.sql("select spam from enquiry where email = :e").param("e", email).query(Boolean.class).single()).isTrue();
		assertThat(mailTo(email)).isEmpty();
		assertThat(jdbc.sql("select count(*) from mail_outbox where body_text like '%Cheap Pills%'").query(Integer.class).single()).isZero();
		String inbox = mvc.perform(get("/inbox").with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
			.user(accounts.principal(Role.OWNER)))).andReturn().getResponse().getContentAsString();
		assertThat(inbox).doesNotContain("Cheap Pills");
		long id = jdbc.sql("select id from enquiry where email = :e").param("e", email).query(Long.class).single();
		assertThat(mvc.perform(get("/inbox/enquiries/" + id).with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
			.user(accounts.principal(Role.OWNER)))).andReturn().getResponse().getStatus()).isEqualTo(404);
	}

	@Test
	void theSixthEnquiryWithinTheHourFromOneAddressIsRefusedWith429AndTheTextKept() throws Exception {
		String address = newAddress();
		for (int i = 1; i <= 5; i++) {
			String email = TestAccounts.unique("limit" + i);
			assertThat(mvc.perform(form("Sender " + i, email, null, "Message number " + i + " about my back.", true)
				.with(from(address))).andReturn().getResponse().getStatus()).as("enquiry %d", i).isEqualTo(302);
		}
		String sixth = TestAccounts.unique("limit6");
		// A forwarded-for header does not change who the client is: the server decides that, not the request.
		MockHttpServletResponse refused = mvc.perform(form("Sender 6", sixth, null, "Message number 6 about my back.", true)
			.header("X-Forwarded-For", "192.0.2.99").with(from(address))).andReturn().getResponse();
		assertThat(refused.getStatus()).isEqualTo(429);
		assertThat(refused.getHeader("Retry-After")).isNotNull();
		assertThat(Long.parseLong(refused.getHeader("Retry-After"))).isBetween(1L, 3600L);
		String html = refused.getContentAsString();
		assertThat(html).contains("Your message was not sent.")
			.contains("You have sent several messages in the last hour.")
			.contains(">Message number 6 about my back.</textarea>");
		assertThat(stored(sixth)).isZero();
		assertThat(mailTo(sixth)).isEmpty();
		String other = TestAccounts.unique("other");
		assertThat(mvc.perform(form("Someone else", other, null, "A different person, a different address.", true)
			.with(from(newAddress()))).andReturn().getResponse().getStatus()).isEqualTo(302);
	}

	@Test
	void theApiAnswersProblemsPerFieldAndTooManyRequests() throws Exception {
		String address = newAddress();
		MockHttpServletResponse bad = mvc.perform(post("/api/v1/enquiries").with(from(address))
			.contentType("application/json").content("{\"name\":\"\",\"email\":\"nope\",\"message\":\"Hi\"}"))
			.andReturn().getResponse();
		assertThat(bad.getStatus()).isEqualTo(400);
		assertThat(bad.getContentType()).startsWith("application/problem+json");
		assertThat(bad.getContentAsString()).contains("\"name\"").contains("\"email\"").contains("\"message\"")
			.contains("\"consent\"");
		for (int i = 1; i <= 5; i++) {
			String email = TestAccounts.unique("api" + i);
			MockHttpServletResponse ok = mvc.perform(post("/api/v1/enquiries").with(from(address))
				.contentType("application/json")
				.content("{\"name\":\"Api " + i + "\",\"email\":\"" + email + "\",\"message\":\"A question from a program.\",\"consent\":true}"))
				.andReturn().getResponse();
			assertThat(ok.getStatus()).isEqualTo(202);
			assertThat(stored(email)).isOne();
		}
		MockHttpServletResponse limited = mvc.perform(post("/api/v1/enquiries").with(from(address))
			.contentType("application/json")
			.content("{\"name\":\"Api 6\",\"email\":\"api6@example.com\",\"message\":\"A question from a program.\",\"consent\":true}"))
			.andReturn().getResponse();
		assertThat(limited.getStatus()).isEqualTo(429);
		assertThat(limited.getContentType()).startsWith("application/problem+json");
		assertThat(limited.getHeader("Retry-After")).isNotNull();
		assertThat(limited.getContentAsString()).contains("\"status\":429").contains("several messages");
	}

}
