package org.fascia.platform;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Background work (mail delivery, later reminders) runs on Spring's scheduler; off with fascia.scheduling=false. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "fascia.scheduling", havingValue = "true", matchIfMissing = true)
class SchedulingConfiguration {

}
