package org.fascia.platform;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Background work (mail delivery, later reminders) runs on Spring's scheduler; off with fascia.scheduling=false. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "fascia.scheduling", havingValue = "true", matchIfMissing = true)
class SchedulingConfiguration {

	/** Event listeners of other modules run after the publishing transaction commits, on their own thread. */
	@Configuration(proxyBeanMethods = false)
	@EnableAsync
	static class Async {

	}

}
