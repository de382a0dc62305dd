package io.suretyhub.policy;

/**
 * What the underwriter records when issuing: the counter-guarantee, if any (all fields or none), as typed.
 */
public record UnderwritingDecision(String cgAgreementNumber, String cgAmount, String cgFormAndScope, String cgStart,
		String cgEnd) {

	public static UnderwritingDecision none() {
		return new UnderwritingDecision(null, null, null, null, null);
	}

}
