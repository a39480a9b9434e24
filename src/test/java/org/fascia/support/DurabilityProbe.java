package org.fascia.support;

import org.fascia.FasciaApplication;
import org.fascia.messaging.MailOutbox;
import org.fascia.messaging.OutgoingMail;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Runs the real application on the real H2 file configuration in a separate JVM. "write" mode
 * commits outbox mails one transaction at a time and prints "ACK n" after each commit returns;
 * "count" mode prints how many survived.
 */
public final class DurabilityProbe {

	private DurabilityProbe() {
	}

	public static void main(String[] args) {
		String mode = args[0];
		String dataDir = args[1];
		ConfigurableApplicationContext context = SpringApplication.run(FasciaApplication.class,
				"--fascia.data-dir=" + dataDir, "--fascia.scheduling=false", "--server.port=0",
				"--spring.main.banner-mode=off", "--logging.level.root=WARN");
		if ("count".equals(mode)) {
			long rows = context.getBean(JdbcClient.class)
				.sql("select count(*) from mail_outbox")
				.query(Long.class)
				.single();
			System.out.println("COUNT " + rows);
			System.out.flush();
			context.close();
			return;
		}
		MailOutbox outbox = context.getBean(MailOutbox.class);
		System.out.println("READY");
		System.out.flush();
		for (int i = 1; i < 1_000_000; i++) {
			outbox.enqueue(OutgoingMail.text("probe" + i + "@test.fascia.dev", "Durability " + i, "Row " + i));
			System.out.println("ACK " + i);
			System.out.flush();
		}
	}

}
