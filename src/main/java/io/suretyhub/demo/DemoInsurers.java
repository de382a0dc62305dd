package io.suretyhub.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.suretyhub.insurer.InsurerOnboarding;
import io.suretyhub.insurer.InsurerOnboarding.BranchDetails;
import io.suretyhub.insurer.InsurerOnboarding.Document;
import io.suretyhub.insurer.InsurerOnboarding.FilingApplication;
import io.suretyhub.insurer.InsurerOnboarding.FilingDetails;
import io.suretyhub.insurer.InsurerOnboarding.SolvencyFigure;
import io.suretyhub.policy.Underwriting;
import io.suretyhub.seal.HostedKeyRequest;
import io.suretyhub.seal.KeyType;
import io.suretyhub.seal.SealCertificates;
import io.suretyhub.shared.AccessScope;
import io.suretyhub.shared.Money;
import io.suretyhub.shared.Role;

/**
 * The three fictional demo insurers, each taken through the whole filing as its admin would (form,
 * sample documents, branch table, solvency history at the last year-end and two quarter-ends before
 * today), registered by the region authority, with a hosted seal key (DEMO CA) and a filed rate.
 */
class DemoInsurers {

	private final DemoOrganisations organisations;

	private final DemoAccounts accounts;

	private final InsurerOnboarding onboarding;

	private final SealCertificates seals;

	private final Underwriting underwriting;

	DemoInsurers(DemoOrganisations organisations, DemoAccounts accounts, InsurerOnboarding onboarding,
			SealCertificates seals, Underwriting underwriting) {
		this.organisations = organisations;
		this.accounts = accounts;
		this.onboarding = onboarding;
		this.seals = seals;
		this.underwriting = underwriting;
	}

	/** @return the insurers' ids: hanhai, kunlun, silu */
	List<Long> create(LocalDate today) {
		return List.of(
				insurer("hanhai", "瀚海财产保险股份有限公司新疆分公司", "91650000MA77K1M2N", today, "0.0030", null,
						"650100", "653100", "652300"),
				insurer("kunlun", "昆仑财产保险股份有限公司新疆分公司", "91650000MA77P3Q4R", today, "0.0025", "2000000.00",
						"650100", "654000"),
				insurer("silu", "丝路财产保险股份有限公司新疆分公司", "91650000MA77T5U6W", today, "0.0028", null, "653100",
						"652300", "654000"));
	}

	private long insurer(String username, String name, String code17, LocalDate today, String rate, String autoLimit,
			String... prefectures) {
		long insurer = organisations.insurer(name, code17);
		accounts.open(username + "-admin", name + " 管理员", Role.INSURER_ADMIN, insurer, "650000");
		AccessScope admin = accounts.scope(username + "-admin");
		String company = name.substring(0, name.indexOf("新疆分公司"));
		List<BranchDetails> branches = new ArrayList<>();
		for (String prefecture : prefectures) {
			branches.add(new BranchDetails(company + DemoOrganisations.branchSuffix(prefecture), prefecture, "示例地址",
					"示例负责人", "13800000000", "示例经办人", "0991-1234567"));
		}
		List<Document> documents = InsurerOnboarding.requiredDocuments().stream()
			.map(kind -> new Document(kind, "demo-" + kind.toLowerCase() + ".pdf", DemoDocuments.samplePdf(kind)))
			.toList();
		List<Long> branchIds = onboarding.fileAndSubmit(insurer, new FilingApplication(new FilingDetails(
				"乌鲁木齐市天山区示例路 1 号", "示例法定代表人", "65010219800101123X", "示例负责人", "13800000000"), documents,
				branches, solvency(today)), admin);
		onboarding.register(insurer, accounts.scope("region"));
		seals.createHosted(insurer, new HostedKeyRequest(name, KeyType.EC_P256));
		underwriting.setTerms(new BigDecimal(rate), autoLimit == null ? null : Money.yuan(autoLimit), admin);
		accounts.open(username + "-staff", company + DemoOrganisations.branchSuffix(prefectures[0]) + " 核保员",
				Role.INSURER_STAFF, branchIds.get(0), prefectures[0]);
		return insurer;
	}

	/** Ratios well above 180 %, rating A: at the last year-end and the two latest other quarter-ends before today. */
	static List<SolvencyFigure> solvency(LocalDate today) {
		LocalDate yearEnd = LocalDate.of(today.getYear() - 1, 12, 31);
		List<SolvencyFigure> figures = new ArrayList<>(List.of(new SolvencyFigure(yearEnd, new BigDecimal("236.40"), "A")));
		LocalDate end = quarterEnd(today);
		while (figures.size() < 3) {
			if (end.isBefore(today) && !end.equals(yearEnd)) {
				figures.add(new SolvencyFigure(end, new BigDecimal("228.15"), "A"));
			}
			end = quarterEnd(end.minusMonths(3));
		}
		return figures;
	}

	private static LocalDate quarterEnd(LocalDate day) {
		LocalDate month = day.withMonth((day.getMonthValue() - 1) / 3 * 3 + 3);
		return month.withDayOfMonth(month.lengthOfMonth());
	}

}
