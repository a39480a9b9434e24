package org.fascia.intake;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Map;
import java.util.Set;

import javax.imageio.ImageIO;

import org.fascia.clients.ClientAccounts;
import org.fascia.clients.ClientDirectory;
import org.fascia.identity.Account;
import org.fascia.identity.FasciaUser;
import org.fascia.identity.Role;
import org.fascia.support.TestAccounts;
import org.springframework.stereotype.Component;

/** Client accounts and signatures for the consent tests. */
@Component
class ConsentFixture {

	record Client(long id, FasciaUser user) {
	}

	private final TestAccounts accounts;

	private final ClientAccounts clientAccounts;

	private final ClientDirectory clients;

	ConsentFixture(TestAccounts accounts, ClientAccounts clientAccounts, ClientDirectory clients) {
		this.accounts = accounts;
		this.clientAccounts = clientAccounts;
		this.clients = clients;
	}

	Client client(String first, String last) {
		accounts.ensureClinic();
		Account account = clientAccounts
			.signUp(new ClientAccounts.SignUp(first, last, TestAccounts.unique("client"), null, TestAccounts.PASSWORD));
		FasciaUser user = new FasciaUser(account.id(), account.email(), account.displayName(), Role.CLIENT, null, true,
				false);
		return new Client(clients.idForUser(account.id()).orElseThrow(), user);
	}

	FasciaUser staff(Role role) {
		return accounts.principal(role);
	}

	/** Both current texts shown and ticked, a name and a drawn signature: a valid signing. */
	static ConsentSigning valid(long clientId, String name, Long userId, Long witness) {
		return new ConsentSigning(clientId, Map.of("massage", 1, "data-processing", 1),
				Set.of("massage", "data-processing"), name, drawnSignature(), false, "203.0.113.7", "JUnit", userId,
				witness);
	}

	/** A PNG data URL with a stroke on a transparent background, like the canvas makes. */
	static String drawnSignature() {
		BufferedImage image = new BufferedImage(600, 200, BufferedImage.TYPE_INT_ARGB);
		Graphics2D g = image.createGraphics();
		g.setColor(new Color(0x1b, 0x1f, 0x24));
		g.setStroke(new BasicStroke(3));
		g.drawLine(40, 150, 200, 40);
		g.drawLine(200, 40, 320, 160);
		g.drawLine(320, 160, 540, 60);
		g.dispose();
		return dataUrl(image);
	}

	static String dataUrl(BufferedImage image) {
		return SignatureImage.PREFIX + Base64.getEncoder().encodeToString(png(image));
	}

	static byte[] png(BufferedImage image) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

}
