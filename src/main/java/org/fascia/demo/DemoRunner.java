package org.fascia.demo;

import org.fascia.clinic.FirstStart;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Loads the demo clinic on {@code --demo} or FASCIA_DEMO=true, and only into an empty database. */
@Component
@Order(10)
class DemoRunner implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoRunner.class);

	private final DemoClinic demo;

	private final FirstStart firstStart;

	private final boolean enabled;

	DemoRunner(DemoClinic demo, FirstStart firstStart, @Value("${fascia.demo:false}") boolean enabled) {
		this.demo = demo;
		this.firstStart = firstStart;
		this.enabled = enabled;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!enabled && !args.containsOption("demo")) {
			return;
		}
		if (firstStart.isDone()) {
			log.info("Demo data not loaded: this database already has a clinic");
			return;
		}
		demo.load();
		log.info("Loaded the demo clinic; sign in as owner{} with password {}", DemoClinic.DOMAIN, DemoClinic.PASSWORD);
	}

}
