package io.suretyhub.document.internal;

import java.time.LocalDate;

import io.suretyhub.document.PolicyDocument;
import io.suretyhub.shared.AreaCode;
import io.suretyhub.shared.Money;

/** What the platform keeps beside a policy's bytes, to show on verification without parsing the PDF. */
record PolicySummary(String number, String verificationCode, long insurerId, String insurerName, AreaCode area,
		String policyholderName, String projectName, Money sumInsured, LocalDate periodStart, LocalDate periodEnd) {

	static PolicySummary of(PolicyDocument policy) {
		return new PolicySummary(policy.number(), policy.verificationCode(), policy.insurerId(), policy.insurerName(),
				policy.area(), policy.policyholder().name(), policy.project().name(), policy.sumInsured(),
				policy.periodStart(), policy.periodEnd());
	}

}
