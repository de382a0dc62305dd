package io.suretyhub.project.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import io.suretyhub.project.DepositRatio;
import io.suretyhub.project.DepositSplit;
import io.suretyhub.project.RatioBasis;
import io.suretyhub.project.RatioRule;
import io.suretyhub.shared.AreaCode;
import io.suretyhub.shared.Money;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for ratio rules and deposit ratio confirmations. */
@Repository
public class DepositRatioRepository {

	private static final String RULE = "SELECT r.id, r.region_code, r.effective_from, r.name, r.base_ratio, r.cap,"
			+ " r.second_project_ratio, r.clean_two_years_ratio, r.exempt_clean_years, r.small_price_below,"
			+ " r.small_months_at_most, r.arrears_increase, r.untrustworthy_increase FROM deposit_ratio_rule r";

	private static final String RATIO = "SELECT d.*, r.id, r.region_code, r.effective_from, r.name, r.base_ratio, r.cap,"
			+ " r.second_project_ratio, r.clean_two_years_ratio, r.exempt_clean_years, r.small_price_below,"
			+ " r.small_months_at_most, r.arrears_increase, r.untrustworthy_increase"
			+ " FROM deposit_ratio d JOIN deposit_ratio_rule r ON r.id = d.rule_id";

	private final JdbcClient jdbc;

	DepositRatioRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The rule of {@code region} in effect on {@code day}. */
	public Optional<RatioRule> ruleOn(AreaCode region, LocalDate day) {
		return jdbc.sql(RULE + " WHERE r.region_code = :region AND r.effective_from <= :day"
				+ " ORDER BY r.effective_from DESC LIMIT 1")
			.param("region", region.value())
			.param("day", day)
			.query(DepositRatioRepository::rule)
			.optional();
	}

	public List<RatioRule> rules(AreaCode region) {
		return jdbc.sql(RULE + " WHERE r.region_code = :region ORDER BY r.effective_from DESC")
			.param("region", region.value())
			.query(DepositRatioRepository::rule)
			.list();
	}

	public Optional<DepositRatio> find(long projectId) {
		return jdbc.sql(RATIO + " WHERE d.project_id = :id").param("id", projectId).query(this::ratio).optional();
	}

	public List<DepositRatio> submittedIn(String areaPrefix) {
		return jdbc.sql(RATIO + " WHERE d.area_code LIKE :prefix AND d.status = 'SUBMITTED' ORDER BY d.submitted_at")
			.param("prefix", areaPrefix)
			.query(this::ratio)
			.list();
	}

	/** Whether the contractor has another confirmed project in the prefecture whose period overlaps. */
	public boolean concurrentConfirmed(long contractorId, long projectId, AreaCode prefecture, LocalDate start,
			LocalDate end) {
		return jdbc.sql("""
				SELECT EXISTS (SELECT 1 FROM deposit_ratio d JOIN project p ON p.id = d.project_id
				  WHERE p.contractor_id = :contractor AND p.id <> :project AND d.status = 'CONFIRMED'
				  AND p.area_code LIKE :prefix AND p.period_start <= :end AND p.period_end >= :start)""")
			.param("contractor", contractorId)
			.param("project", projectId)
			.param("prefix", prefecture.value().substring(0, 4) + "%")
			.param("start", start)
			.param("end", end)
			.query(Boolean.class)
			.single();
	}

	public void submit(long projectId, AreaCode area, long ruleId, RatioBasis basis, BigDecimal ratio, Money amount,
			int cleanYears, boolean realName, DepositSplit split, Instant at) {
		jdbc.sql("""
				INSERT INTO deposit_ratio (project_id, area_code, rule_id, basis, ratio, amount, clean_years,
				  real_name_account, cash, bank_guarantee, insurance, status, submitted_at)
				VALUES (:project, :area, :rule, :basis, :ratio, :amount, :clean, :realName, :cash, :bank, :insurance,
				  'SUBMITTED', :at)
				ON CONFLICT (project_id) DO UPDATE SET rule_id = :rule, basis = :basis, ratio = :ratio, amount = :amount,
				  clean_years = :clean, real_name_account = :realName, cash = :cash, bank_guarantee = :bank,
				  insurance = :insurance, status = 'SUBMITTED', submitted_at = :at, decided_at = NULL,
				  decided_by = NULL, remark = NULL""")
			.param("project", projectId)
			.param("area", area.value())
			.param("rule", ruleId)
			.param("basis", basis.name())
			.param("ratio", ratio)
			.param("amount", amount.amount())
			.param("clean", cleanYears)
			.param("realName", realName)
			.param("cash", split.cash().amount())
			.param("bank", split.bankGuarantee().amount())
			.param("insurance", split.insurance().amount())
			.param("at", Timestamp.from(at))
			.update();
	}

	public void decide(long projectId, DepositRatio.Status status, long by, String remark, Instant at) {
		jdbc.sql("UPDATE deposit_ratio SET status = :status, decided_by = :by, remark = :remark, decided_at = :at"
				+ " WHERE project_id = :project")
			.param("status", status.name())
			.param("by", by)
			.param("remark", remark)
			.param("at", Timestamp.from(at))
			.param("project", projectId)
			.update();
	}

	public void split(long projectId, DepositSplit split) {
		jdbc.sql("UPDATE deposit_ratio SET cash = :cash, bank_guarantee = :bank, insurance = :insurance"
				+ " WHERE project_id = :project")
			.param("cash", split.cash().amount())
			.param("bank", split.bankGuarantee().amount())
			.param("insurance", split.insurance().amount())
			.param("project", projectId)
			.update();
	}

	private DepositRatio ratio(ResultSet rs, int row) throws SQLException {
		Timestamp decided = rs.getTimestamp("decided_at");
		return new DepositRatio(rs.getLong("project_id"), AreaCode.of(rs.getString("area_code")), rule(rs, row),
				RatioBasis.valueOf(rs.getString("basis")), rs.getBigDecimal("ratio"), new Money(rs.getBigDecimal("amount")),
				rs.getInt("clean_years"), rs.getBoolean("real_name_account"),
				new DepositSplit(new Money(rs.getBigDecimal("cash")), new Money(rs.getBigDecimal("bank_guarantee")),
						new Money(rs.getBigDecimal("insurance"))),
				DepositRatio.Status.valueOf(rs.getString("status")), rs.getTimestamp("submitted_at").toInstant(),
				decided == null ? null : decided.toInstant(), rs.getString("remark"));
	}

	private static RatioRule rule(ResultSet rs, int row) throws SQLException {
		return new RatioRule(rs.getLong("id"), AreaCode.of(rs.getString("region_code")),
				rs.getObject("effective_from", LocalDate.class), rs.getString("name"), rs.getBigDecimal("base_ratio"),
				money(rs.getBigDecimal("cap")), rs.getBigDecimal("second_project_ratio"),
				rs.getBigDecimal("clean_two_years_ratio"), rs.getObject("exempt_clean_years", Integer.class),
				money(rs.getBigDecimal("small_price_below")), rs.getObject("small_months_at_most", Integer.class),
				rs.getBigDecimal("arrears_increase"), rs.getBigDecimal("untrustworthy_increase"));
	}

	private static Money money(BigDecimal amount) {
		return amount == null ? null : new Money(amount);
	}

}
