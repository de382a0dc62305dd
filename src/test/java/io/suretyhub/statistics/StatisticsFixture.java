package io.suretyhub.statistics;

import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

import io.suretyhub.organisation.OrganisationKind;
import io.suretyhub.organisation.OrganisationRegistration;
import io.suretyhub.organisation.Organisations;
import io.suretyhub.policy.PolicyEvent;
import io.suretyhub.shared.AreaCode;
import io.suretyhub.shared.Money;
import io.suretyhub.testing.CreditCodes;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The hand-computed fixture of the statistics: two insurers, three contractors, five projects, six policy
 * applications around the fourth quarter of 2026, written as records (projects, policies) and published as
 * the policy module's events in the same transaction, as the policy module does.
 */
@TestComponent
public class StatisticsFixture {

	static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private final Organisations organisations;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	public long insurerA, branchA, insurerB, branchB, c1, c2, c3;

	public long j1, j2, j3, j4, j5;

	public long p1, p2, p3, p4, p5, p6;

	private boolean built;

	public StatisticsFixture(Organisations organisations, JdbcClient jdbc, ApplicationEventPublisher events,
			TransactionTemplate transactions) {
		this.organisations = organisations;
		this.jdbc = jdbc;
		this.events = events;
		this.transactions = transactions;
	}

	/** Builds the fixture once per database. */
	public synchronized StatisticsFixture build() {
		if (built) {
			return this;
		}
		String t = String.valueOf(System.nanoTime() % 100_000);
		insurerA = org(OrganisationKind.INSURER, "甲保险新疆分公司" + t, "650000", null);
		branchA = org(OrganisationKind.INSURER_BRANCH, "甲保险喀什中支" + t, "653100", insurerA);
		insurerB = org(OrganisationKind.INSURER, "乙保险新疆分公司" + t, "650000", null);
		branchB = org(OrganisationKind.INSURER_BRANCH, "乙保险乌鲁木齐中支" + t, "650100", insurerB);
		c1 = org(OrganisationKind.CONTRACTOR, "喀什一建" + t, "653101", null);
		c2 = org(OrganisationKind.CONTRACTOR, "天山二建" + t, "650102", null);
		c3 = org(OrganisationKind.CONTRACTOR, "喀什三建" + t, "653101", null);
		j1 = project("喀什市第一中学宿舍楼", c1, "653101");
		j2 = project("喀什市人民医院门诊楼", c1, "653101");
		j3 = project("天山区幸福路小区", c2, "650102");
		j4 = project("喀什市东湖公园", c3, "653101");
		j5 = project("喀什市西城区道路", c2, "653101");
		p6 = issued(insurerA, branchA, c2, j5, "653101", "50000.00", "500.00", "2026-09-30T23:30", null);
		p1 = issued(insurerA, branchA, c1, j1, "653101", "187500.00", "1875.00", "2026-10-01T00:30", null);
		p2 = issued(insurerA, branchA, c1, j2, "653101", "100000.55", "1000.01", "2026-11-02T10:00", null);
		p3 = issued(insurerB, branchB, c2, j3, "650102", "250000.10", "2000.00", "2026-11-20T16:00", null);
		p4 = issued(insurerA, branchA, c1, j1, "653101", "187500.00", "1875.00", "2026-12-01T09:00", p1);
		p5 = refused(insurerB, branchB, c3, j4, "653101", "2026-11-10T09:00", "2026-11-25T09:00");
		built = true;
		return this;
	}

	private long org(OrganisationKind kind, String name, String area, Long parent) {
		var registration = OrganisationRegistration.of(kind, name, area);
		if (kind != OrganisationKind.INSURER_BRANCH) {
			registration = registration.withCreditCode(CreditCodes.next(area));
		}
		return organisations.register(parent == null ? registration : registration.withParent(parent));
	}

	private long project(String name, long contractor, String area) {
		return jdbc.sql("""
				INSERT INTO project (name, contractor_id, area_code, owner_name, contract_price, address, registered_at)
				VALUES (:n, :c, :a, '建设单位', 12500000.00, '地址', now()) RETURNING id""")
			.param("n", name + System.nanoTime() % 1000)
			.param("c", contractor)
			.param("a", area)
			.query(Long.class)
			.single();
	}

	long issued(long insurer, long branch, long contractor, long project, String area, String sum,
			String premium, String issuedAt, Long renewalOf) {
		var at = LocalDateTime.parse(issuedAt).atZone(CHINA).toInstant();
		var applied = at.minusSeconds(86_400);
		return transactions.execute(status -> {
			long id = insert(insurer, branch, contractor, project, area, sum, applied, renewalOf);
			jdbc.sql("UPDATE policy SET status = 'ISSUED', premium = :pr, rate = 0.01, number = :no, issued_at = :at WHERE id = :id")
				.param("pr", new java.math.BigDecimal(premium))
				.param("no", "STAT" + id + "-" + System.nanoTime())
				.param("at", Timestamp.from(at))
				.param("id", id)
				.update();
			AreaCode code = AreaCode.of(area);
			events.publishEvent(new PolicyEvent.Applied(id, project, contractor, insurer, branch, code, applied));
			events.publishEvent(new PolicyEvent.Issued(id, "STAT" + id, contractor, branch, code, LocalDate.of(2027, 1, 1),
					LocalDate.of(2027, 12, 31), renewalOf, at, insurer, project, Money.yuan(sum), Money.yuan(premium)));
			return id;
		});
	}

	private long refused(long insurer, long branch, long contractor, long project, String area, String appliedAt,
			String refusedAt) {
		var applied = LocalDateTime.parse(appliedAt).atZone(CHINA).toInstant();
		var refused = LocalDateTime.parse(refusedAt).atZone(CHINA).toInstant();
		long id = transactions.execute(status -> {
			long policy = insert(insurer, branch, contractor, project, area, "90000.00", applied, null);
			events.publishEvent(new PolicyEvent.Applied(policy, project, contractor, insurer, branch, AreaCode.of(area),
					applied));
			return policy;
		});
		await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("SELECT COUNT(*) FROM stat_policy WHERE policy_id = :id")
			.param("id", id).query(Long.class).single() == 1);
		transactions.executeWithoutResult(status -> {
			jdbc.sql("UPDATE policy SET status = 'REFUSED', refusal_reason = '资料不全' WHERE id = :id").param("id", id).update();
			events.publishEvent(new PolicyEvent.Refused(id, branch, "资料不全", refused));
		});
		return id;
	}

	private long insert(long insurer, long branch, long contractor, long project, String area, String sum,
			java.time.Instant applied, Long renewalOf) {
		return jdbc.sql("""
				INSERT INTO policy (project_id, contractor_id, area_code, insurer_id, branch_id, sum_insured, remaining,
				  period_start, period_end, renewal_of, applied_at, status)
				VALUES (:project, :contractor, :area, :insurer, :branch, :sum, :sum, DATE '2027-01-01', DATE '2027-12-31',
				  :renewal, :applied, 'APPLIED') RETURNING id""")
			.param("project", project)
			.param("contractor", contractor)
			.param("area", area)
			.param("insurer", insurer)
			.param("branch", branch)
			.param("sum", new java.math.BigDecimal(sum))
			.param("renewal", renewalOf)
			.param("applied", Timestamp.from(applied))
			.query(Long.class)
			.single();
	}

}
