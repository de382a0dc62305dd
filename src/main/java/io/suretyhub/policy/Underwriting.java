package io.suretyhub.policy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.suretyhub.contractor.CreditFacts;
import io.suretyhub.obligation.ObligationView;
import io.suretyhub.obligation.Obligations;
import io.suretyhub.shared.AccessScope;
import io.suretyhub.shared.AuditEvent;
import io.suretyhub.shared.Money;
import io.suretyhub.shared.Role;
import io.suretyhub.shared.RuleViolation;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The branch's underwriting (R-POL-2, R-SUP-3): its queue, issue at the insurer's filed rate (never below
 * the configured floor) with the document signed by the insurer, or a reasoned refusal; automatic issue
 * under the insurer's own rule.
 */
@Service
public class Underwriting {

	static final String AUTOMATIC = "auto";

	private final PolicyRepository repository;

	private final PolicyStore store;

	private final TermsRepository terms;

	private final PolicyContents contents;

	private final ObjectProvider<PolicyDocumentIssuer> documents;

	private final Insurers insurers;

	private final CreditFacts facts;

	private final PolicySettings settings;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final Obligations obligations;

	Underwriting(PolicyRepository repository, PolicyStore store, TermsRepository terms, PolicyContents contents,
			ObjectProvider<PolicyDocumentIssuer> documents, Insurers insurers, CreditFacts facts,
			PolicySettings settings, ApplicationEventPublisher events, Clock clock, Obligations obligations) {
		this.obligations = obligations;
		this.repository = repository;
		this.store = store;
		this.terms = terms;
		this.contents = contents;
		this.documents = documents;
		this.insurers = insurers;
		this.facts = facts;
		this.settings = settings;
		this.events = events;
		this.clock = clock;
	}

	/** The insurer admin files its rate and automatic issue limit; a rate below the floor is refused (R-SUP-3). */
	@Transactional
	public void setTerms(BigDecimal filedRate, Money autoIssueLimit, AccessScope insurerAdmin) {
		if (insurerAdmin.role() != Role.INSURER_ADMIN) {
			throw new RuleViolation("R-SUP-3", "policy.error.onlyInsurerAdmin");
		}
		checkRate(filedRate);
		terms.save(new UnderwritingTerms(insurerAdmin.organisationId(), filedRate, autoIssueLimit),
				insurerAdmin.accountId(), clock.instant());
		events.publishEvent(AuditEvent.success("policy.terms", "insurer", insurerAdmin.organisationId(),
				"rate=" + filedRate + " autoLimit=" + autoIssueLimit));
	}

	public Optional<UnderwritingTerms> terms(long insurerId) {
		return terms.find(insurerId);
	}

	/** The lowest filed rate allowed (R-SUP-3), a fraction. */
	public BigDecimal rateFloor() {
		return settings.rateFloor();
	}

	/**
	 * The stored obligation of the policy under {@code rule}: {@code R-POL-2} (the underwriting result within
	 * 5 working days) or {@code R-POL-6} (the renewal window), once opened.
	 */
	public Optional<ObligationView> obligation(long policyId, String rule) {
		return repository.obligation(policyId, rule).flatMap(obligations::find);
	}

	/** The applications waiting in the staff member's branch, oldest first. */
	public List<Policy> queue(AccessScope staff) {
		if (staff.role() != Role.INSURER_STAFF) {
			return List.of();
		}
		List<Policy> newestFirst = new java.util.ArrayList<>(repository.list(staff,
				"p.status = 'APPLIED' AND p.branch_id = :branch", Map.of("branch", staff.organisationId()), 500));
		java.util.Collections.reverse(newestFirst);
		return newestFirst;
	}

	/** The branch's staff issue the policy at the filed rate, with the document signed by the insurer. */
	@Transactional
	public void issue(long policyId, UnderwritingDecision decision, AccessScope staff) {
		CounterGuarantee cg = CounterGuaranteeCheck.check(decision);
		store.change(policyId, branchStaff(staff), p -> {
			ownBranch(p, staff);
			issue(p, cg, staff.username());
			return null;
		});
	}

	/** The branch's staff refuse, with a reason the contractor sees. */
	@Transactional
	public void refuse(long policyId, String reason, AccessScope staff) {
		String text = reason == null ? "" : reason.strip();
		if (text.isEmpty() || text.length() > 500) {
			throw io.suretyhub.shared.InvalidInput.of("reason", "policy.error.reason.required");
		}
		store.change(policyId, branchStaff(staff), p -> {
			ownBranch(p, staff);
			p.refuse(text, clock.instant());
			return null;
		});
	}

	/** Issues at once when the insurer's automatic rule covers the application; else leaves it queued. */
	void automatically(long policyId) {
		Policy policy = store.find(policyId).orElseThrow();
		var filed = terms.find(policy.terms().insurerId());
		if (filed.isEmpty() || filed.get().autoIssueLimit() == null
				|| policy.terms().sumInsured().compareTo(filed.get().autoIssueLimit()) > 0
				|| !facts.between(policy.terms().contractorId(), LocalDate.of(1900, 1, 1), LocalDate.now(clock)).isEmpty()
				|| documents.getIfAvailable() == null) {
			return;
		}
		store.change(policyId, null, p -> {
			issue(p, null, AUTOMATIC);
			return null;
		});
	}

	private void issue(Policy policy, CounterGuarantee cg, String underwriter) {
		Priced priced = price(policy);
		PolicyDocumentIssuer issuer = documents.getIfAvailable();
		if (issuer == null) {
			throw new RuleViolation("R-POL-5", "policy.error.noDocumentService");
		}
		var signed = issuer.issue(contents.of(policy, cg, priced.premium(), LocalDate.now(clock), underwriter));
		policy.issue(new Policy.Underwritten(priced.rate(), priced.premium(), cg, signed.number(),
				signed.verificationCode(), underwriter, clock.instant()));
	}

	/** The filed rate and premium at which the insurer may issue the policy now (R-INS-4, R-SUP-3). */
	Priced price(Policy policy) {
		var t = policy.terms();
		insurers.branchFor(t.insurerId(), t.area(), LocalDate.now(clock));
		UnderwritingTerms filed = terms.find(t.insurerId())
			.orElseThrow(() -> new RuleViolation("R-SUP-3", "policy.error.noFiledRate"));
		checkRate(filed.filedRate());
		return new Priced(filed.filedRate(),
				new Money(t.sumInsured().amount().multiply(filed.filedRate()).setScale(2, RoundingMode.HALF_UP)));
	}

	record Priced(BigDecimal rate, Money premium) {
	}

	private void checkRate(BigDecimal rate) {
		if (rate == null || rate.signum() <= 0 || rate.compareTo(BigDecimal.ONE) >= 0) {
			throw io.suretyhub.shared.InvalidInput.of("filedRate", "policy.error.rate.range");
		}
		if (rate.compareTo(settings.rateFloor()) < 0) {
			throw new RuleViolation("R-SUP-3", "policy.error.rate.belowFloor", settings.rateFloor().toPlainString());
		}
	}

	static void ownBranch(Policy policy, AccessScope staff) {
		if (policy.terms().branchId() != staff.organisationId()) {
			throw new PolicyNotFound(policy.id());
		}
	}

	static AccessScope branchStaff(AccessScope staff) {
		if (staff.role() != Role.INSURER_STAFF) {
			throw new RuleViolation("R-POL-2", "policy.error.onlyBranchStaff");
		}
		return staff;
	}

}
