package io.suretyhub.policy.web;

import io.suretyhub.policy.UnderwritingDecision;

/** The issue form: the counter-guarantee, if any, as typed (all fields or none). */
public class UnderwritingForm {

	private String cgAgreementNumber;

	private String cgAmount;

	private String cgFormAndScope;

	private String cgStart;

	private String cgEnd;

	UnderwritingDecision decision() {
		return new UnderwritingDecision(cgAgreementNumber, cgAmount, cgFormAndScope, cgStart, cgEnd);
	}

	public String getCgAgreementNumber() {
		return cgAgreementNumber;
	}

	public void setCgAgreementNumber(String cgAgreementNumber) {
		this.cgAgreementNumber = cgAgreementNumber;
	}

	public String getCgAmount() {
		return cgAmount;
	}

	public void setCgAmount(String cgAmount) {
		this.cgAmount = cgAmount;
	}

	public String getCgFormAndScope() {
		return cgFormAndScope;
	}

	public void setCgFormAndScope(String cgFormAndScope) {
		this.cgFormAndScope = cgFormAndScope;
	}

	public String getCgStart() {
		return cgStart;
	}

	public void setCgStart(String cgStart) {
		this.cgStart = cgStart;
	}

	public String getCgEnd() {
		return cgEnd;
	}

	public void setCgEnd(String cgEnd) {
		this.cgEnd = cgEnd;
	}

}
