package io.suretyhub.contractor;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import io.suretyhub.contractor.internal.CreditFactCheck;
import io.suretyhub.contractor.internal.CreditFactRepository;
import io.suretyhub.shared.AccessScope;
import io.suretyhub.shared.AreaCode;
import io.suretyhub.shared.AuditEvent;
import io.suretyhub.shared.Role;
import io.suretyhub.shared.RuleViolation;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records and lists W Art 8 credit facts (R-ELG-2). Authorities record kinds (1), (2), (5)–(8) in their
 * own area, about contractors they may see (R-GEO-2); the platform records (3) and (4) from its deadlines,
 * once per deadline. Lists answer only what the viewer may see: authorities their area, a contractor its own
 * facts.
 */
@Service
public class CreditFacts {

	private final CreditFactRepository repository;

	private final CreditFactCheck check;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CreditFacts(CreditFactRepository repository, CreditFactCheck check, ApplicationEventPublisher events, Clock clock) {
		this.repository = repository;
		this.check = check;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * An authority records a fact in its own area.
	 * @return the new fact's id
	 * @throws io.suretyhub.shared.InvalidInput naming every refused field
	 * @throws RuleViolation R-ELG-2 when the recorder is not a labour authority
	 */
	@Transactional
	public long record(NewCreditFact fact, AccessScope authority) {
		if (authority.role() != Role.LOCAL_AUTHORITY && authority.role() != Role.REGION_AUTHORITY) {
			throw new RuleViolation("R-ELG-2", "contractor.error.notAuthority");
		}
		CreditFactCheck.Checked checked = check.check(fact, authority, LocalDate.now(clock));
		long id = repository.insert(fact.contractorId(), checked.kind(), checked.occurredOn(), checked.evidence(),
				checked.source(), authority.area(), authority.accountId(), null, clock.instant());
		events.publishEvent(AuditEvent.success("contractor.creditFact.record", "credit-fact", id,
				"contractor=" + fact.contractorId() + " kind=" + checked.kind().item()));
		return id;
	}

	/**
	 * The platform records a fact of kind (3) or (4) from its own deadline {@code deadlineKey} (e.g.
	 * {@code policy/42}); recording the same kind for the same deadline again changes nothing.
	 * @return whether a new fact was recorded
	 */
	@Transactional
	public boolean recordByPlatform(long contractorId, CreditFactKind kind, LocalDate occurredOn, AreaCode area,
			String deadlineKey) {
		if (!kind.platformRecorded()) {
			throw new IllegalArgumentException("The platform records only kinds (3) and (4): " + kind);
		}
		Optional<Long> id = repository.insertOnce(contractorId, kind, occurredOn, deadlineKey, area, clock.instant());
		id.ifPresent(fact -> events.publishEvent(AuditEvent.success("contractor.creditFact.platform", "credit-fact",
				fact, "contractor=" + contractorId + " kind=" + kind.item() + " deadline=" + deadlineKey)));
		return id.isPresent();
	}

	/** Every fact about {@code contractorId} that {@code viewer} may see, newest first. */
	public List<CreditFact> of(long contractorId, AccessScope viewer) {
		return repository.visible(viewer, contractorId, 500);
	}

	/** The latest facts {@code viewer} may see, newest first. */
	public List<CreditFact> latest(AccessScope viewer, int limit) {
		return repository.visible(viewer, null, limit);
	}

	/** Every fact about the contractor that occurred in {@code [from, to]}, whoever asks (other modules). */
	public List<CreditFact> between(long contractorId, LocalDate from, LocalDate to) {
		return repository.between(contractorId, from, to);
	}

}
