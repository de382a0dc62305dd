package io.suretyhub.document.internal;

import java.sql.Date;
import java.time.LocalDate;

import io.suretyhub.document.PolicyDocument;
import io.suretyhub.shared.AreaCode;
import io.suretyhub.shared.Money;

import org.springframework.jdbc.core.simple.JdbcClient;

/** What the platform keeps beside a policy's bytes, to show on verification without parsing the PDF. */
record PolicySummary(String number, String verificationCode, long insurerId, String insurerName, AreaCode area,
		String policyholderName, String projectName, Money sumInsured, LocalDate periodStart, LocalDate periodEnd) {

	/** Binds the named parameters {@code number, code, insurer, insurerName, area, holder, project, sum, start, end}. */
	JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
		return statement.param("number", number)
			.param("code", verificationCode)
			.param("insurer", insurerId)
			.param("insurerName", insurerName)
			.param("area", area.value())
			.param("holder", policyholderName)
			.param("project", projectName)
			.param("sum", sumInsured.amount())
			.param("start", Date.valueOf(periodStart))
			.param("end", Date.valueOf(periodEnd));
	}

	static PolicySummary of(PolicyDocument policy) {
		return new PolicySummary(policy.number(), policy.verificationCode(), policy.insurerId(), policy.insurerName(),
				policy.area(), policy.policyholder().name(), policy.project().name(), policy.sumInsured(),
				policy.periodStart(), policy.periodEnd());
	}

}
