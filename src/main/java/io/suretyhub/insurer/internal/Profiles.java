package io.suretyhub.insurer.internal;

import java.time.LocalDate;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

import io.suretyhub.shared.AccessScope;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** An insurer's whole file for the pages and the API: filing, qualification, branches and every step. */
@Component
public class Profiles {

	private final Filings filings;

	private final Qualification qualification;

	private final Branches branches;

	private final DocumentStore documents;

	private final QuarterlyReports reports;

	private final Reminders reminders;

	private final Sanctions sanctions;

	private final Measures measures;

	private final Journal journal;

	private final Evidence evidence;

	private final MessageSource messages;

	private final Clock clock;

	Profiles(Filings filings, Qualification qualification, Branches branches, DocumentStore documents,
			QuarterlyReports reports, Reminders reminders, Sanctions sanctions, Measures measures, Journal journal,
			Evidence evidence, MessageSource messages, Clock clock) {
		this.evidence = evidence;
		this.filings = filings;
		this.qualification = qualification;
		this.branches = branches;
		this.documents = documents;
		this.reports = reports;
		this.reminders = reminders;
		this.sanctions = sanctions;
		this.measures = measures;
		this.journal = journal;
		this.messages = messages;
		this.clock = clock;
	}

	public Profile of(long insurerId, AccessScope viewer, Locale locale) {
		Filing f = filings.of(insurerId);
		LocalDate today = LocalDate.now(clock);
		Qualification.Result check = qualification.check(insurerId, today);
		List<String> reasons = check.reasons().stream().map(r -> messages.getMessage(r, locale)).toList();
		FilingView filing = new FilingView(f.insurerId(), f.status().name(), f.name(), f.creditCode(),
				f.businessAddress(), f.legalRepresentative(), Phones.mask(f.legalRepIdNumber()), f.provincialHead(),
				Phones.mask(f.contactPhone()), f.submittedAt(), f.reviewedAt(), f.reviewedBy(), f.returnReason(),
				f.registeredOn(), f.revokedOn(), f.revokeReason());
		List<Branches.Branch> masked = branches.of(insurerId).stream()
			.map(b -> new Branches.Branch(b.id(), b.name(), b.area(), b.address(), b.head(), Phones.mask(b.headPhone()),
					b.handler(), Phones.mask(b.handlerPhone()), b.active()))
			.toList();
		String missing = reports.missing(f, today).map(Quarter::toString).orElse(null);
		List<DocumentStore.StoredDocument> filed = documents.list(insurerId).stream()
			.filter(d -> d.kind().requiredForFiling()).toList();
		return new Profile(filing, check.passed(), reasons, check.dates(), missing, masked, filed,
				reports.ofInsurer(insurerId), reminders.ofInsurer(insurerId), sanctions.ofInsurer(insurerId),
				measures.ofInsurer(insurerId, viewer), journal.history(insurerId), evidence.ofMeasures(insurerId),
				evidence.ofSanctions(insurerId));
	}

	/** The filing form as shown: ID number and phone masked. */
	public record FilingView(long insurerId, String status, String name, String creditCode, String businessAddress,
			String legalRepresentative, String legalRepIdNumber, String provincialHead, String contactPhone,
			java.time.Instant submittedAt, java.time.Instant reviewedAt, String reviewedBy, String returnReason,
			LocalDate registeredOn, LocalDate revokedOn, String revokeReason) {
	}

	/** An insurer's whole file. */
	public record Profile(FilingView filing, boolean qualified, List<String> qualificationReasons,
			List<Solvency.Figure> solvency, String reportMissing, List<Branches.Branch> branches,
			List<DocumentStore.StoredDocument> documents, List<QuarterlyReports.Report> reports,
			List<Reminder> reminders, List<Sanction> sanctions, List<Measures.Measure> measures,
			List<Journal.Entry> history, java.util.Map<Long, List<DocumentStore.StoredDocument>> measureEvidence,
			java.util.Map<Long, List<DocumentStore.StoredDocument>> sanctionEvidence) {
	}

}
