package io.suretyhub.openapi.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import io.suretyhub.policy.Policy;

/**
 * An application (and, once underwritten, its policy) as an insurer's system sees it.
 *
 * @param id the application's id (the policy's id)
 * @param status {@code APPLIED} while it waits for the underwriting result (R-POL-2)
 * @param branchId the insurer's branch local to the project, which underwrites it (R-INS-4)
 * @param areaCode the project's area (GB/T 2260)
 * @param number the policy number once issued
 * @param refusalReason the reason given when refused
 */
record ApplicationView(long id, String status, long projectId, String projectName, long contractorId,
		String contractorName, long branchId, String areaCode, BigDecimal sumInsured, LocalDate periodStart,
		LocalDate periodEnd, Long renewalOf, Instant appliedAt, String number, BigDecimal premium,
		String refusalReason) {

	static ApplicationView of(Policy p, String projectName, String contractorName) {
		var t = p.terms();
		var u = p.underwritten();
		return new ApplicationView(p.id(), p.status().name(), t.projectId(), projectName, t.contractorId(),
				contractorName, t.branchId(), t.area().value(), t.sumInsured().amount(), t.periodStart(), t.periodEnd(),
				t.renewalOf(), t.appliedAt(), u == null ? null : u.number(), u == null ? null : u.premium().amount(),
				p.refusalReason());
	}

}
