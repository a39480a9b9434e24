package org.fascia.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/**
 * Debian's Chromium driven by Playwright: no browser download, the flags this machine needs, and
 * screenshots under target/screenshots/.
 */
public final class Chromium implements AutoCloseable {

	public static final Path EXECUTABLE = Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"));

	public static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private final Playwright playwright;

	private final Browser browser;

	private Chromium() {
		this.playwright = Playwright.create(
				new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		this.browser = playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(EXECUTABLE)
				.setHeadless(true)
				.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
						"--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic")));
	}

	public static Chromium launch() {
		if (!Files.isExecutable(EXECUTABLE)) {
			throw new IllegalStateException("Chromium is not installed at " + EXECUTABLE
					+ " (apt-get install chromium; .ci/run does this)");
		}
		return new Chromium();
	}

	public Browser browser() {
		return browser;
	}

	public static void screenshot(Page page, String name) {
		try {
			Files.createDirectories(SCREENSHOTS);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
	}

	@Override
	public void close() {
		browser.close();
		playwright.close();
	}

}
