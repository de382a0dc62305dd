package io.suretyhub.contractor;

import java.time.LocalDate;

import org.springframework.stereotype.Service;

/**
 * The R-ELG-1 check: a contractor may use insurance instead of cash only if no W Art 8 fact occurred in
 * the two years before the day of the check. Run at application and at renewal.
 */
@Service
public class Eligibility {

	private final CreditFacts facts;

	Eligibility(CreditFacts facts) {
		this.facts = facts;
	}

	/** Every reason that bars {@code contractorId} on {@code day}, oldest first. */
	public EligibilityCheck check(long contractorId, LocalDate day) {
		return new EligibilityCheck(contractorId, day, facts.between(contractorId, day.minusYears(2), day));
	}

}
