package io.suretyhub.payout.internal;

import io.suretyhub.obligation.Obligations;
import io.suretyhub.obligation.Subject;
import io.suretyhub.payout.PaymentNoticeIssued;
import io.suretyhub.payout.PayoutSubjects;
import io.suretyhub.shared.Money;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the insurer's branch, in its inbox, that a payment notice arrived and by when it must pay the workers
 * (R-CLM-2: 5 working days). Once per notice, after the notice is committed; a redelivered event changes nothing.
 */
@Component
class NoticeAnnouncement {

	private final Obligations obligations;

	NoticeAnnouncement(Obligations obligations) {
		this.obligations = obligations;
	}

	@ApplicationModuleListener
	void on(PaymentNoticeIssued notice) {
		if (notice.insurerShare().compareTo(Money.ZERO) > 0) {
			obligations.announce(new Subject(PayoutSubjects.NOTICE, "" + notice.caseId()), "R-CLM-2");
		}
	}

}
