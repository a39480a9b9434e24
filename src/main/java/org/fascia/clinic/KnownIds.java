package org.fascia.clinic;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.LongFunction;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Checks a list of ids against the rows that exist, naming each unknown one by its position. */
final class KnownIds {

	private KnownIds() {
	}

	/**
	 * @param existing a query selecting the known ids among {@code :ids}
	 * @param field the list's field name, e.g. {@code therapistIds}, or "" for a bare list
	 * @param unknown the message for an id that names nothing, e.g. {@link ClinicProblems#unknownService}
	 */
	static void check(JdbcClient jdbc, String existing, List<Long> ids, String field, LongFunction<String> unknown,
			Map<String, String> problems) {
		List<Long> given = ids.stream().filter(Objects::nonNull).distinct().toList();
		if (given.isEmpty()) {
			return;
		}
		Set<Long> known = new HashSet<>(jdbc.sql(existing).param("ids", given).query(Long.class).list());
		for (int i = 0; i < ids.size(); i++) {
			Long id = ids.get(i);
			if (id != null && !known.contains(id)) {
				problems.putIfAbsent(field + "[" + i + "]", unknown.apply(id));
			}
		}
	}

}
