package io.suretyhub.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import io.suretyhub.insurer.InsurerFixtures;
import io.suretyhub.insurer.internal.Filings;
import io.suretyhub.insurer.internal.SanctionTrigger;
import io.suretyhub.insurer.internal.Sanctions;
import io.suretyhub.organisation.OrganisationKind;
import io.suretyhub.shared.Role;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/** An insurer's filing reviewed and registered by the region authority; a sanction confirmed and made public (R-INS-1, R-SUP-3). */
@Import(InsurerFixtures.class)
class InsurerJourneyBrowserTests extends BrowserJourney {

	@Autowired
	InsurerFixtures fixtures;

	@Autowired
	Filings filings;

	@Autowired
	Sanctions sanctions;

	@Test
	void filingRegisteredThenSanctionedAndPublic() {
		long insurer = fixtures.submitted("旅程保险", "250", "A", "650100");
		String name = filings.of(insurer).name();
		String admin = person(Role.INSURER_ADMIN, insurer, "650000");
		long region = organisation(OrganisationKind.REGION_AUTHORITY, "自治区人社厅", "650000");
		String official = person(Role.REGION_AUTHORITY, region, "650000");

		browser();
		signIn(admin);
		enrolSecondFactor();
		browser.get("/insurer/filing");
		assertThat(browser.text("#filing-status")).isEqualTo("待审核");
		assertThat(browser.text("#documents")).contains("营业执照副本");
		browser.click("#logout");

		signIn(official);
		enrolSecondFactor();
		browser.get("/insurers");
		browser.click("#queue a[href='/insurers/" + insurer + "']");
		assertThat(browser.text("#insurer-name")).isEqualTo(name);
		browser.click("#register");
		assertThat(browser.text("#flash")).isEqualTo("已备案登记。");
		assertThat(browser.text("#filing-status")).isEqualTo("已备案登记");

		long proposal = sanctions.propose(insurer, SanctionTrigger.OFFLINE_HANDLING, "线下出具保单", "journey/" + insurer, null)
			.orElseThrow();
		browser.get("/insurers/" + insurer);
		browser.type("#confirm-reason-" + proposal,
				"未全面线上办理");
		// Bootstrap scrolls smoothly; a click while it scrolls lands elsewhere
		browser.driver().executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})",
				browser.find("#confirm-" + proposal));
		browser.click("#confirm-" + proposal);
		browser.awaitText("#sanctions", "执行中").awaitText("#history", "sanction.confirm");
		browser.click("#logout");

		browser.get("/public/sanctions");
		assertThat(browser.text("#sanctions")).contains(name).contains("未全面线上办理");
	}

}
