package org.fascia.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Secrets in a path (a private calendar feed's address) never reach the request log. */
class RequestLogTest {

	@Test
	void longRandomSegmentsAreMaskedAndOrdinaryPathsKept() {
		assertThat(RequestLog.loggable("/calendar/feeds/lf0I0IYl-t9dwp2B59Vt8Zxu_sfmUrE_ooaz3B7Yad4.ics"))
			.isEqualTo("/calendar/feeds/[secret].ics");
		assertThat(RequestLog.loggable("/calendar/appointments/12/move")).isEqualTo("/calendar/appointments/12/move");
		assertThat(RequestLog.loggable("/api/v1/appointment-series")).isEqualTo("/api/v1/appointment-series");
		assertThat(RequestLog.loggable("/articles/how-to-sit-at-a-desk-without-back-pain"))
			.isEqualTo("/articles/how-to-sit-at-a-desk-without-back-pain");
	}

}
