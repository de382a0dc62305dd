package io.suretyhub.insurer.internal;

import java.util.List;

import io.suretyhub.insurer.InsurerSelfService;
import io.suretyhub.shared.AccessScope;

import org.springframework.stereotype.Service;

/** {@link InsurerSelfService} over the reminders, sanctions and quarterly reports of this module. */
@Service
class SelfService implements InsurerSelfService {

	private final Reminders reminders;

	private final Sanctions sanctions;

	private final QuarterlyReports reports;

	SelfService(Reminders reminders, Sanctions sanctions, QuarterlyReports reports) {
		this.reminders = reminders;
		this.sanctions = sanctions;
		this.reports = reports;
	}

	@Override
	public List<ReminderItem> reminders(long insurerId) {
		return reminders.ofInsurer(insurerId).stream()
			.map(r -> new ReminderItem(r.id(), r.subject(), r.respondBy(), r.status(), r.issuedAt(), r.reportedAt(),
					r.decisionReason()))
			.toList();
	}

	@Override
	public List<SanctionItem> sanctions(long insurerId) {
		return sanctions.ofInsurer(insurerId).stream()
			.filter(s -> "ACTIVE".equals(s.status()) || "LIFTED".equals(s.status()))
			.map(s -> new SanctionItem(s.id(), s.status(), s.kind(), s.trigger().name(), s.startsOn(), s.endsOn(),
					s.decisionReason(), s.decidedAt(), s.liftedAt()))
			.toList();
	}

	@Override
	public long submitQuarterlyReport(long insurerId, QuarterlyReport r, AccessScope by) {
		return reports.submit(insurerId, new QuarterlyReportForm(r.year(), r.quarter(), r.ledgerSummary(), r.rates(),
				r.lowestRatePerMille(), r.policies(), r.premium(), r.insuredAmount(), r.solvencyRatio(), r.rating()), by);
	}

}
