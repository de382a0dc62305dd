package io.suretyhub.policy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import io.suretyhub.document.IssuedDocument;
import io.suretyhub.document.PolicyDocumentIssued;
import io.suretyhub.document.PolicyDocuments;
import io.suretyhub.document.PolicyNumbers;
import io.suretyhub.document.RemoteSigning;
import io.suretyhub.document.SigningRefused;
import io.suretyhub.shared.AccessScope;
import io.suretyhub.shared.AuditEvent;
import io.suretyhub.shared.RuleViolation;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue with a remote signature (R-POL-2, R-POL-5): the branch's underwriting result is priced and the policy
 * rendered and numbered as for a hosted issue, but the insurer's own system signs the document's digest with a
 * key the platform never sees. The application stays {@code APPLIED} until the document module accepts the
 * signature; then, in the same transaction, it becomes {@code ISSUED}. A refused signature issues nothing and
 * is audited.
 */
@Service
public class RemoteIssue {

	private final Underwriting underwriting;

	private final PolicyRepository policies;

	private final PolicyStore store;

	private final PolicyContents contents;

	private final PolicyNumbers numbers;

	private final PolicyDocuments documents;

	private final RemoteIssueRepository pending;

	private final TransactionTemplate transaction;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	RemoteIssue(Underwriting underwriting, PolicyRepository policies, PolicyStore store, PolicyContents contents,
			PolicyNumbers numbers, PolicyDocuments documents, RemoteIssueRepository pending,
			PlatformTransactionManager transactions, ApplicationEventPublisher events, Clock clock) {
		this.underwriting = underwriting;
		this.policies = policies;
		this.store = store;
		this.contents = contents;
		this.numbers = numbers;
		this.documents = documents;
		this.pending = pending;
		this.transaction = new TransactionTemplate(transactions);
		this.events = events;
		this.clock = clock;
	}

	/** The outcome of an accepted remote signature: the policy is issued. */
	public record Issued(long policyId, String number, String sha256, Instant signedAt) {
	}

	/**
	 * The branch's staff accept the application at the filed rate and have the policy prepared for the insurer's
	 * system to sign; preparing again replaces the pending request and keeps the policy number.
	 * @throws RuleViolation when the application cannot be issued (as {@link Underwriting#issue})
	 */
	@Transactional
	public RemoteSigning prepare(long policyId, UnderwritingDecision decision, AccessScope staff) {
		CounterGuarantee cg = CounterGuaranteeCheck.check(decision);
		Policy policy = policies.find(policyId, Underwriting.branchStaff(staff))
			.orElseThrow(() -> new PolicyNotFound(policyId)).policy();
		Underwriting.ownBranch(policy, staff);
		policy.requireApplied();
		Underwriting.Priced priced = underwriting.price(policy);
		LocalDate today = LocalDate.now(clock);
		var t = policy.terms();
		var before = pending.byPolicy(policyId);
		String number = before.map(RemoteIssueRepository.Pending::number)
			.orElseGet(() -> numbers.next(t.area(), today.getYear(), t.insurerId()));
		String code = before.map(RemoteIssueRepository.Pending::verificationCode).orElseGet(numbers::newVerificationCode);
		var content = contents.of(policy, cg, priced.premium(), today, staff.username());
		RemoteSigning signing = documents.prepareRemote(HostedDocumentIssuer.document(number, code, content));
		pending.replace(new RemoteIssueRepository.Pending(signing.id(), policyId, t.insurerId(), number, code, priced, cg,
				staff.username()), clock.instant());
		events.publishEvent(AuditEvent.success("policy.remote.prepare", "policy", policyId,
				"signing request " + signing.id() + ", number " + number));
		return signing;
	}

	/**
	 * Embeds the CMS signature the insurer's system returned and issues the policy, all or nothing.
	 * Called outside a transaction: a refusal is audited in its own record and rethrown.
	 * @throws SigningRefused with the precise reason; the application stays {@code APPLIED}
	 */
	public Issued complete(long insurerId, UUID requestId, byte[] cms) {
		var request = pending.find(insurerId, requestId)
			.orElseThrow(() -> new SigningRefused(SigningRefused.Reason.REQUEST_EXPIRED));
		try {
			IssuedDocument document = transaction.execute(status -> documents.completeRemote(insurerId, requestId, cms));
			return new Issued(request.policyId(), document.number(), document.sha256(), document.signedAt());
		}
		catch (SigningRefused refused) {
			events.publishEvent(new AuditEvent("policy.remote.refused", "policy", String.valueOf(request.policyId()),
					AuditEvent.Outcome.FAILURE, "signing request " + requestId + ": " + refused.reason(), null));
			throw refused;
		}
	}

	/**
	 * Whichever way the insurer returned the signature (this API or the staff tools' signing request), the
	 * accepted document issues its pending application in the document's own transaction.
	 */
	@EventListener
	void on(PolicyDocumentIssued issued) {
		pending.byNumber(issued.number()).ifPresent(request -> {
			store.changeLocked(request.policyId(), policy -> {
				policy.issue(new Policy.Underwritten(request.priced().rate(), request.priced().premium(),
						request.counterGuarantee(), request.number(), request.verificationCode(), request.underwriter(),
						issued.signedAt()));
				return null;
			});
			pending.delete(request.requestId());
		});
	}

}
