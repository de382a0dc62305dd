package io.suretyhub.policy;

import java.time.LocalDate;
import java.util.Locale;

import io.suretyhub.area.Areas;
import io.suretyhub.organisation.Organisation;
import io.suretyhub.organisation.Organisations;
import io.suretyhub.project.Project;
import io.suretyhub.project.Projects;
import io.suretyhub.shared.CreditCode;
import io.suretyhub.shared.Money;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Gathers what an e-policy shows (Attachment 1) from the policy, its project and the parties. */
@Component
class PolicyContents {

	private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	private final Projects projects;

	private final Organisations organisations;

	private final Areas areas;

	private final MessageSource messages;

	PolicyContents(Projects projects, Organisations organisations, Areas areas, MessageSource messages) {
		this.projects = projects;
		this.organisations = organisations;
		this.areas = areas;
		this.messages = messages;
	}

	PolicyDocumentIssuer.Content of(Policy policy, CounterGuarantee cg, Money premium, LocalDate day, String underwriter) {
		var t = policy.terms();
		Project project = projects.find(t.projectId()).orElseThrow();
		Organisation contractor = organisations.find(t.contractorId()).orElseThrow();
		Organisation insurer = organisations.find(t.insurerId()).orElseThrow();
		Organisation branch = organisations.find(t.branchId()).orElseThrow();
		String coInsured = messages.getMessage("policy.document.coInsured", new Object[] { areas.label(t.area(), CHINESE) },
				CHINESE);
		return new PolicyDocumentIssuer.Content(t.id(), t.insurerId(), insurer.name(), t.area(), contractor.name(),
				contractor.creditCode() == null ? null : new CreditCode(contractor.creditCode()),
				contractor.address() == null ? "" : contractor.address(), project.name(), project.contractPrice(),
				project.periodStart(), project.periodEnd(), project.address(), cg, t.sumInsured(), premium,
				t.periodStart(), t.periodEnd(), coInsured, areas.label(branch.area(), CHINESE), day, underwriter);
	}

}
