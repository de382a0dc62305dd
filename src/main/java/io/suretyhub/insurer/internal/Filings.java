package io.suretyhub.insurer.internal;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.suretyhub.insurer.internal.DocumentStore.StoredDocument;
import io.suretyhub.organisation.Organisation;
import io.suretyhub.organisation.OrganisationKind;
import io.suretyhub.organisation.Organisations;
import io.suretyhub.shared.AccessScope;
import io.suretyhub.shared.InvalidInput;
import io.suretyhub.shared.InvalidInput.Problem;
import io.suretyhub.shared.RuleViolation;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * The filing (R-INS-1, R-INS-2, R-INS-7): the insurer fills the form, uploads the documents, keeps its
 * branch table and submits; the region authority registers it (date and officer recorded) or returns it
 * with reasons, and later revokes it for false information, which puts the insurer on the untrustworthy list.
 */
@Service
public class Filings {

	private final FilingRepository repository;

	private final Organisations organisations;

	private final DocumentStore documents;

	private final Branches branches;

	private final Qualification qualification;

	private final Journal journal;

	private final ReportObligations reportObligations;

	private final Clock clock;

	Filings(FilingRepository repository, Organisations organisations, DocumentStore documents, Branches branches,
			Qualification qualification, Journal journal, ReportObligations reportObligations, Clock clock) {
		this.reportObligations = reportObligations;
		this.repository = repository;
		this.organisations = organisations;
		this.documents = documents;
		this.branches = branches;
		this.qualification = qualification;
		this.journal = journal;
		this.clock = clock;
	}

	/** The insurer's filing, a new draft if it has none; 404 unless {@code insurerId} is an insurer. */
	@Transactional
	public Filing of(long insurerId) {
		Organisation insurer = insurer(insurerId);
		repository.createDraft(insurerId, insurer.name(), insurer.creditCode(), clock.instant());
		return repository.find(insurerId).orElseThrow();
	}

	public List<Filing> queue() {
		return repository.withStatus(FilingStatus.SUBMITTED);
	}

	public List<Filing> all() {
		return repository.all();
	}

	/** The untrustworthy list (R-INS-7): revoked filings, latest first. */
	public List<Filing> untrustworthy() {
		return repository.withStatus(FilingStatus.REVOKED).stream()
			.sorted(java.util.Comparator.comparing(Filing::revokedOn).reversed()).toList();
	}

	@Transactional
	public void saveForm(long insurerId, FilingForm form, AccessScope by) {
		editable(of(insurerId));
		repository.saveForm(insurerId, form, clock.instant());
		journal.record(insurerId, "filing.save", by, "form saved");
	}

	@Transactional
	public StoredDocument upload(long insurerId, DocumentKind kind, String fileName, long size, InputStream content,
			AccessScope by) throws IOException {
		if (of(insurerId).status() == FilingStatus.REVOKED) {
			throw new RuleViolation("R-INS-7", "insurer.filing.revoked");
		}
		StoredDocument stored = documents.store(insurerId, kind, fileName, size, content, by.username());
		journal.record(insurerId, "document.upload", by.username(), "insurer-document", stored.id(),
				"kind=" + kind + " sha256=" + stored.sha256() + " size=" + stored.size());
		return stored;
	}

	@Transactional
	public void submit(long insurerId, AccessScope by) {
		Filing filing = of(insurerId);
		editable(filing);
		List<Problem> problems = new ArrayList<>();
		if (filing.legalRepresentative() == null) {
			problems.add(new Problem("form", "insurer.filing.missing.form"));
		}
		Set<DocumentKind> uploaded = documents.list(insurerId).stream().map(StoredDocument::kind)
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(DocumentKind.class)));
		for (DocumentKind kind : DocumentKind.values()) {
			if (kind.requiredForFiling() && !uploaded.contains(kind)) {
				problems.add(new Problem("documents", "insurer.filing.missing.document",
						new DefaultMessageSourceResolvable("insurer.document." + kind.name())));
			}
		}
		if (branches.of(insurerId).stream().noneMatch(Branches.Branch::active)) {
			problems.add(new Problem("branches", "insurer.filing.missing.branch"));
		}
		if (qualification.check(insurerId, today()).dates().size() < 3) {
			problems.add(new Problem("solvency", "insurer.filing.missing.solvency"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		repository.submitted(insurerId, clock.instant());
		journal.record(insurerId, "filing.submit", by, "submitted for review");
	}

	/** Registers a submitted filing, if the insurer is qualified today (R-INS-1, R-INS-3). */
	@Transactional
	public void register(long insurerId, AccessScope officer) {
		Filing filing = submitted(insurerId);
		Qualification.Result result = qualification.check(insurerId, today());
		if (!result.passed()) {
			throw new RuleViolation("R-INS-3", "insurer.choice.unqualified", filing.name(), result.reasons().get(0));
		}
		repository.reviewed(insurerId, FilingStatus.REGISTERED, officer.username(), null, clock.instant(), today());
		journal.record(insurerId, "filing.register", officer, "registered on " + today());
		reportObligations.open(insurerId, Quarter.containing(today()));
	}

	@Transactional
	public void returnFiling(long insurerId, String reason, AccessScope officer) {
		submitted(insurerId);
		repository.reviewed(insurerId, FilingStatus.RETURNED, officer.username(), required(reason), clock.instant(),
				today());
		journal.record(insurerId, "filing.return", officer, "returned: " + reason.strip());
	}

	/** False information (R-INS-7): a submitted filing is refused, a registered one revoked; untrustworthy list. */
	@Transactional
	public void revoke(long insurerId, String reason, AccessScope officer) {
		Filing filing = of(insurerId);
		if (filing.status() != FilingStatus.SUBMITTED && filing.status() != FilingStatus.REGISTERED) {
			throw new RuleViolation("R-INS-7", "insurer.filing.notRevocable");
		}
		repository.reviewed(insurerId, FilingStatus.REVOKED, officer.username(), required(reason), clock.instant(),
				today());
		journal.record(insurerId, "filing.revoke", officer, "revoked for false information: " + reason.strip());
	}

	private Filing submitted(long insurerId) {
		Filing filing = of(insurerId);
		if (filing.status() != FilingStatus.SUBMITTED) {
			throw new RuleViolation("R-INS-1", "insurer.filing.notSubmitted");
		}
		return filing;
	}

	private static void editable(Filing filing) {
		if (!filing.status().editable()) {
			throw new RuleViolation("R-INS-2", "insurer.filing.locked");
		}
	}

	/** A required free text (reason, detail), trimmed; at most 2000 characters. */
	public static String requiredText(String text) {
		return required(text);
	}

	static String required(String reason) {
		if (reason == null || reason.isBlank()) {
			throw InvalidInput.of("reason", "insurer.reason.required");
		}
		if (reason.length() > 2000) {
			throw InvalidInput.of("reason", "insurer.reason.tooLong", 2000);
		}
		return reason.strip();
	}

	private Organisation insurer(long insurerId) {
		return organisations.find(insurerId).filter(o -> o.kind() == OrganisationKind.INSURER)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

}
