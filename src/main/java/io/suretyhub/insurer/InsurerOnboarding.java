package io.suretyhub.insurer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import io.suretyhub.insurer.internal.BranchForm;
import io.suretyhub.insurer.internal.Branches;
import io.suretyhub.insurer.internal.DocumentKind;
import io.suretyhub.insurer.internal.FilingForm;
import io.suretyhub.insurer.internal.Filings;
import io.suretyhub.insurer.internal.Solvency;
import io.suretyhub.shared.AccessScope;
import io.suretyhub.shared.InvalidInput;
import io.suretyhub.shared.Role;
import io.suretyhub.shared.RuleViolation;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An insurer's filing put together in one call, for callers that are not the insurer admin's pages: the
 * demo, or a bulk onboarding from another system. The same rules apply as on the pages (R-INS-1, R-INS-2,
 * R-INS-3): every field validated, every document checked by content and stored with its SHA-256, every
 * step in the insurer's history and the audit trail; registration stays the region authority's decision.
 */
@Service
public class InsurerOnboarding {

	private final Filings filings;

	private final Branches branches;

	private final Solvency solvency;

	private final Validator validator;

	InsurerOnboarding(Filings filings, Branches branches, Solvency solvency, Validator validator) {
		this.filings = filings;
		this.branches = branches;
		this.solvency = solvency;
		this.validator = validator;
	}

	/** The document kinds a filing must carry (R-INS-2), by name, for {@link Document#kind()}. */
	public static List<String> requiredDocuments() {
		return Arrays.stream(DocumentKind.values()).filter(DocumentKind::requiredForFiling).map(Enum::name).toList();
	}

	/**
	 * Fills in and submits the filing of {@code insurerId} as its admin: the form, the documents, the
	 * branch table and the solvency history.
	 * @return the new branches' organisation ids, in the order given
	 * @throws InvalidInput when a field, a document or a missing item is refused (every problem named)
	 */
	@Transactional
	public List<Long> fileAndSubmit(long insurerId, FilingApplication application, AccessScope admin) {
		if (admin.role() != Role.INSURER_ADMIN || admin.organisationId() != insurerId) {
			throw new RuleViolation("R-INS-2", "insurer.onboarding.onlyOwnAdmin");
		}
		FilingDetails d = application.details();
		filings.saveForm(insurerId, valid(new FilingForm(d.businessAddress(), d.legalRepresentative(),
				d.legalRepIdNumber(), d.provincialHead(), d.contactPhone())), admin);
		for (Document document : application.documents()) {
			DocumentKind kind = DocumentKind.fromName(document.kind());
			if (kind == null || !kind.requiredForFiling()) {
				throw InvalidInput.of("kind", "insurer.document.kind");
			}
			try {
				filings.upload(insurerId, kind, document.fileName(), document.content().length,
						new ByteArrayInputStream(document.content()), admin);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		List<Long> branchIds = new ArrayList<>();
		for (BranchDetails b : application.branches()) {
			branchIds.add(branches.add(insurerId, valid(new BranchForm(b.name(), b.prefecture(), b.address(), b.head(),
					b.headPhone(), b.handler(), b.handlerPhone())), admin));
		}
		for (SolvencyFigure figure : application.solvency()) {
			solvency.record(insurerId, figure.periodEnd(), figure.ratio(), figure.rating(), admin);
		}
		filings.submit(insurerId, admin);
		return List.copyOf(branchIds);
	}

	/** The region authority registers a submitted filing, if the insurer is qualified today (R-INS-1, R-INS-3). */
	@Transactional
	public void register(long insurerId, AccessScope officer) {
		if (officer.role() != Role.REGION_AUTHORITY) {
			throw new RuleViolation("R-INS-1", "insurer.onboarding.onlyRegionAuthority");
		}
		filings.register(insurerId, officer);
	}

	private <T> T valid(T form) {
		Set<ConstraintViolation<T>> violations = validator.validate(form);
		if (!violations.isEmpty()) {
			throw new InvalidInput(violations.stream()
				.map(v -> new InvalidInput.Problem(v.getPropertyPath().toString(),
						v.getMessageTemplate().replaceAll("^\\{|}$", "")))
				.toList());
		}
		return form;
	}

	/** Everything a filing carries. */
	public record FilingApplication(FilingDetails details, List<Document> documents, List<BranchDetails> branches,
			List<SolvencyFigure> solvency) {

		public FilingApplication {
			documents = List.copyOf(documents);
			branches = List.copyOf(branches);
			solvency = List.copyOf(solvency);
		}

	}

	/** The insurer's part of the filing form (Attachment 2); phone and ID number are personal data. */
	public record FilingDetails(String businessAddress, String legalRepresentative, String legalRepIdNumber,
			String provincialHead, String contactPhone) {
	}

	/** One row of the branch table (Attachment 3); {@code prefecture} is a prefecture's area code. */
	public record BranchDetails(String name, String prefecture, String address, String head, String headPhone,
			String handler, String handlerPhone) {
	}

	/** A solvency disclosure at a quarter-end: the comprehensive ratio in percent and the risk rating A–D. */
	public record SolvencyFigure(LocalDate periodEnd, BigDecimal ratio, String rating) {
	}

	/** An uploaded document: PDF, JPG or PNG; {@code kind} one of {@link #requiredDocuments()}. */
	public record Document(String kind, String fileName, byte[] content) {
	}

}
