package io.suretyhub.insurer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import io.suretyhub.insurer.internal.BranchForm;
import io.suretyhub.insurer.internal.Branches;
import io.suretyhub.insurer.internal.DocumentKind;
import io.suretyhub.insurer.internal.FilingForm;
import io.suretyhub.insurer.internal.Filings;
import io.suretyhub.insurer.internal.Solvency;
import io.suretyhub.organisation.OrganisationKind;
import io.suretyhub.organisation.OrganisationRegistration;
import io.suretyhub.organisation.Organisations;
import io.suretyhub.shared.AccessScope;
import io.suretyhub.shared.Role;
import io.suretyhub.testing.CreditCodes;
import io.suretyhub.testing.TestPrincipals;

import org.springframework.boot.test.context.TestComponent;

/** Insurers for tests: a new insurer, its filing filled in, submitted and (optionally) registered. */
@TestComponent
public class InsurerFixtures {

	static final byte[] PDF = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n".getBytes();

	public final AccessScope region = TestPrincipals.scope(Role.REGION_AUTHORITY, 1, "650000");

	private final Organisations organisations;

	private final Filings filings;

	private final Branches branches;

	private final Solvency solvency;

	InsurerFixtures(Organisations organisations, Filings filings, Branches branches, Solvency solvency) {
		this.organisations = organisations;
		this.filings = filings;
		this.branches = branches;
		this.solvency = solvency;
	}

	public long newInsurer(String name) {
		return organisations.register(OrganisationRegistration.of(OrganisationKind.INSURER,
				name + UUID.randomUUID().toString().substring(0, 6), "650000").withCreditCode(CreditCodes.next("650000")));
	}

	public AccessScope admin(long insurerId) {
		return TestPrincipals.scope(Role.INSURER_ADMIN, insurerId, "650000");
	}

	/** A complete filing with branches in {@code prefectures}, submitted; ratios and rating as given. */
	public long submitted(String name, String ratio, String rating, String... prefectures) {
		long id = newInsurer(name);
		AccessScope admin = admin(id);
		filings.saveForm(id, new FilingForm("乌鲁木齐市天山区测试路1号", "张三", "65010219800101123X", "李四", "13900000000"),
				admin);
		for (DocumentKind kind : DocumentKind.values()) {
			if (kind.requiredForFiling()) {
				try {
					filings.upload(id, kind, kind.name().toLowerCase() + ".pdf", PDF.length, new ByteArrayInputStream(PDF),
							admin);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}
		}
		for (String prefecture : prefectures) {
			branches.add(id, new BranchForm(name + "分支" + prefecture + UUID.randomUUID().toString().substring(0, 4),
					prefecture, "测试地址", "王五", "13911111111", "赵六", "0991-1234567"), admin);
		}
		solvency.record(id, LocalDate.parse("2025-12-31"), new BigDecimal(ratio), rating, admin);
		solvency.record(id, LocalDate.parse("2026-06-30"), new BigDecimal("200"), rating, admin);
		solvency.record(id, LocalDate.parse("2026-09-30"), new BigDecimal("210.5"), rating, admin);
		filings.submit(id, admin);
		return id;
	}

	public long registered(String name, String... prefectures) {
		long id = submitted(name, "250", "A", prefectures);
		filings.register(id, region);
		return id;
	}

}
