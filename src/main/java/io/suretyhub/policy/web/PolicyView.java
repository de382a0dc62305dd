package io.suretyhub.policy.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import io.suretyhub.policy.CounterGuarantee;
import io.suretyhub.policy.Policy;
import io.suretyhub.policy.PolicyStatus;

/** A policy as pages and the API show it. */
public record PolicyView(long id, long projectId, long contractorId, String areaCode, long insurerId, long branchId,
		BigDecimal sumInsured, BigDecimal remaining, LocalDate periodStart, LocalDate periodEnd, Long renewalOf,
		PolicyStatus status, String number, BigDecimal rate, BigDecimal premium, CounterGuarantee counterGuarantee,
		String underwriter, String refusalReason, String surrenderReason, boolean surrenderApproved, Instant appliedAt,
		String verificationCode, Instant issuedAt) {

	static PolicyView of(Policy p) {
		var t = p.terms();
		var u = p.underwritten();
		var s = p.surrender();
		return new PolicyView(t.id(), t.projectId(), t.contractorId(), t.area().value(), t.insurerId(), t.branchId(),
				t.sumInsured().amount(), p.remaining().amount(), t.periodStart(), t.periodEnd(), t.renewalOf(), p.status(),
				u == null ? null : u.number(), u == null ? null : u.rate(), u == null ? null : u.premium().amount(),
				u == null ? null : u.counterGuarantee(), u == null ? null : u.underwriter(), p.refusalReason(),
				s == null ? null : s.reason(), s != null && s.approvedAt() != null, t.appliedAt(),
				u == null ? null : u.verificationCode(), u == null ? null : u.issuedAt());
	}

}
