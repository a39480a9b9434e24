package org.fascia.outcomes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.fascia.outcomes.OutcomeChart.Table;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.StringTemplateResolver;

/**
 * Renders {@code outcomes/chart :: chart(svg, table, caption)} through Spring's Thymeleaf engine, the way a page
 * that includes it would (its words from messages.properties), and wraps it in a test-only page with the app's CSS
 * inlined for Chromium.
 */
final class OutcomeChartFragment {

	private static final SpringTemplateEngine ENGINE = engine();

	private OutcomeChartFragment() {
	}

	static String render(String svg, Table table, String caption) {
		Context context = new Context();
		context.setVariables(Map.of("svg", svg, "table", table, "caption", caption));
		return ENGINE.process("<div th:replace=\"~{outcomes/chart :: chart(${svg}, ${table}, ${caption})}\"></div>",
				context);
	}

	/** A whole page for {@code page.setContent}: fascia.css and outcomes.css in a style block (test only). */
	static String page(String fragment) {
		return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
				+ "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><style>" + css("fascia.css")
				+ css("outcomes.css") + "</style></head><body><main class=\"wrap\">" + fragment + "</main></body></html>";
	}

	private static String css(String name) {
		try {
			return Files.readString(Path.of("src/main/resources/static/css", name));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static SpringTemplateEngine engine() {
		ClassLoaderTemplateResolver files = new ClassLoaderTemplateResolver();
		files.setPrefix("templates/");
		files.setSuffix(".html");
		files.setTemplateMode(TemplateMode.HTML);
		files.setCheckExistence(true);
		files.setOrder(1);
		StringTemplateResolver strings = new StringTemplateResolver();
		strings.setTemplateMode(TemplateMode.HTML);
		strings.setOrder(2);
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		SpringTemplateEngine engine = new SpringTemplateEngine();
		engine.addTemplateResolver(files);
		engine.addTemplateResolver(strings);
		engine.setTemplateEngineMessageSource(messages);
		return engine;
	}

}
