package io.suretyhub.payout.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import io.suretyhub.policy.Policy;
import io.suretyhub.policy.PolicyStatus;
import io.suretyhub.shared.RuleViolation;

/**
 * The policy that pays an arrears case (R-CLM-4): the project's policy whose period contains the day of the
 * decision, claimed no later than 2 years after its end date; issued policies only.
 */
public final class CoveringPolicy {

	private static final Set<PolicyStatus> CLAIMABLE = Set.of(PolicyStatus.IN_FORCE, PolicyStatus.SURRENDER_REQUESTED,
			PolicyStatus.EXPIRED, PolicyStatus.RENEWED, PolicyStatus.EXHAUSTED);

	private CoveringPolicy() {
	}

	public static Policy choose(List<Policy> ofProject, LocalDate event, LocalDate today) {
		Policy policy = ofProject.stream()
			.filter(p -> CLAIMABLE.contains(p.status()))
			.filter(p -> !event.isBefore(p.terms().periodStart()) && !event.isAfter(p.terms().periodEnd()))
			.max(Comparator.comparing(p -> p.terms().periodStart()))
			.orElseThrow(() -> new RuleViolation("R-CLM-4", "payout.error.noCoveringPolicy"));
		if (today.isAfter(policy.terms().periodEnd().plusYears(2))) {
			throw new RuleViolation("R-CLM-4", "payout.error.limitationPassed", policy.terms().periodEnd().plusYears(2));
		}
		return policy;
	}

}
