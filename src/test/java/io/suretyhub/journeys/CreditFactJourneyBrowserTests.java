package io.suretyhub.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import io.suretyhub.organisation.OrganisationKind;
import io.suretyhub.organisation.OrganisationRegistration;
import io.suretyhub.shared.Role;
import io.suretyhub.testing.CreditCodes;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

/** The local authority records a credit fact; the contractor sees it as a reason on its eligibility page (R-ELG-1, R-ELG-2). */
class CreditFactJourneyBrowserTests extends BrowserJourney {

	@Test
	void recordedFactBarsTheContractor() {
		String name = "信用旅程建工 " + System.nanoTime() % 100000;
		long company = organisations.register(OrganisationRegistration.of(OrganisationKind.CONTRACTOR, name, "653101")
			.withCreditCode(CreditCodes.next("653101")));
		String contractor = person(Role.CONTRACTOR, company, "653101");
		long authorityId = organisation(OrganisationKind.LOCAL_AUTHORITY, "喀什地区人社局", "653100");
		String official = person(Role.LOCAL_AUTHORITY, authorityId, "653100");

		browser();
		signIn(contractor);
		browser.get("/eligibility");
		assertThat(browser.text("#eligibility-result")).contains("近二年内无第八条所列情形");
		browser.click("#logout");

		signIn(official);
		enrolSecondFactor();
		browser.get("/credit-facts");
		browser.type("#q", name).click("#search");
		browser.click("#found a");
		assertThat(browser.text("#contractor-name")).isEqualTo(name);
		new Select(browser.find("#kind")).selectByValue("UNRESOLVED_COMPLAINT");
		browser.driver().executeScript("arguments[0].value = '2026-05-10'", browser.find("#occurredOn"));
		browser.type("#evidence", "喀人社监字〔2026〕12 号").type("#source", "喀什地区劳动保障监察支队");
		browser.click("#record-fact");
		assertThat(browser.text("#flash")).isEqualTo("信用事实已记录。");
		assertThat(browser.text("#eligibility-result")).contains("近二年内存在 1 项第八条所列情形");
		assertThat(browser.text("#facts")).contains("喀人社监字〔2026〕12 号");
		browser.click("#logout");

		signIn(contractor);
		browser.click("a[href='/eligibility']");
		assertThat(browser.text("#eligibility-reasons"))
			.contains("（二）拖欠工资投诉举报案件尚未解决：发生于 2026-05-10（2028-05-10 后不再计入），来源：喀什地区劳动保障监察支队");
	}

}
