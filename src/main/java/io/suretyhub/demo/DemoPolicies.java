package io.suretyhub.demo;

import java.util.List;

import io.suretyhub.policy.Application;
import io.suretyhub.policy.Policies;
import io.suretyhub.policy.Underwriting;
import io.suretyhub.policy.UnderwritingDecision;
import io.suretyhub.project.DepositRatio;
import io.suretyhub.project.DepositRatios;
import io.suretyhub.project.Project;
import io.suretyhub.project.Projects;
import io.suretyhub.project.RatioSubmission;
import io.suretyhub.shared.AccessScope;

/**
 * The demo's projects at every step of the way, through the policy module's public API: two policies in
 * force in Urumqi (kunlun's issued automatically under its filed limit, hanhai's issued by its underwriter),
 * a confirmed ratio waiting for tianshan to choose an insurer, and a ratio waiting for Kashgar's decision.
 */
class DemoPolicies {

	private final DemoAccounts accounts;

	private final DepositRatios ratios;

	private final Projects projects;

	private final Policies policies;

	private final Underwriting underwriting;

	DemoPolicies(DemoAccounts accounts, DepositRatios ratios, Projects projects, Policies policies,
			Underwriting underwriting) {
		this.accounts = accounts;
		this.ratios = ratios;
		this.projects = projects;
		this.policies = policies;
		this.underwriting = underwriting;
	}

	/**
	 * @param projectIds as {@link DemoProjects#register} answers them
	 * @param insurers hanhai, kunlun, silu
	 */
	void create(List<Long> projectIds, List<Long> insurers) {
		apply(projectIds.get(0), "tianshan", "urumqi", insurers.get(1));
		long hanhaiPolicy = apply(projectIds.get(2), "bogda", "urumqi", insurers.get(0));
		underwriting.issue(hanhaiPolicy, UnderwritingDecision.none(), accounts.scope("hanhai-staff"));
		confirm(projectIds.get(1), "tianshan", "urumqi");
		submit(projectIds.get(3), "kashi-silu");
	}

	private long apply(long projectId, String contractor, String authority, long insurer) {
		DepositRatio ratio = confirm(projectId, contractor, authority);
		Project project = projects.find(projectId).orElseThrow();
		return policies.apply(new Application(projectId, insurer, ratio.split().insurance(), project.periodStart(),
				project.periodEnd(), null), accounts.scope(contractor));
	}

	private DepositRatio confirm(long projectId, String contractor, String authority) {
		submit(projectId, contractor);
		return ratios.confirm(projectId, accounts.scope(authority));
	}

	private void submit(long projectId, String contractor) {
		AccessScope scope = accounts.scope(contractor);
		ratios.submit(projectId, new RatioSubmission(0, false, "", "", ""), scope);
	}

}
