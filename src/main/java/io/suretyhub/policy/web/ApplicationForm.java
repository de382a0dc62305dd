package io.suretyhub.policy.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import io.suretyhub.policy.Application;
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
		Money sum = null;
		String amount = sumInsured == null ? "" : sumInsured.strip().replace(",", "");
		if (amount.matches("\\d{1,16}(\\.\\d{1,2})?")) {
			sum = new Money(new BigDecimal(amount));
		}
		else {
			problems.add(new Problem("sumInsured", "policy.page.error.amount"));
		}
		LocalDate start = date("periodStart", periodStart, problems);
		LocalDate end = date("periodEnd", periodEnd, problems);
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		return new Application(projectId, insurerId, sum, start, end, renewalOf);
	}

	private static LocalDate date(String field, String input, List<Problem> problems) {
		try {
			return LocalDate.parse(input == null ? "" : input.strip());
		}
		catch (DateTimeParseException ex) {
			problems.add(new Problem(field, "policy.error.date"));
			return null;
		}
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
