package org.fascia.care;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The clinic's MCID shares by visit 4, 6 and 10: one client at a time against the rule (baseline, visits in order,
 * IMPROVED at any visit up to k, denominators of those with k visits), then groups, rounding and empty shares.
 */
class McidSharesTest {

	static McidShares.Client client(String therapist, Approach approach, String baseline, String visits) {
		return client(therapist == null ? null : (long) therapist.toLowerCase(java.util.Locale.ROOT).hashCode(), therapist,
				approach, baseline, visits);
	}

	static McidShares.Client client(Long therapistId, String therapist, Approach approach, String baseline,
			String visits) {
		List<BigDecimal> scores = visits == null || visits.isBlank() ? List.of()
				: Arrays.stream(visits.trim().split("\\s+")).map(BigDecimal::new).toList();
		return new McidShares.Client(therapistId, therapist, approach, baseline == null || baseline.isBlank() ? null
				: new BigDecimal(baseline), scores);
	}

	static String cell(McidShares.Share s) {
		return s.reached() + "/" + s.clients();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = {
			// case                                  | baseline | visits, oldest first  | by 4 | by 6 | by 10 | no baseline
			"improved at visit 2, ten visits         | 7 | 7 5 5 5 5 5 5 5 5 5     | 1/1 | 1/1 | 1/1 | 0",
			"improved only at visit 5                | 7 | 7 7 6 6 5 6 6 6 6 6     | 0/1 | 1/1 | 1/1 | 0",
			"improved once at visit 3, then back     | 7 | 7 7 4 7 7 7             | 1/1 | 1/1 | 0/0 | 0",
			"worse throughout                        | 5 | 7 8 7 7 8 9 7 7 8 9     | 0/1 | 0/1 | 0/1 | 0",
			"no change (a fall of 1 from 7)          | 7 | 6 6 6 6 6 6 6 6 6 6     | 0/1 | 0/1 | 0/1 | 0",
			"fewer visits than 4                     | 7 | 2 2 2                   | 0/0 | 0/0 | 0/0 | 0",
			"exactly 4 visits                        | 7 | 7 7 7 5                 | 1/1 | 0/0 | 0/0 | 0",
			"exactly 6 visits, improved at visit 6   | 7 | 7 7 7 7 7 5             | 0/1 | 1/1 | 0/0 | 0",
			"30% rule: 3 -> 2 is 1 point but 33%     | 3 | 3 3 3 2                 | 1/1 | 0/0 | 0/0 | 0",
			"25% is not enough: 4 -> 3               | 4 | 3 3 3 3 3 3             | 0/1 | 0/1 | 0/0 | 0",
			"2-point rule: 10 -> 8 is only 20%       | 10 | 9 9 9 8                | 1/1 | 0/0 | 0/0 | 0",
			"baseline 0 can not improve              | 0 | 0 0 0 0 0 0 0 0 0 0     | 0/1 | 0/1 | 0/1 | 0",
			"no baseline: left out, counted apart    |   |                         | 0/0 | 0/0 | 0/0 | 1" })
	void oneClient(String name, String baseline, String visits, String by4, String by6, String by10, int noBaseline) {
		McidShares.Report report = McidShares.of(List.of(client("Maya Chen", Approach.SWEDISH, baseline, visits)),
				org.fascia.platform.Words.standalone());
		McidShares.Row row = report.overall();
		assertThat(List.of(cell(row.by(4)), cell(row.by(6)), cell(row.by(10)))).containsExactly(by4, by6, by10);
		assertThat(row.noBaseline()).isEqualTo(noBaseline);
		assertThat(row.clients()).isEqualTo(1);
		assertThat(report.byTherapist()).singleElement().isEqualTo(row.withLabel("Maya Chen"));
		assertThat(report.byApproach()).singleElement().isEqualTo(row.withLabel("Swedish (relaxation)"));
	}

