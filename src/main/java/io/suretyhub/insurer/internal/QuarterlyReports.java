package io.suretyhub.insurer.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.suretyhub.shared.AccessScope;
import io.suretyhub.shared.InvalidInput;
import io.suretyhub.shared.RuleViolation;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Quarterly reports (R-INS-6, R-INS-3). A registered insurer owes the report of every quarter that ends on
 * or after its registration, due the configured number of days (default 30) after the quarter ends. A
 * report is an obligation of the deadline engine ({@link ReportObligations}); a missing report warns (once,
 * when the engine finds it overdue) and suspends new business until it is submitted; the
 * report's solvency figures re-run the qualification check, and a rate below the floor proposes a sanction.
 */
@Service
public class QuarterlyReports {

	private final JdbcClient jdbc;

	private final Filings filings;

	private final Solvency solvency;

	private final Qualification qualification;

	private final Sanctions sanctions;

	private final InsurerSettings settings;

	private final Journal journal;

	private final ReportObligations obligations;

	private final Clock clock;

	QuarterlyReports(JdbcClient jdbc, Filings filings, Solvency solvency, Qualification qualification,
			Sanctions sanctions, InsurerSettings settings, Journal journal, ReportObligations obligations, Clock clock) {
		this.obligations = obligations;
		this.jdbc = jdbc;
		this.filings = filings;
		this.solvency = solvency;
		this.qualification = qualification;
		this.sanctions = sanctions;
		this.settings = settings;
		this.journal = journal;
		this.clock = clock;
	}

	@Transactional
	public long submit(long insurerId, QuarterlyReportForm form, AccessScope by) {
		LocalDate today = LocalDate.now(clock);
		if (!filings.of(insurerId).registeredOn(today)) {
			throw new RuleViolation("R-INS-1", "insurer.report.notRegistered");
		}
		Quarter quarter = new Quarter(form.year(), form.quarter());
		if (!quarter.end().isBefore(today)) {
			throw InvalidInput.of("quarter", "insurer.report.notEnded");
		}
		long id;
		try {
			id = jdbc.sql("""
					INSERT INTO insurer_quarterly_report (insurer_id, year, quarter, ledger_summary, rates, lowest_rate,
					policies, premium, insured_amount, solvency_ratio, rating, submitted_at, submitted_by)
					VALUES (:i, :y, :q, :l, :r, :low, :p, :pr, :ia, :s, :g, :at, :by) RETURNING id""")
				.param("i", insurerId).param("y", form.year()).param("q", form.quarter())
				.param("l", form.ledgerSummary().strip()).param("r", form.rates().strip())
				.param("low", form.lowestRatePerMille()).param("p", form.policies()).param("pr", form.premium())
				.param("ia", form.insuredAmount()).param("s", form.solvencyRatio()).param("g", form.rating())
				.param("at", Timestamp.from(clock.instant())).param("by", by.username()).query(Long.class).single();
		}
		catch (DuplicateKeyException ex) {
			throw InvalidInput.of("quarter", "insurer.report.duplicate", quarter.toString());
		}
		journal.record(insurerId, "report.submit", by.username(), "insurer-report", id, "quarter=" + quarter);
		obligations.open(insurerId, quarter);
		obligations.met(insurerId, quarter);
		solvency.record(insurerId, quarter.end(), form.solvencyRatio(), form.rating(), by);
		if (form.lowestRatePerMille().compareTo(settings.rateFloorPerMille()) < 0) {
			sanctions.propose(insurerId, SanctionTrigger.LOW_RATE, "quarter " + quarter + " lowest rate "
					+ form.lowestRatePerMille() + " per mille, floor " + settings.rateFloorPerMille(), "low-rate/" + id, null);
		}
		if (!qualification.check(insurerId, today).passed()) {
			journal.record(insurerId, "qualification.warning", by, "below the bar after the report of " + quarter);
		}
		return id;
	}

	public LocalDate dueOn(Quarter quarter) {
		return quarter.end().plusDays(settings.reportDueDays());
	}

	/** The first quarter whose report was due before {@code day} and is missing. */
	public Optional<Quarter> missing(Filing filing, LocalDate day) {
		if (!filing.registeredOn(day)) {
			return Optional.empty();
		}
		List<Quarter> due = new ArrayList<>();
		for (Quarter q = Quarter.containing(filing.registeredOn()); dueOn(q).isBefore(day); q = q.next()) {
			due.add(q);
		}
		return due.stream().filter(q -> !submitted(filing.insurerId(), q)).findFirst();
	}

	/**
	 * Makes sure every registered insurer has the obligation of each quarterly report it owes, up to the
	 * current quarter (the deadline engine warns when one is overdue).
	 */
	@Scheduled(fixedDelayString = "${suretyhub.insurer.sweep-interval:PT1H}",
			initialDelayString = "${suretyhub.insurer.sweep-interval:PT1H}")
	@Transactional
	public void sweep() {
		LocalDate today = LocalDate.now(clock);
		Quarter current = Quarter.containing(today);
		for (Filing filing : filings.all()) {
			if (filing.registeredOn(today)) {
				for (Quarter q = Quarter.containing(filing.registeredOn()); !q.end().isAfter(current.end()); q = q.next()) {
					obligations.open(filing.insurerId(), q);
				}
			}
		}
	}

	public List<Report> ofInsurer(long insurerId) {
		return jdbc.sql("SELECT id, year, quarter, lowest_rate, policies, premium, insured_amount, solvency_ratio, rating,"
				+ " submitted_at FROM insurer_quarterly_report WHERE insurer_id = :i ORDER BY year DESC, quarter DESC")
			.param("i", insurerId)
			.query((rs, n) -> new Report(rs.getLong(1), new Quarter(rs.getInt(2), rs.getInt(3)), rs.getBigDecimal(4),
					rs.getInt(5), rs.getBigDecimal(6), rs.getBigDecimal(7), rs.getBigDecimal(8), rs.getString(9),
					rs.getTimestamp(10).toInstant()))
			.list();
	}

	private boolean submitted(long insurerId, Quarter q) {
		return jdbc.sql("SELECT count(*) FROM insurer_quarterly_report WHERE insurer_id = :i AND year = :y AND quarter = :q")
			.param("i", insurerId).param("y", q.year()).param("q", q.quarter()).query(Long.class).single() > 0;
	}

	/** A submitted report's figures. */
	public record Report(long id, Quarter quarter, java.math.BigDecimal lowestRatePerMille, int policies,
			java.math.BigDecimal premium, java.math.BigDecimal insuredAmount, java.math.BigDecimal solvencyRatio,
			String rating, java.time.Instant submittedAt) {
	}

}
