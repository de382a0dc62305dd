package io.suretyhub.insurer.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import io.suretyhub.insurer.InsurerSanctionLifted;
import io.suretyhub.insurer.InsurerSanctioned;
import io.suretyhub.shared.AccessScope;
import io.suretyhub.shared.AreaCode;
import io.suretyhub.shared.InvalidInput;
import io.suretyhub.shared.RuleViolation;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * Sanctions (R-SUP-3): triggers become proposals; only the region authority confirms one (a rectification
 * of at least the configured minimum, default one month, or a region-wide ban) or dismisses it with a
 * reason. No sanction without a person. A sanction applies until it is lifted, which is recorded; a
 * rectification cannot be lifted before its end date.
 */
@Service
public class Sanctions {

	private static final AreaCode REGION = AreaCode.of("650000");

	private final SanctionRepository repository;

	private final InsurerSettings settings;

	private final Journal journal;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Sanctions(SanctionRepository repository, InsurerSettings settings, Journal journal, ApplicationEventPublisher events,
			Clock clock) {
		this.repository = repository;
		this.settings = settings;
		this.journal = journal;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Proposes a sanction; the same {@code sourceKey} proposes only once (redelivered events are harmless).
	 * @return the proposal's id, empty if it was proposed before
	 */
	@Transactional
	public Optional<Long> propose(long insurerId, SanctionTrigger trigger, String detail, String sourceKey,
			AccessScope by) {
		return propose(insurerId, trigger, detail, sourceKey, by, by == null ? REGION : by.area());
	}

	/** As above, recording where the trigger arose (R-SUP-4: the early-warning list counts per area). */
	@Transactional
	public Optional<Long> propose(long insurerId, SanctionTrigger trigger, String detail, String sourceKey,
			AccessScope by, AreaCode area) {
		Optional<Long> id = repository.propose(insurerId, trigger, detail, sourceKey, area.value(), clock.instant());
		id.ifPresent(p -> journal.record(insurerId, "sanction.propose", by == null ? Journal.SYSTEM : by.username(),
				"insurer-sanction", p, "trigger=" + trigger + " " + detail));
		return id;
	}

	/** Confirms a proposal: {@code ban}, or a rectification until {@code until} (at least the minimum). */
	@Transactional
	public Sanction confirm(long id, boolean ban, LocalDate until, String reason, AccessScope officer) {
		Sanction proposal = proposed(id);
		LocalDate today = LocalDate.now(clock);
		LocalDate earliest = today.plusMonths(settings.minimumRectificationMonths());
		if (!ban && until != null && until.isBefore(earliest)) {
			throw InvalidInput.of("until", "insurer.sanction.tooShort", earliest.toString());
		}
		LocalDate endsOn = ban ? null : (until == null ? earliest : until);
		String why = Filings.required(reason);
		repository.decide(id, "ACTIVE", ban ? "BAN" : "RECTIFICATION", today, endsOn, officer.username(), why,
				clock.instant());
		journal.record(proposal.insurerId(), "sanction.confirm", officer.username(), "insurer-sanction", id,
				(ban ? "ban" : "rectification until " + endsOn) + ": " + why);
		events.publishEvent(new InsurerSanctioned(id, proposal.insurerId(), ban, today, endsOn, clock.instant()));
		return repository.find(id).orElseThrow();
	}

	@Transactional
	public void dismiss(long id, String reason, AccessScope officer) {
		Sanction proposal = proposed(id);
		String why = Filings.required(reason);
		repository.decide(id, "DISMISSED", null, null, null, officer.username(), why, clock.instant());
		journal.record(proposal.insurerId(), "sanction.dismiss", officer.username(), "insurer-sanction", id, why);
	}

	@Transactional
	public void lift(long id, String reason, AccessScope officer) {
		Sanction sanction = find(id);
		if (!"ACTIVE".equals(sanction.status())) {
			throw new RuleViolation("R-SUP-3", "insurer.sanction.notActive");
		}
		LocalDate today = LocalDate.now(clock);
		if (!sanction.ban() && today.isBefore(sanction.endsOn())) {
			throw new RuleViolation("R-SUP-3", "insurer.sanction.tooEarly", sanction.endsOn().toString());
		}
		String why = Filings.required(reason);
		repository.lift(id, officer.username(), why, clock.instant());
		journal.record(sanction.insurerId(), "sanction.lift", officer.username(), "insurer-sanction", id, why);
		events.publishEvent(new InsurerSanctionLifted(id, sanction.insurerId(), today, clock.instant()));
	}

	/** The sanction that refuses new business on {@code day}, a ban first. */
	public Optional<Sanction> applying(long insurerId, LocalDate day) {
		return repository.ofInsurer(insurerId).stream().filter(s -> s.appliesOn(day))
			.min(Comparator.comparing((Sanction s) -> !s.ban()).thenComparing(Sanction::id));
	}

	public List<Sanction> ofInsurer(long insurerId) {
		return repository.ofInsurer(insurerId);
	}

	public List<Sanction> proposals() {
		return repository.withStatus("PROPOSED");
	}

	public List<Sanction> active() {
		return repository.withStatus("ACTIVE");
	}

	public Sanction find(long id) {
		return repository.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private Sanction proposed(long id) {
		Sanction sanction = find(id);
		if (!"PROPOSED".equals(sanction.status())) {
			throw new RuleViolation("R-SUP-3", "insurer.sanction.decided");
		}
		return sanction;
	}

}
