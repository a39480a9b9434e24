package org.fascia.platform;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

	/** The one clock of the application (UTC); tests replace it to travel in time. */
	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
