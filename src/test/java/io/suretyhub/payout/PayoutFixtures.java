package io.suretyhub.payout;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.suretyhub.organisation.OrganisationKind;
import io.suretyhub.organisation.OrganisationRegistration;
import io.suretyhub.organisation.Organisations;
import io.suretyhub.payout.internal.IdNumbers;
import io.suretyhub.project.ProjectRegistration;
import io.suretyhub.project.Projects;
import io.suretyhub.shared.AccessScope;
import io.suretyhub.shared.Role;
import io.suretyhub.testing.CreditCodes;
import io.suretyhub.testing.TestPrincipals;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The parties of one payout in Kashgar (653101): a contractor with a project, the local authority, an
 * insurer and its branch, and an issued policy in force (inserted as the policy module stores it: the
 * policy's own life is not the point here).
 */
public class PayoutFixtures {

	public final String token = UUID.randomUUID().toString().substring(0, 8);

	public final AccessScope contractor;

	public final AccessScope authority;

	public final AccessScope staff;

	public final AccessScope otherAuthority;

	public final long insurerId;

	public final long branchId;

	public final long projectId;

	public final long policyId;

	public PayoutFixtures(Organisations organisations, Projects projects, JdbcClient jdbc, String sumInsured) {
		long contractorId = organisations.register(OrganisationRegistration
			.of(OrganisationKind.CONTRACTOR, "欠薪测试建工" + token, "653101").withCreditCode(CreditCodes.next("653101"))
			.withContact("喀什市人民路 1 号", null, null));
		long authorityId = organisations
			.register(OrganisationRegistration.of(OrganisationKind.LOCAL_AUTHORITY, "喀什市人社局" + token, "653101"));
		long otherId = organisations
			.register(OrganisationRegistration.of(OrganisationKind.LOCAL_AUTHORITY, "伊宁人社" + token, "654002"));
		insurerId = organisations.register(OrganisationRegistration
			.of(OrganisationKind.INSURER, "测试保险新疆分公司" + token, "650000").withCreditCode(CreditCodes.next("650000")));
		branchId = organisations.register(OrganisationRegistration
			.of(OrganisationKind.INSURER_BRANCH, "测试保险喀什中心支公司" + token, "653100").withParent(insurerId));
		projectId = projects.register(new ProjectRegistration(contractorId, "喀什欠薪测试工程" + token, "653101", "建设单位",
				"12500000.00", "喀什市", "HOUSING", "BUILDING", "NEW", "2026-01-01", "2027-12-31", null, null, "2025-12-20"));
		policyId = jdbc.sql("""
				INSERT INTO policy (project_id, contractor_id, area_code, insurer_id, branch_id, sum_insured, remaining,
				  period_start, period_end, applied_at, status, rate, premium, number, verification_code, underwriter, issued_at)
				VALUES (:project, :contractor, '653101', :insurer, :branch, :sum, :sum, DATE '2026-01-01', DATE '2027-12-31',
				  now(), 'IN_FORCE', 0.002, 100, :number, 'ABCDEFGH23', 'auto', now()) RETURNING id""")
			.param("project", projectId)
			.param("contractor", contractorId)
			.param("insurer", insurerId)
			.param("branch", branchId)
			.param("sum", new BigDecimal(sumInsured))
			.param("number", "WG-PAYOUT-" + token)
			.query(Long.class)
			.single();
		contractor = TestPrincipals.scope(Role.CONTRACTOR, contractorId, "653101");
		authority = TestPrincipals.scope(Role.LOCAL_AUTHORITY, authorityId, "653101");
		otherAuthority = TestPrincipals.scope(Role.LOCAL_AUTHORITY, otherId, "654002");
		staff = TestPrincipals.scope(Role.INSURER_STAFF, branchId, "653100");
	}

	/** A valid 18-digit ID number for worker {@code n} (born 1990-01-01 + n days, Kashgar), unique per fixture. */
	public static String idNumber(int n) {
		String first17 = "653101" + java.time.LocalDate.of(1980, 1, 1).plusDays(n % 9000).toString().replace("-", "")
				+ String.format("%03d", n % 1000);
		return first17 + IdNumbers.checkCharacter(first17);
	}

	/** A Luhn-valid 19-digit card number for worker {@code n}. */
	public static String card(int n) {
		String body = "621700" + String.format("%012d", n);
		for (int check = 0; check < 10; check++) {
			if (io.suretyhub.payout.internal.BankCards.valid(body + check)) {
				return body + check;
			}
		}
		throw new IllegalStateException();
	}

	public static List<NewWorker> roster(int size, String amount) {
		List<NewWorker> rows = new ArrayList<>();
		for (int i = 1; i <= size; i++) {
			rows.add(new NewWorker("工人" + i, idNumber(i), "139" + String.format("%08d", i), "中国建设银行", card(i),
					new BigDecimal(amount)));
		}
		return rows;
	}

}
