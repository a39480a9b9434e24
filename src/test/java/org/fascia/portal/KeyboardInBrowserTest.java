package org.fascia.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import org.fascia.support.Chromium;
import org.fascia.support.DatabaseTest;
import org.fascia.support.DemoClinicInBrowser;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Keyboard alone (issue 7, requirement 7), in Chromium on the demo clinic. On every public and portal page, Tab
 * starts at the "Skip to content" link, which moves focus to the page's content; Tab then reaches every visible
 * control in turn, each with a visible focus ring, and never gets stuck. And whole tasks are done without a mouse:
 * signing in, the self-check, and sending the "Ask us" form.
 */
@DatabaseTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "fascia.demo=true", "fascia.test.context=browser-keyboard" })
class KeyboardInBrowserTest extends DemoClinicInBrowser {

	/**
	 * The visible controls a keyboard user must reach: what the browser puts in the tab order (of a radio group,
	 * the checked option, else the first). Each candidate is marked by its place in the document.
	 */
	static final String FOCUSABLES = """
			() => [...document.querySelectorAll('a[href], button, input, select, textarea, summary, [tabindex]')]
			  .map((e, i) => { e.dataset.kbd = 'k' + i; return e; })
			  .filter(e => !e.disabled && e.tabIndex >= 0 && e.type !== 'hidden')
			  .filter(e => { const r = e.getBoundingClientRect();
			                 return r.width > 0 && r.height > 0 && !e.closest('[inert]')
			                   && e.checkVisibility({ visibilityProperty: true, contentVisibilityAuto: true }); })
			  .filter(e => e.type !== 'radio' || e === (document.querySelector(
			      'input[type=radio][name="' + e.name + '"]:checked') || document.querySelector(
			      'input[type=radio][name="' + e.name + '"]')))
			  .map(e => e.dataset.kbd)
			""";

	/**
	 * The focused element: its marker, a readable name, and whether a focus ring shows (an outline or a shadow; on
	 * the body map's SVG regions, a thick stroke).
	 */
	static final String FOCUSED = """
			() => { const e = document.activeElement;
			  if (!e || e === document.body) return null;
			  const s = getComputedStyle(e);
			  const ring = (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none'
			    || (e instanceof SVGElement && parseFloat(s.strokeWidth) >= 3);
			  return { id: e.dataset.kbd || '', name: (e.tagName + ' ' + (e.id || e.name || e.textContent || '')).trim()
			    .replace(/\\s+/g, ' ').slice(0, 60), ring: ring }; }
			""";

	@Test
	void tabReachesEveryControlOnEveryPageWithAVisibleFocusRing() {
		String base = base();
		List<String> findings = new ArrayList<>();
		try (BrowserContext desktop = chromium.browser().newContext(new Browser.NewContextOptions()
			.setViewportSize(1280, 900))) {
			Page page = desktop.newPage();
			for (String path : PortalAccessibilityInBrowserTest.PUBLIC) {
				tabThrough(page, base + path, findings);
			}
			signIn(page, base, "alex@demo.fascia.test");
			for (String path : PortalAccessibilityInBrowserTest.PORTAL) {
				tabThrough(page, base + path, findings);
			}
		}
		assertThat(findings).as("keyboard findings").isEmpty();
	}

	@Test
	void signInSelfCheckAndAskUsWithoutAMouse() {
		String base = base();
		try (BrowserContext desktop = chromium.browser().newContext(new Browser.NewContextOptions()
			.setViewportSize(1280, 900))) {
			Page page = desktop.newPage();

			// the self-check: Tab from field to field, selects and radio groups by arrow keys, the button by Enter
			page.navigate(base + "/which-massage");
			tabTo(page, "#weeks");
			page.keyboard().type("16");
			for (String select : List.of("#goal", "#pressure", "#experience", "#sensitivity")) {
				tabTo(page, select);
				page.keyboard().press("ArrowDown");
			}
			@SuppressWarnings("unchecked")
			List<String> groups = (List<String>) page.evaluate("() => [...new Set([...document.querySelectorAll("
					+ "'input[type=radio][value=no]')].map(r => r.name))]");
			for (String group : groups) {
				tabTo(page, "input[type=radio][name='" + group + "']");
				page.keyboard().press("ArrowDown"); // from "Yes" to "No", which checks it
			}
			tabTo(page, "main button[type=submit]");
			page.keyboard().press("Enter");
			page.waitForSelector("#self-check-result");
			assertThat(page.locator("#self-check-result").textContent()).contains("What might suit you");

			// signing in: type, Tab, type, Enter
			page.navigate(base + "/login");
			tabTo(page, "#email");
			page.keyboard().type("priya@demo.fascia.test");
			page.keyboard().press("Tab");
			page.keyboard().type(DEMO_PASSWORD);
			page.keyboard().press("Enter");
			page.waitForURL(url -> !url.contains("/login"));
			assertThat(page.url()).contains("/portal");

			// Ask us: Tab from field to field, Space ticks the consent, Enter sends
			page.navigate(base + "/contact");
			tabTo(page, "#name");
			page.keyboard().press("Control+A");
			page.keyboard().type("Priya Shah");
			tabTo(page, "#email");
			page.keyboard().press("Control+A");
			page.keyboard().type("priya@demo.fascia.test");
			tabTo(page, "#message");
			page.keyboard().type("Can I book two visits a week apart?");
			tabTo(page, "#consent");
			page.keyboard().press("Space");
			tabTo(page, "main button[type=submit]");
			page.keyboard().press("Enter");
			page.waitForURL(url -> url.contains("/contact/thanks"));
			assertThat(page.getByRole(AriaRole.HEADING).first().textContent()).isNotBlank();
			Chromium.screenshot(page, "keyboard-contact-thanks");
		}
	}

