package org.fascia.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;

/**
 * axe-core 4.10 (Deque) on the page as it is now: a public or portal page has no serious or critical violation
 * (issue 7, requirement 7). A failure lists each rule, its help text and the elements it found.
 */
public final class Axe {

	private Axe() {
	}

	/** Fails when axe finds a serious or critical violation on the page. */
	public static void clean(Page page) {
		String report = report(page);
		assertThat(report).as(() -> "axe-core on " + page.url() + ":\n" + report).isEmpty();
	}

	/** The serious and critical violations on the page, one rule a line with the elements it found; "" when none. */
	public static String report(Page page) {
		AxeResults results = new AxeBuilder(page).analyze();
		List<Rule> bad = results.getViolations().stream()
			.filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
			.toList();
		return bad.stream()
			.map(rule -> "- " + rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp() + "\n    "
					+ rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).limit(5)
						.collect(Collectors.joining("\n    ")))
			.collect(Collectors.joining("\n"));
	}

}
