package io.suretyhub.insurer.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import io.suretyhub.insurer.InsurerChoice;
import io.suretyhub.shared.AreaCode;
import io.suretyhub.shared.RuleViolation;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link InsurerChoice}: an insurer may take a new application for a project in an area on a day when its
 * filing is registered (R-INS-1; revoked: R-INS-7), no confirmed sanction applies (R-SUP-3: ban, then
 * rectification), it is qualified (R-INS-3), no quarterly report is overdue (R-INS-6), and it has an active
 * branch in the project's prefecture (R-INS-4).
 * <p>
 * Neutral order (R-FAIR-1): the eligible insurers sorted by id, then rotated by one place per calendar day
 * (the day's epoch number modulo their count). Every insurer stands first equally often; nobody's place
 * depends on anything an official or the insurer can influence.
 */
@Service
class NeutralChoice implements InsurerChoice {

	private final Filings filings;

	private final Branches branches;

	private final Qualification qualification;

	private final QuarterlyReports reports;

	private final Sanctions sanctions;

	NeutralChoice(Filings filings, Branches branches, Qualification qualification, QuarterlyReports reports,
			Sanctions sanctions) {
		this.filings = filings;
		this.branches = branches;
		this.qualification = qualification;
		this.reports = reports;
		this.sanctions = sanctions;
	}

	@Override
	@Transactional(readOnly = true)
	public List<SelectableInsurer> selectable(AreaCode projectArea, LocalDate day) {
		List<SelectableInsurer> eligible = new ArrayList<>();
		for (Filing filing : filings.all()) {
			if (refusal(filing, projectArea, day).isEmpty()) {
				Branches.Branch branch = branches.activeIn(filing.insurerId(), projectArea).orElseThrow();
				eligible.add(new SelectableInsurer(filing.insurerId(), filing.name(), branch.id(), branch.name()));
			}
		}
		eligible.sort(Comparator.comparingLong(SelectableInsurer::insurerId));
		if (!eligible.isEmpty()) {
			Collections.rotate(eligible, -(int) Math.floorMod(day.toEpochDay(), eligible.size()));
		}
		return List.copyOf(eligible);
	}

	@Override
	@Transactional(readOnly = true)
	public long branchFor(long insurerId, AreaCode projectArea, LocalDate day) {
		Filing filing = filings.all().stream().filter(f -> f.insurerId() == insurerId).findFirst()
			.orElseThrow(() -> new RuleViolation("R-INS-1", "insurer.choice.unregistered", String.valueOf(insurerId)));
		refusal(filing, projectArea, day).ifPresent(violation -> {
			throw violation;
		});
		return branches.activeIn(insurerId, projectArea).orElseThrow().id();
	}

	/** Why this insurer may not take the application, or empty if it may. */
	Optional<RuleViolation> refusal(Filing filing, AreaCode area, LocalDate day) {
		String name = filing.name();
		if (filing.status() == FilingStatus.REVOKED) {
			return Optional.of(new RuleViolation("R-INS-7", "insurer.choice.revoked", name, String.valueOf(filing.revokedOn())));
		}
		if (!filing.registeredOn(day)) {
			return Optional.of(new RuleViolation("R-INS-1", "insurer.choice.unregistered", name));
		}
		Optional<Sanction> sanction = sanctions.applying(filing.insurerId(), day);
		if (sanction.isPresent()) {
			Sanction s = sanction.get();
			return Optional.of(s.ban()
					? new RuleViolation("R-SUP-3", "insurer.choice.banned", name, s.startsOn().toString(), s.decisionReason())
					: new RuleViolation("R-SUP-3", "insurer.choice.rectification", name, s.endsOn().toString(),
							s.decisionReason()));
		}
		Qualification.Result result = qualification.check(filing.insurerId(), day);
		if (!result.passed()) {
			return Optional.of(new RuleViolation("R-INS-3", "insurer.choice.unqualified", name, result.reasons().get(0)));
		}
		Optional<Quarter> missing = reports.missing(filing, day);
		if (missing.isPresent()) {
			return Optional.of(new RuleViolation("R-INS-6", "insurer.choice.reportMissing", name,
					missing.get().toString(), reports.dueOn(missing.get()).toString()));
		}
		if (branches.activeIn(filing.insurerId(), area).isEmpty()) {
			return Optional.of(new RuleViolation("R-INS-4", "insurer.choice.noBranch", name, area.prefecture().value()));
		}
		return Optional.empty();
	}

}