	/**
	 * Tab from the top of the page: the skip link first (Enter moves focus into the content), then every control
	 * once, each with a visible ring, until focus leaves the page. A page that puts focus in its first field
	 * (sign-in) is walked forward from there and back with Shift+Tab.
	 */
	private static void tabThrough(Page page, String url, List<String> findings) {
		page.navigate(url);
		@SuppressWarnings("unchecked")
		Set<String> expected = new LinkedHashSet<>((List<String>) page.evaluate(FOCUSABLES));
		@SuppressWarnings("unchecked")
		Map<String, Object> names = (Map<String, Object>) page.evaluate("() => Object.fromEntries([...document"
				+ ".querySelectorAll('[data-kbd]')].map(e => [e.dataset.kbd, e.tagName + ' ' + (e.id || e.name || "
				+ "e.textContent || '').trim().replace(/\\s+/g, ' ').slice(0, 60)]))");
		@SuppressWarnings("unchecked")
		Map<String, Object> autofocused = (Map<String, Object>) page.evaluate(FOCUSED);
		Set<String> reached = new LinkedHashSet<>();
		if (autofocused == null) {
			page.keyboard().press("Tab");
			@SuppressWarnings("unchecked")
			Map<String, Object> first = (Map<String, Object>) page.evaluate(FOCUSED);
			if (first == null || !String.valueOf(first.get("name")).contains("Skip to content")) {
				findings.add(url + ": the first Tab does not reach \"Skip to content\" but " + first);
			}
			walk(page, "Tab", expected.size(), reached, url, findings);
			// the skip link moves focus into the page's content
			page.navigate(url);
			page.keyboard().press("Tab");
			page.keyboard().press("Enter");
			Object inMain = page.evaluate(
					"() => document.activeElement.id === 'main' || !!document.activeElement.closest('main')");
			if (!Boolean.TRUE.equals(inMain)) {
				findings.add(url + ": \"Skip to content\" does not move focus to the content");
			}
		}
		else {
			walk(page, "Tab", expected.size(), reached, url, findings);
			page.navigate(url);
			page.waitForFunction("() => document.activeElement !== document.body");
			page.evaluate(FOCUSABLES); // the same markers on the fresh page
			walk(page, "Shift+Tab", expected.size(), reached, url, findings);
		}
		Set<String> missed = new LinkedHashSet<>(expected);
		missed.removeAll(reached);
		if (!missed.isEmpty()) {
			findings.add(url + ": Tab never reaches " + missed.stream().map(names::get).toList());
		}
	}

	/**
	 * From the focused element, presses the key until focus leaves the page or comes round to where it started,
	 * noting every element reached and every one without a visible focus ring. A date field takes a stop per part
	 * (day, month, year), so three stops a control are allowed; more is a keyboard trap.
	 */
	private static void walk(Page page, String key, int controls, Set<String> reached, String url,
			List<String> findings) {
		String start = null;
		for (int i = 0; i < controls * 3 + 10; i++) {
			@SuppressWarnings("unchecked")
			Map<String, Object> focused = (Map<String, Object>) page.evaluate(FOCUSED);
			String id = focused == null ? null : String.valueOf(focused.get("id"));
			if (focused == null || (i > 0 && id.equals(start))) {
				return;
			}
			if (start == null) {
				start = id;
			}
			if (!Boolean.TRUE.equals(focused.get("ring"))) {
				findings.add(url + ": no visible focus ring on " + focused.get("name"));
			}
			reached.add(id);
			page.keyboard().press(key);
		}
		findings.add(url + ": " + key + " never leaves the page (a keyboard trap?)");
	}

	/** Presses Tab (at most 40 times) until the element matching the selector has focus. */
	private static void tabTo(Page page, String selector) {
		for (int i = 0; i < 40; i++) {
			page.keyboard().press("Tab");
			if (Boolean.TRUE.equals(page.evaluate("s => document.activeElement === document.querySelector(s)", selector))) {
				return;
			}
		}
		throw new AssertionError("Tab never reached " + selector + " on " + page.url());
	}

}
