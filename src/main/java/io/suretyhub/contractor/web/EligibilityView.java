package io.suretyhub.contractor.web;

import java.time.LocalDate;
import java.util.List;

import io.suretyhub.contractor.CreditFact;
import io.suretyhub.contractor.EligibilityCheck;

/**
 * The R-ELG-1 check as the API answers it: an explicit {@code eligible} next to every reason that bars
 * the contractor (none when eligible), oldest first.
 */
record EligibilityView(long contractorId, LocalDate day, boolean eligible, List<CreditFact> reasons) {

	static EligibilityView of(EligibilityCheck check) {
		return new EligibilityView(check.contractorId(), check.day(), check.eligible(), check.reasons());
	}

}
