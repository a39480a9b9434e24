package org.fascia.support;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * One real SMTP server (GreenMail) for the whole test JVM; every Spring context delivers to it.
 * Tests tell their mail apart by recipient address.
 */
public final class TestMail {

	private static GreenMail server;

	private TestMail() {
	}

	public static synchronized GreenMail server() {
		if (server == null) {
			server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
			server.start();
			Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
		}
		return server;
	}

	public static int port() {
		return server().getSmtp().getPort();
	}

	/** Waits for the first message to this address and returns it. */
	public static MimeMessage awaitMessageTo(String address, Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			for (MimeMessage message : server().getReceivedMessages()) {
				try {
					for (Address to : message.getAllRecipients()) {
						if (to.toString().equalsIgnoreCase(address)) {
							return message;
						}
					}
				}
				catch (MessagingException ex) {
					throw new IllegalStateException(ex);
				}
			}
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
		throw new AssertionError("No mail to " + address + " arrived within " + timeout);
	}

	public static List<MimeMessage> messagesTo(String address) {
		List<MimeMessage> found = new ArrayList<>();
		for (MimeMessage message : server().getReceivedMessages()) {
			try {
				for (Address to : message.getAllRecipients()) {
					if (to.toString().equalsIgnoreCase(address)) {
						found.add(message);
					}
				}
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}
		return found;
	}

	/** The decoded text of a single-part mail; the raw MIME body of a multipart one. */
	public static String body(MimeMessage message) {
		try {
			Object content = message.getContent();
			return content instanceof String text ? text : GreenMailUtil.getBody(message);
		}
		catch (java.io.IOException | MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