	@Test
	void groupsByTherapistAndByApproach() {
		McidShares.Report report = McidShares.of(List.of(
				client("Tom Okafor", Approach.DEEP_TISSUE, "8", "8 8 6 6 6 6"),
				client("Maya Chen", Approach.DEEP_TISSUE, "6", "6 6 6 6"),
				client("Maya Chen", Approach.SWEDISH, "5", "3 3 3 3 3 3 3 3 3 3"),
				client("Maya Chen", Approach.SWEDISH, null, ""),
				client(null, Approach.MYOFASCIAL_RELEASE, "7", "7")), org.fascia.platform.Words.standalone());

		assertThat(report.overall().label()).isEqualTo("All back-pain clients");
		assertThat(report.overall().clients()).isEqualTo(5);
		assertThat(report.overall().noBaseline()).isEqualTo(1);
		assertThat(report.overall().shares()).extracting(McidSharesTest::cell).containsExactly("2/3", "2/2", "1/1");

		assertThat(report.byTherapist()).extracting(McidShares.Row::label)
			.as("by name; a plan not booked yet last")
			.containsExactly("Maya Chen", "Tom Okafor", org.fascia.platform.Words.standalone().text("care.shares.notBooked"));
		assertThat(report.byTherapist().get(0).clients()).isEqualTo(3);
		assertThat(report.byTherapist().get(0).noBaseline()).isEqualTo(1);
		assertThat(report.byTherapist().get(0).shares()).extracting(McidSharesTest::cell).containsExactly("1/2", "1/1", "1/1");
		assertThat(report.byTherapist().get(1).shares()).extracting(McidSharesTest::cell).containsExactly("1/1", "1/1", "0/0");
		assertThat(report.byTherapist().get(2).shares()).extracting(McidSharesTest::cell).containsExactly("0/0", "0/0", "0/0");

		assertThat(report.byApproach()).extracting(McidShares.Row::label)
			.as("in the approach list's order, only those planned")
			.containsExactly("Deep tissue", "Swedish (relaxation)", "Myofascial release");
		assertThat(report.byApproach().get(0).shares()).extracting(McidSharesTest::cell).containsExactly("1/2", "1/1", "0/0");
		assertThat(report.byApproach().get(1).shares()).extracting(McidSharesTest::cell).containsExactly("1/1", "1/1", "1/1");
		assertThat(report.byApproach().get(1).noBaseline()).isEqualTo(1);
	}

	@Test
	void twoTherapistsWithOneNameAreToldApartByTheirId() {
		McidShares.Report report = McidShares.of(List.of(client(7L, "Sam Lee", Approach.SWEDISH, "7", "5 5 5 5"),
				client(3L, "Sam Lee", Approach.SWEDISH, "7", "7 7 7 7"), client(9L, "alex Kim", Approach.SWEDISH, "7", "")),
				org.fascia.platform.Words.standalone());
		assertThat(report.byTherapist()).extracting(McidShares.Row::label)
			.containsExactly("alex Kim", "Sam Lee (therapist 3)", "Sam Lee (therapist 7)");
		assertThat(report.byTherapist().get(1).by(4).text(org.fascia.platform.Words.standalone())).isEqualTo("0 of 1 (0%)");
		assertThat(report.byTherapist().get(2).by(4).text(org.fascia.platform.Words.standalone())).isEqualTo("1 of 1 (100%)");
	}

	@ParameterizedTest(name = "{0} of {1} -> {2}")
	@CsvSource({ "5, 8, 5 of 8 (63%)", // 62.5 rounds half up
			"1, 8, 1 of 8 (13%)", // 12.5
			"3, 8, 3 of 8 (38%)", // 37.5
			"1, 3, 1 of 3 (33%)", "2, 3, 2 of 3 (67%)", "0, 4, 0 of 4 (0%)", "4, 4, 4 of 4 (100%)",
			"1, 200, 1 of 200 (1%)", // 0.5
			"1, 201, 1 of 201 (0%)" })
	void sharesRoundHalfUp(int reached, int clients, String text) {
		assertThat(new McidShares.Share(6, reached, clients).text(org.fascia.platform.Words.standalone())).isEqualTo(text);
	}

	@Test
	void aShareNobodyHasReachedIsADashWithItsReason() {
		McidShares.Share none = new McidShares.Share(10, 0, 0);
		assertThat(none.text(org.fascia.platform.Words.standalone())).isEqualTo("—");
		assertThat(none.percent()).isNull();
		assertThat(none.emptyReason(org.fascia.platform.Words.standalone())).isEqualTo("no client has reached visit 10 yet");
		assertThat(new McidShares.Share(4, 0, 2).emptyReason(org.fascia.platform.Words.standalone())).isNull();
	}

	@Test
	void theCountsOfManyClientsAddUp() {
		// 8 clients with 6 visits: 5 improve by visit 4 (a fall of 3 from 7), 3 stay at 7
		List<McidShares.Client> clients = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			clients.add(client("Lena Svensson", Approach.TRIGGER_POINT, "7", i < 5 ? "7 7 4 4 4 4" : "7 7 7 7 7 7"));
		}
		McidShares.Row row = McidShares.of(clients, org.fascia.platform.Words.standalone()).overall();
		assertThat(row.by(4).text(org.fascia.platform.Words.standalone())).isEqualTo("5 of 8 (63%)");
		assertThat(row.by(6).text(org.fascia.platform.Words.standalone())).isEqualTo("5 of 8 (63%)");
		assertThat(row.by(10).text(org.fascia.platform.Words.standalone())).isEqualTo("—");
	}

	@Test
	void noClientsAtAll() {
		McidShares.Report report = McidShares.of(List.of(), org.fascia.platform.Words.standalone());
		assertThat(report.overall().clients()).isZero();
		assertThat(report.overall().shares()).extracting(s -> s.text(org.fascia.platform.Words.standalone())).containsExactly("—", "—", "—");
		assertThat(report.byTherapist()).isEmpty();
		assertThat(report.byApproach()).isEmpty();
	}

}
