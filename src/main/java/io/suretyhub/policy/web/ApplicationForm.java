package io.suretyhub.policy.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.suretyhub.policy.Application;
import io.suretyhub.policy.TypedInput;
import io.suretyhub.shared.InvalidInput;
import io.suretyhub.shared.InvalidInput.Problem;
import io.suretyhub.shared.Money;

/** The application form as typed; {@link #application()} refuses malformed fields one by one. */
public class ApplicationForm {

	private Long projectId;

	private Long insurerId;

	private String sumInsured;

	private String periodStart;

	private String periodEnd;

	private Long renewalOf;

	static ApplicationForm of(Application draft) {
		var form = new ApplicationForm();
		form.projectId = draft.projectId();
		form.insurerId = draft.insurerId();
		form.sumInsured = draft.sumInsured().amount().toPlainString();
		form.periodStart = draft.periodStart().toString();
		form.periodEnd = draft.periodEnd().toString();
		form.renewalOf = draft.renewalOf();
		return form;
	}

	Application application() {
		List<Problem> problems = new ArrayList<>();
		if (insurerId == null) {
			problems.add(new Problem("insurerId", "policy.page.error.insurer"));
		}
		Money sum = TypedInput.amount("sumInsured", sumInsured, "policy.page.error.amount", problems);
		LocalDate start = TypedInput.date("periodStart", periodStart, problems);
		LocalDate end = TypedInput.date("periodEnd", periodEnd, problems);
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		return new Application(projectId, insurerId, sum, start, end, renewalOf);
	}

	public Long getProjectId() {
		return projectId;
	}

	public void setProjectId(Long projectId) {
		this.projectId = projectId;
	}

	public Long getInsurerId() {
		return insurerId;
	}

	public void setInsurerId(Long insurerId) {
		this.insurerId = insurerId;
	}

	public String getSumInsured() {
		return sumInsured;
	}

	public void setSumInsured(String sumInsured) {
		this.sumInsured = sumInsured;
	}

	public String getPeriodStart() {
		return periodStart;
	}

	public void setPeriodStart(String periodStart) {
		this.periodStart = periodStart;
	}

	public String getPeriodEnd() {
		return periodEnd;
	}

	public void setPeriodEnd(String periodEnd) {
		this.periodEnd = periodEnd;
	}

	public Long getRenewalOf() {
		return renewalOf;
	}

	public void setRenewalOf(Long renewalOf) {
		this.renewalOf = renewalOf;
	}

}
