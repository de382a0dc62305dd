package io.suretyhub.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import io.suretyhub.organisation.OrganisationKind;
import io.suretyhub.organisation.OrganisationRegistration;
import io.suretyhub.project.ProjectRegistration;
import io.suretyhub.project.Projects;
import io.suretyhub.shared.Role;
import io.suretyhub.testing.CreditCodes;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * A contractor opens its project and submits the deposit ratio confirmation seeing the rule that will apply;
 * the local authority confirms it from its queue; the contractor splits the deposit (R-PRJ-2, R-PRJ-3, R-FAIR-3).
 */
class ProjectRatioJourneyBrowserTests extends BrowserJourney {

	@Autowired
	Projects projects;

	@Test
	void submitConfirmSplit() {
		long company = organisations.register(OrganisationRegistration.of(OrganisationKind.CONTRACTOR,
				"比例旅程建工 " + System.nanoTime() % 100000, "653101").withCreditCode(CreditCodes.next("653101")));
		String contractor = person(Role.CONTRACTOR, company, "653101");
		long authorityId = organisation(OrganisationKind.LOCAL_AUTHORITY, "喀什地区人社局", "653100");
		String official = person(Role.LOCAL_AUTHORITY, authorityId, "653100");
		String name = "喀什市比例旅程小学 " + System.nanoTime() % 100000;
		long project = projects.register(new ProjectRegistration(company, name, "653101", "喀什市教育局", "12500000.00",
				"喀什市人民路 5 号", "HOUSING", "BUILDING", "NEW", "2027-01-01", "2028-06-30", "653101202611200005",
				"2026-11-20", null));

		browser();
		signIn(contractor);
		browser.get("/projects/" + project);
		browser.click("#to-ratio");
		browser.awaitPath("/projects/" + project + "/ratio");
		assertThat(browser.text("#proposal-rule")).contains("福建省 2024 年示例比例");
		assertThat(browser.text("#proposal-result")).isEqualTo("基础比例：比例 1.5 %，应缴保证金 187,500.00 元");
		browser.type("#cleanYears", "2");
		browser.awaitText("#proposal-result", "62,500.00");
		browser.type("#cleanYears", "0");
		browser.awaitText("#proposal-result", "187,500.00");
		browser.click("#submit-ratio");
		assertThat(browser.text("#flash")).isEqualTo("应缴比例确认表已提交，等待属地人社部门确认。");
		assertThat(browser.text("#ratio-status")).isEqualTo("待确认");
		browser.click("#logout");

		signIn(official);
		enrolSecondFactor();
		browser.get("/ratios");
		assertThat(browser.text("#queue-" + project)).contains(name, "187,500.00");
		browser.click("#queue-" + project + " a");
		browser.click("#confirm-ratio");
		assertThat(browser.text("#flash")).isEqualTo("应缴比例已确认。");
		assertThat(browser.text("#ratio-status")).isEqualTo("已确认");
		browser.click("#logout");

		signIn(contractor);
		browser.get("/projects/" + project + "/ratio");
		assertThat(browser.text("#ratio-rule")).contains("福建省 2024 年示例比例");
		assertThat(browser.text("#ratio-amount")).isEqualTo("187,500.00 元");
		browser.type("#cash", "50000").type("#bankGuarantee", "0").type("#insurance", "100000");
		save();
		assertThat(browser.text("#insurance-error")).contains("合计不符");
		assertThat(browser.find("#cash").getAttribute("value")).isEqualTo("50000");
		browser.type("#bankGuarantee", "37500");
		save();
		assertThat(browser.text("#flash")).isEqualTo("缴纳方式已保存。");
		assertThat(browser.text("#ratio-split")).isEqualTo("现金 50,000.00 元，银行保函 37,500.00 元，保证保险 100,000.00 元");
	}

	private void save() {
		// the button sits low on the page: scroll it to the middle first, or the footer takes the click
		browser.driver().executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})",
				browser.find("#save-split"));
		browser.click("#save-split");
	}

}
