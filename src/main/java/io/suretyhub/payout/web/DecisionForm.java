package io.suretyhub.payout.web;

import io.suretyhub.payout.NewDecision;

/** The decision form as typed: every value kept as text, so a refused form comes back as it was. */
record DecisionForm(String projectId, String number, String date, String paymentDeadline, String amount, String workers) {

	static DecisionForm empty() {
		return new DecisionForm("", "", "", "", "", "");
	}

	/** The decision, or {@code InvalidInput} naming each missing or malformed field. */
	NewDecision decision() {
		FormInput in = new FormInput();
		Long project = in.whole("projectId", projectId, 1, 999_999_999_999L);
		String text = in.text("number", number, 100);
		var day = in.date("date", date);
		var deadline = in.date("paymentDeadline", paymentDeadline);
		var yuan = in.amount("amount", amount);
		Long count = in.whole("workers", workers, 1, 100_000);
		in.check();
		return new NewDecision(project, text, day, deadline, yuan, count.intValue());
	}

}
