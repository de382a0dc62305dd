package io.suretyhub.project.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import io.suretyhub.project.DepositRatio;

/** A deposit ratio confirmation as the API and pages show it: the rule that produced it, the deposit, the split. */
public record RatioView(long projectId, String status, String basis, long ruleId, String ruleName,
		LocalDate ruleEffectiveFrom, BigDecimal ratio, BigDecimal percent, BigDecimal amount, int cleanYears,
		boolean realNameAccount, BigDecimal cash, BigDecimal bankGuarantee, BigDecimal insurance, Instant submittedAt,
		Instant decidedAt, String remark) {

	static RatioView of(DepositRatio r) {
		return new RatioView(r.projectId(), r.status().name(), r.basis().name(), r.rule().id(), r.rule().name(),
				r.rule().effectiveFrom(), r.ratio(), r.percent(), r.amount().amount(), r.cleanYears(), r.realNameAccount(),
				r.split().cash().amount(), r.split().bankGuarantee().amount(), r.split().insurance().amount(),
				r.submittedAt(), r.decidedAt(), r.remark());
	}

}
