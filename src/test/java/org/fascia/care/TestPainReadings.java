package org.fascia.care;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.stereotype.Component;

/**
 * Session pain scores for care plan tests, from a list the test fills: the charting module's session
 * notes implement {@link SessionPainReadings} in the application; care must not depend on charting.
 */
@Component
class TestPainReadings implements SessionPainReadings {

	private final List<Long> clients = new CopyOnWriteArrayList<>();

	private final List<PainReading> readings = new CopyOnWriteArrayList<>();

	void add(long clientId, PainReading reading) {
		clients.add(clientId);
		readings.add(reading);
	}

	@Override
	public List<PainReading> forClient(long clientId) {
		List<PainReading> mine = new ArrayList<>();
		for (int i = 0; i < readings.size(); i++) {
			if (clients.get(i) == clientId) {
				mine.add(readings.get(i));
			}
		}
		return mine;
	}

}
