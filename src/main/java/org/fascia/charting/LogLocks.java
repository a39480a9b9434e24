package org.fascia.charting;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The default {@link LogLock}: nothing signs a note yet, so no log is locked. */
@Configuration(proxyBeanMethods = false)
class LogLocks {

	@Bean
	@ConditionalOnMissingBean(LogLock.class)
	LogLock openUntilSigned() {
		return appointmentId -> false;
	}

}
