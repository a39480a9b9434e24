package org.fascia.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.fascia.identity.FasciaUser;
import org.fascia.identity.Role;
import org.fascia.support.DatabaseTest;
import org.fascia.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Without SMTP settings, mail is kept in the outbox and the owner reads it at /admin/mail. */
@DatabaseTest
@SpringBootTest(properties = "fascia.test.no-smtp=true")
@AutoConfigureMockMvc
@Import(TestAccounts.class)
class MailWithoutSmtpTest {

	@Autowired
	MailOutbox outbox;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Test
	void mailIsKeptAndReadableByTheOwner() throws Exception {
		FasciaUser owner = accounts.principal(Role.OWNER);
		String to = TestAccounts.unique("kept");
		long id = outbox.enqueue(OutgoingMail.text(to, "Welcome to the clinic", "We look forward to seeing you."));
		Thread.sleep(800);
		assertThat(jdbc.sql("select status from mail_outbox where id = :id").param("id", id).query(String.class)
			.single()).isEqualTo("PENDING");

		String list = mvc.perform(get("/admin/mail").with(user(owner))).andReturn().getResponse().getContentAsString();
		assertThat(list).contains("No SMTP server is configured").contains("Welcome to the clinic").contains(to);
		String one = mvc.perform(get("/admin/mail/" + id).with(user(owner))).andReturn().getResponse()
			.getContentAsString();
		assertThat(one).contains("We look forward to seeing you.");

		FasciaUser therapist = accounts.principal(Role.THERAPIST);
		assertThat(mvc.perform(get("/admin/mail/" + id).with(user(therapist))).andReturn().getResponse().getStatus())
			.isEqualTo(403);
	}

}
