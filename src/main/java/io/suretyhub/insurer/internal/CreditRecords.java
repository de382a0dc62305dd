package io.suretyhub.insurer.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;

import io.suretyhub.shared.AccessScope;
import io.suretyhub.shared.InvalidInput;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Bad industry credit records (R-INS-3): one in the last three years fails the qualification check. */
@Service
public class CreditRecords {

	private final JdbcClient jdbc;

	private final Journal journal;

	private final Clock clock;

	CreditRecords(JdbcClient jdbc, Journal journal, Clock clock) {
		this.jdbc = jdbc;
		this.journal = journal;
		this.clock = clock;
	}

	@Transactional
	public void record(long insurerId, LocalDate recordedOn, String description, AccessScope by) {
		if (recordedOn == null || recordedOn.isAfter(LocalDate.now(clock))) {
			throw InvalidInput.of("recordedOn", "insurer.credit.recordedOn");
		}
		String text = Filings.required(description);
		long id = jdbc.sql("INSERT INTO insurer_credit_record (insurer_id, recorded_on, description, recorded_at, recorded_by)"
				+ " VALUES (:i, :d, :t, :at, :by) RETURNING id")
			.param("i", insurerId).param("d", Date.valueOf(recordedOn)).param("t", text)
			.param("at", Timestamp.from(clock.instant())).param("by", by.username()).query(Long.class).single();
		journal.record(insurerId, "credit.record", by.username(), "insurer-credit-record", id, recordedOn + ": " + text);
	}

}
