package io.suretyhub.payout;

/** Where an arrears case stands; texts are {@code payout.status.<NAME>}. */
public enum CaseStatus {

	/** The decision is recorded; the contractor's deadline runs. */
	DECIDED,
	/** The authority recorded that the contractor did not pay by the deadline. */
	UNPAID,
	/** The payment notice went to the insurer; payments are being recorded. */
	NOTICE_ISSUED,
	/** The insurer's share is paid and any excess was paid by the contractor. */
	PAID

}
