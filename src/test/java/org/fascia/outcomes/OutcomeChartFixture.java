package org.fascia.outcomes;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.fascia.outcomes.OutcomeChart.AdherenceWeek;
import org.fascia.outcomes.OutcomeChart.Data;
import org.fascia.outcomes.OutcomeChart.Insensitive;
import org.fascia.outcomes.OutcomeChart.Mcid;
import org.fascia.outcomes.OutcomeChart.Score;
import org.fascia.platform.Texts;

/** Chart data for the tests: NPRS in a London clinic, and a way to build other shapes quickly. */
final class OutcomeChartFixture {

	static final ZoneId LONDON = ZoneId.of("Europe/London");

	static final Mcid NPRS_MCID = new Mcid(2, 0.3);

	/** The chart's words from the English bundle, as the app passes them. */
	static final Texts WORDS = org.fascia.platform.Words.standalone();

	private OutcomeChartFixture() {
	}

	static Instant london(String localDateTime) {
		return LocalDateTime.parse(localDateTime).atZone(LONDON).toInstant();
	}

	/** Intake on 2 March 2026 at 7, then five weekly visits (across the clocks going forward on 29 March) down to 4. */
	static Data nprsCourse() {
		List<Score> scores = List.of(new Score(london("2026-03-02T09:00"), 7), new Score(london("2026-03-09T10:00"), 6),
				new Score(london("2026-03-16T10:00"), 6), new Score(london("2026-03-23T10:00"), 5),
				new Score(london("2026-03-30T10:00"), 4), new Score(london("2026-04-06T10:00"), 4));
		List<Instant> sessions = List.of(london("2026-03-09T10:15"), london("2026-03-16T10:15"),
				london("2026-03-23T10:15"), london("2026-03-30T10:15"), london("2026-04-06T10:15"));
		List<AdherenceWeek> adherence = new ArrayList<>();
		int[] percents = { 40, 71, 86, 100, 57, 86 };
		for (int i = 0; i < percents.length; i++) {
			adherence.add(new AdherenceWeek(LocalDate.of(2026, 3, 2).plusWeeks(i), percents[i]));
		}
		return new Data("Pain (NPRS)", "pain", 0, 10, true, 7.0, NPRS_MCID, null, scores, sessions, adherence, LONDON);
	}

	/** NPRS with these scores, one a week from 2 March 2026, baseline the first, no sessions or adherence. */
	static Data nprs(double... values) {
		return new Data("Pain (NPRS)", "pain", 0, 10, true, null, NPRS_MCID, null, weekly(values), List.of(), List.of(),
				LONDON);
	}

	/** RMDQ 0–24, fall of 5 or 30%, insensitive below 4 and above 20. */
	static Data rmdq(double... values) {
		return new Data("Roland-Morris (RMDQ)", "back-related disability score", 0, 24, true, null, new Mcid(5, 0.3),
				new Insensitive(4, 20), weekly(values), List.of(), List.of(), LONDON);
	}

	/** PSFS 0–10, higher is better, a rise of 2. */
	static Data psfs(double... values) {
		return new Data("Activities (PSFS)", "ability to do your activities", 0, 10, false, null, new Mcid(2, null),
				null, weekly(values), List.of(), List.of(), LONDON);
	}

	static List<Score> weekly(double... values) {
		List<Score> scores = new ArrayList<>();
		for (int i = 0; i < values.length; i++) {
			scores.add(new Score(london("2026-03-02T10:00").plusSeconds(i * 7L * 86_400), values[i]));
		}
		return scores;
	}

}
