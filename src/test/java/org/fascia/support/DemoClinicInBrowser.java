package org.fascia.support;

import java.time.Duration;
import java.time.Instant;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import org.fascia.platform.Db;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every browser test on the demo clinic needs: Debian's Chromium for the class, the server's address,
 * signing in as a demo account, phone and tablet windows, and appointments written directly (a visit in the
 * past only has to exist, e.g. for "the therapist treats this client"). Subclasses carry their own
 * {@code @SpringBootTest(webEnvironment = RANDOM_PORT, properties = {"fascia.demo=true", ...})}.
 */
public abstract class DemoClinicInBrowser {

	/** The password of every demo account. */
	public static final String DEMO_PASSWORD = "fascia-demo-2026";

	protected static Chromium chromium;

	@LocalServerPort
	protected int port;

	@Autowired
	protected JdbcClient jdbc;

	@BeforeAll
	static void launchChromium() {
		chromium = Chromium.launch();
	}

	@AfterAll
	static void closeChromium() {
		if (chromium != null) {
			chromium.close();
		}
	}

	protected String base() {
		return "http://127.0.0.1:" + port;
	}

	/** The id a query with one parameter {@code :v} finds, e.g. a client by first name. */
	protected long id(String sql, String value) {
		return jdbc.sql(sql).param("v", value).query(Long.class).single();
	}

	/**
	 * An appointment of a client with a demo therapist (by display name) for a service (by name), in the first
	 * room, with the service's turnover of 15 minutes; returns its id.
	 */
	protected long appointment(long clientId, String therapist, String service, Instant start, Duration length,
			String status) {
		long therapistId = id("select id from therapist where display_name = :v", therapist);
		long serviceId = id("select id from service where name = :v", service);
		long room = jdbc.sql("select min(id) from room").query(Long.class).single();
		jdbc.sql("""
				insert into appointment (client_id, therapist_id, room_id, service_id, start_at, end_at, occupied_until,
				                         status, created_at, changed_at)
				values (:client, :therapist, :room, :service, :start, :end, :until, :status, :start, :start)
				""")
			.param("client", clientId)
			.param("therapist", therapistId)
			.param("room", room)
			.param("service", serviceId)
			.param("start", Db.utc(start))
			.param("end", Db.utc(start.plus(length)))
			.param("until", Db.utc(start.plus(length).plus(Duration.ofMinutes(15))))
			.param("status", status)
			.update();
		return jdbc.sql("select max(id) from appointment where client_id = :c").param("c", clientId)
			.query(Long.class).single();
	}

	protected static void signIn(Page page, String base, String email) {
		page.navigate(base + "/login");
		page.getByLabel("Email").fill(email);
		page.getByLabel("Password").fill(DEMO_PASSWORD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
		page.waitForURL(url -> !url.contains("/login"));
	}

	/** A 360 px phone with touch. */
	protected static Browser.NewContextOptions phone() {
		return new Browser.NewContextOptions().setViewportSize(360, 780).setDeviceScaleFactor(2).setHasTouch(true)
			.setIsMobile(true);
	}

	/** Nothing on the page is wider than the window. */
	protected static void fitsIn(Page page, int width) {
		assertThat((Integer) page.evaluate("document.documentElement.scrollWidth"))
			.as("nothing wider than " + width + " px").isLessThanOrEqualTo(width);
	}

}
