package io.suretyhub.insurer.internal;

/** Why a sanction is proposed (R-SUP-3, W Art 10 items 1–7). */
public enum SanctionTrigger {

	UNQUALIFIED_BUSINESS, NON_COMPLIANT, OFFLINE_HANDLING, UNHEEDED_REMINDERS, LOW_RATE, UNDERWRITING_OVERDUE,
	PAYOUT_OVERDUE, OTHER;

	public static SanctionTrigger fromName(String name) {
		for (SanctionTrigger trigger : values()) {
			if (trigger.name().equals(name)) {
				return trigger;
			}
		}
		return null;
	}

}
