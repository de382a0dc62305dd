package io.suretyhub.policy;

import java.time.Clock;
import java.time.LocalDate;

import io.suretyhub.contractor.CreditFactKind;
import io.suretyhub.contractor.CreditFacts;
import io.suretyhub.project.Project;
import io.suretyhub.project.Projects;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves policies along with the calendar (R-POL-3, R-POL-6): issued → in force at 00:00 of the start
 * date; at 24:00 of the end date renewed (if its renewal was issued) or expired. An expiry without
 * renewal while the project is unfinished records the R-ELG-1 (3) fact, once per policy (key
 * {@code policy/<id>}, the same subject the renewal obligation carries). Each policy moves in its own
 * transaction, guarded by its version: safe with several nodes.
 */
@Component
class PolicyCalendar {

	private final PolicyRepository repository;

	private final PolicyStore store;

	private final Projects projects;

	private final CreditFacts facts;

	private final TransactionTemplate transactions;

	private final Clock clock;

	PolicyCalendar(PolicyRepository repository, PolicyStore store, Projects projects, CreditFacts facts,
			TransactionTemplate transactions, Clock clock) {
		this.repository = repository;
		this.store = store;
		this.projects = projects;
		this.facts = facts;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Scheduled(cron = "${suretyhub.policy.sweep-cron:0 1 0 * * *}", zone = "Asia/Shanghai")
	void sweep() {
		advance(LocalDate.now(clock));
	}

	/** Applies every date-driven transition due on {@code today}. */
	void advance(LocalDate today) {
		for (long id : repository.dueOn(today)) {
			transactions.executeWithoutResult(status -> store.change(id, null, policy -> move(policy, today)));
		}
	}

	private Void move(Policy policy, LocalDate today) {
		policy.takeEffect(today);
		Project project = projects.find(policy.terms().projectId()).orElseThrow();
		boolean unfinished = !project.isComplete();
		if (policy.end(today, repository.successor(policy.id()).orElse(null), unfinished)
				&& policy.status() == PolicyStatus.EXPIRED && unfinished) {
			facts.recordByPlatform(policy.terms().contractorId(), CreditFactKind.RENEWAL_MISSED,
					policy.terms().periodEnd().plusDays(1), policy.terms().area(), "policy/" + policy.id());
		}
		return null;
	}

}
