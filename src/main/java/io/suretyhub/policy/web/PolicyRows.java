package io.suretyhub.policy.web;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.suretyhub.organisation.Organisations;
import io.suretyhub.policy.Policy;
import io.suretyhub.project.Project;
import io.suretyhub.project.Projects;

import org.springframework.stereotype.Component;

/** Policies as the pages list them: with the names of their project, policyholder, insurer and branch. */
@Component
class PolicyRows {

	private final Organisations organisations;

	private final Projects projects;

	PolicyRows(Organisations organisations, Projects projects) {
		this.organisations = organisations;
		this.projects = projects;
	}

	List<Row> rows(Collection<Policy> policies) {
		Map<Long, String> names = organisations.names(policies.stream()
			.flatMap(p -> Stream.of(p.terms().contractorId(), p.terms().insurerId(), p.terms().branchId()))
			.distinct()
			.toList());
		return policies.stream().map(p -> {
			var t = p.terms();
			String project = projects.find(t.projectId()).map(Project::name).orElse("");
			return new Row(PolicyView.of(p), project, names.getOrDefault(t.contractorId(), ""),
					names.getOrDefault(t.insurerId(), ""), names.getOrDefault(t.branchId(), ""));
		}).toList();
	}

	Row row(Policy policy) {
		return rows(List.of(policy)).get(0);
	}

	/** One policy with the names a person reads. */
	record Row(PolicyView policy, String projectName, String contractorName, String insurerName, String branchName) {
	}

}
