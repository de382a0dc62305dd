package io.suretyhub.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import io.suretyhub.insurer.InsurerChoice;
import io.suretyhub.insurer.InsurerFixtures;
import io.suretyhub.organisation.OrganisationKind;
import io.suretyhub.organisation.OrganisationRegistration;
import io.suretyhub.policy.Underwriting;
import io.suretyhub.project.DepositRatios;
import io.suretyhub.project.ProjectRegistration;
import io.suretyhub.project.Projects;
import io.suretyhub.project.RatioSubmission;
import io.suretyhub.seal.HostedKeyRequest;
import io.suretyhub.seal.KeyType;
import io.suretyhub.seal.SealCertificates;
import io.suretyhub.shared.AccessScope;
import io.suretyhub.shared.AreaCode;
import io.suretyhub.shared.Role;
import io.suretyhub.testing.CreditCodes;
import io.suretyhub.testing.MutableClock;
import io.suretyhub.testing.TestPrincipals;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * The parties of a policy in Kashgar (653100): a contractor with a project whose ratio is confirmed, the
 * local authority, and a registered insurer with a branch there, a hosted seal certificate and a filed
 * rate of 0.2 %, so that underwriting issues a real signed e-policy.
 */
@Import(InsurerFixtures.class)
abstract class PolicyBrowserJourney extends BrowserJourney {

	@Autowired
	InsurerFixtures fixtures;

	@Autowired
	SealCertificates seals;

	@Autowired
	Underwriting underwriting;

	@Autowired
	Projects projects;

	@Autowired
	DepositRatios ratios;

	@Autowired
	InsurerChoice choice;

	@Autowired
	MutableClock mutableClock;

	long insurerId;

	long branchId;

	long project;

	AccessScope contractorScope;

	AccessScope staffScope;

	String contractor;

	String staff;

	String official;

	@BeforeEach
	void parties() {
		mutableClock.setLocal("2026-11-23T09:00:00");
		long contractorId = organisations.register(OrganisationRegistration
			.of(OrganisationKind.CONTRACTOR, "旅程建工 " + System.nanoTime(), "653101")
			.withCreditCode(CreditCodes.next("653101"))
			.withContact("喀什市人民路 1 号", null, null));
		long authorityId = organisation(OrganisationKind.LOCAL_AUTHORITY, "喀什市人社局", "653100");
		insurerId = fixtures.registered("旅程财产保险", "653100");
		seals.createHosted(insurerId,
				new HostedKeyRequest(organisations.find(insurerId).orElseThrow().name(), KeyType.EC_P256));
		underwriting.setTerms(new BigDecimal("0.002"), null, fixtures.admin(insurerId));
		branchId = choice.selectable(AreaCode.of("653101"), LocalDate.of(2026, 11, 23))
			.stream()
			.filter(i -> i.insurerId() == insurerId)
			.findFirst()
			.orElseThrow()
			.branchId();
		contractorScope = TestPrincipals.scope(Role.CONTRACTOR, contractorId, "653101");
		staffScope = TestPrincipals.scope(Role.INSURER_STAFF, branchId, "653100");
		project = projects.register(new ProjectRegistration(contractorId, "喀什市第三中学教学楼 " + System.nanoTime(),
				"653101", "喀什市教育局", "12500000.00", "喀什市人民西路 3 号", "HOUSING", "BUILDING", "NEW", "2027-01-01",
				"2027-12-31", "653101202611200001", "2026-11-20", null));
		ratios.submit(project, new RatioSubmission(0, false, null, null, null), contractorScope);
		ratios.confirm(project, TestPrincipals.scope(Role.LOCAL_AUTHORITY, authorityId, "653100"));
		contractor = person(Role.CONTRACTOR, contractorId, "653101");
		staff = person(Role.INSURER_STAFF, branchId, "653100");
		official = person(Role.LOCAL_AUTHORITY, authorityId, "653100");
	}

	/** The signed-in contractor applies on the page for the project, 2027; answers the new policy's id. */
	long applyInBrowser() {
		browser.get("/policies");
		press("#new-application");
		press("#apply-" + project);
		press("#insurer-" + insurerId);
		browser.type("#sumInsured", "187500.00");
		date("#periodStart", "2027-01-01");
		date("#periodEnd", "2027-12-31");
		press("#apply");
		assertThat(browser.text("#flash")).contains("5 个工作日");
		return Long.parseLong(browser.currentPath().substring("/policies/".length()));
	}

	/** Sets a date field as the date picker would (typing depends on the browser's locale). */
	void date(String css, String value) {
		browser.driver().executeScript("arguments[0].value = arguments[1]", browser.find(css), value);
	}

	/** Clicks after scrolling the element into view at once (Bootstrap scrolls smoothly otherwise). */
	void press(String css) {
		browser.driver().executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})",
				browser.find(css));
		browser.click(css);
	}

	void signOut() {
		press("#logout");
		browser.awaitPath("/login");
	}

}
