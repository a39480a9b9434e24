package org.fascia.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.fascia.support.DatabaseTest;
import org.fascia.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * An availability request runs a fixed number of SQL statements (at most 4), whatever the number of
 * therapists and days: counted at the JDBC layer with datasource-proxy.
 */
@DatabaseTest
@SpringBootTest(properties = "fascia.test.context=query-count")
@Import({ TestAccounts.class, BookingFixture.class, AvailabilityQueryCountTest.Counting.class })
class AvailabilityQueryCountTest {

	static final AtomicInteger STATEMENTS = new AtomicInteger();

	static final ThreadLocal<Boolean> COUNTING = ThreadLocal.withInitial(() -> false);

	@TestConfiguration
	static class Counting {

		@Bean
		static BeanPostProcessor countingDataSource() {
			return new BeanPostProcessor() {
				@Override
				public Object postProcessAfterInitialization(Object bean, String name) {
					if (bean instanceof DataSource dataSource && !(bean instanceof ProxyDataSource)) {
						return ProxyDataSourceBuilder.create(dataSource).name("counting").listener(new Listener()).build();
					}
					return bean;
				}
			};
		}

	}

	static final class Listener implements QueryExecutionListener {

		@Override
		public void beforeQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
		}

		@Override
		public void afterQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
			if (COUNTING.get()) {
				STATEMENTS.addAndGet(Math.max(1, queryInfoList.size()));
			}
		}

	}

	@Autowired
	BookingService booking;

	@Autowired
	BookingFixture fixture;

	private int statements(Runnable call) {
		STATEMENTS.set(0);
		COUNTING.set(true);
		try {
			call.run();
		}
		finally {
			COUNTING.set(false);
		}
		return STATEMENTS.get();
	}

	@Test
	void theStatementCountDoesNotGrowWithTherapistsOrDays() {
		BookingFixture.Clinic clinic = fixture.create(3);
		for (int i = 0; i < 4; i++) {
			fixture.create(1);
		}
		LocalDate day = LocalDate.now(BookingFixture.ZONE).plusDays(3);
		int oneTherapistOneDay = statements(() -> booking.availability(clinic.serviceId(), day, day, clinic.therapistId(), true));
		int anyTwoWeeks = statements(() -> booking.availability(clinic.serviceId(), day, day.plusDays(13), null, true));
		int anyThreeMonths = statements(() -> booking.availability(clinic.serviceId(), day, day.plusDays(91), null, false));
		assertThat(oneTherapistOneDay).isPositive().isLessThanOrEqualTo(4);
		assertThat(anyTwoWeeks).isEqualTo(oneTherapistOneDay);
		assertThat(anyThreeMonths).isEqualTo(oneTherapistOneDay);
	}

}
