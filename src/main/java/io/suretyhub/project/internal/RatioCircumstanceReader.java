package io.suretyhub.project.internal;

import java.time.LocalDate;
import java.util.List;

import io.suretyhub.contractor.CreditFact;
import io.suretyhub.contractor.CreditFactKind;
import io.suretyhub.contractor.CreditFacts;
import io.suretyhub.project.Project;

import org.springframework.stereotype.Component;

/**
 * Gathers what the ratio rule looks at: the contractor's declarations, lowered by the W Art 8 facts on
 * record (a declared clean year with a recorded fact does not count), and its concurrent projects.
 */
@Component
public class RatioCircumstanceReader {

	private final CreditFacts facts;

	private final DepositRatioRepository ratios;

	RatioCircumstanceReader(CreditFacts facts, DepositRatioRepository ratios) {
		this.facts = facts;
		this.ratios = ratios;
	}

	public RatioCalculator.Circumstances read(Project project, int declaredCleanYears, boolean realName, LocalDate day) {
		List<CreditFact> recent = facts.between(project.contractorId(), day.minusYears(Math.max(declaredCleanYears, 2)), day);
		int clean = declaredCleanYears;
		for (CreditFact fact : recent) {
			if (fact.kind().showsArrears()) {
				clean = Math.min(clean, (int) java.time.temporal.ChronoUnit.YEARS.between(fact.occurredOn(), day));
			}
		}
		LocalDate twoYears = day.minusYears(2);
		boolean arrears = recent.stream()
			.anyMatch(f -> f.kind().showsArrears() && f.kind() != CreditFactKind.JOINT_PUNISHMENT_LIST
					&& !f.occurredOn().isBefore(twoYears));
		boolean untrustworthy = recent.stream()
			.anyMatch(f -> f.kind() == CreditFactKind.JOINT_PUNISHMENT_LIST && !f.occurredOn().isBefore(twoYears));
		boolean cleanPriorYear = recent.stream().noneMatch(f -> !f.occurredOn().isBefore(day.minusYears(1)));
		boolean concurrent = ratios.concurrentConfirmed(project.contractorId(), project.id(), project.area().prefecture(),
				project.periodStart(), project.periodEnd());
		return new RatioCalculator.Circumstances(project.contractPrice(), project.periodStart(), project.periodEnd(), clean,
				realName, cleanPriorYear, arrears, untrustworthy, concurrent);
	}

}
