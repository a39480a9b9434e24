package org.fascia.support;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Gives every test application context its own empty database and the shared GreenMail server
 * (unless the test sets {@code fascia.test.no-smtp=true}), and a short mail poll interval.
 */
public class FreshDatabaseContextCustomizerFactory implements ContextCustomizerFactory {

	@Override
	public ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		return new Customizer();
	}

	static final class Customizer implements ContextCustomizer {

		private static final String INLINED = "Inlined Test Properties";

		@Override
		public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
			Map<String, Object> properties = new HashMap<>(TestDatabase.freshDatabaseProperties());
			boolean noSmtp = List.of(config.getPropertySourceProperties()).contains("fascia.test.no-smtp=true");
			if (!noSmtp) {
				properties.putIfAbsent("spring.mail.host", "127.0.0.1");
				properties.putIfAbsent("spring.mail.port", String.valueOf(TestMail.port()));
			}
			properties.put("fascia.mail.poll-interval", "200ms");
			properties.put("fascia.data-dir", "target/test-data");
			MutablePropertySources sources = context.getEnvironment().getPropertySources();
			MapPropertySource ours = new MapPropertySource("fascia-test", properties);
			if (sources.contains(INLINED)) {
				sources.addAfter(INLINED, ours);
			}
			else {
				sources.addFirst(ours);
			}
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Customizer;
		}

		@Override
		public int hashCode() {
			return Customizer.class.hashCode();
		}

	}

}
