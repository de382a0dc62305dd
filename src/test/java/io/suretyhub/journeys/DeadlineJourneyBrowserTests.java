package io.suretyhub.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import io.suretyhub.calendar.TimeLimit;
import io.suretyhub.obligation.NewObligation;
import io.suretyhub.obligation.Obligations;
import io.suretyhub.obligation.Parties;
import io.suretyhub.obligation.Subject;
import io.suretyhub.obligation.internal.Sweeper;
import io.suretyhub.organisation.OrganisationKind;
import io.suretyhub.organisation.OrganisationRegistration;
import io.suretyhub.shared.AreaCode;
import io.suretyhub.shared.Role;
import io.suretyhub.testing.CreditCodes;
import io.suretyhub.testing.MutableClock;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

/** A missed deadline reaches the owing company's inbox and the authority's warning board (R-TIME-2, R-SUP-4). */
class DeadlineJourneyBrowserTests extends BrowserJourney {

	@Autowired
	Obligations obligations;

	@Autowired
	Sweeper sweeper;

	@Autowired
	MutableClock mutableClock;

	@Test
	void overdueRatioConfirmationShowsInInboxAndOnTheBoard() {
		long company = organisations.register(OrganisationRegistration.of(OrganisationKind.CONTRACTOR,
				"截止日测试建工 " + System.nanoTime() % 1000, "650102").withCreditCode(CreditCodes.next("650102")));
		String contractor = person(Role.CONTRACTOR, company, "650102");
		long region = organisation(OrganisationKind.REGION_AUTHORITY, "自治区人社厅", "650000");
		String official = person(Role.REGION_AUTHORITY, region, "650000");
		mutableClock.setLocal("2026-09-30T10:00:00");
		obligations.open(new NewObligation(Parties.toAuthority(company, AreaCode.of("650102")),
				new Subject("project", "journey-" + System.nanoTime()), "R-PRJ-2", AreaCode.of("650102"),
				mutableClock.instant(), TimeLimit.workingDays(5)));
		mutableClock.setLocal("2026-10-14T09:00:00");
		sweeper.sweep();

		browser();
		signIn(contractor);
		browser.get("/inbox");
		assertThat(browser.text("#inbox")).contains("R-PRJ-2");
		browser.click("#logout");

		signIn(official);
		enrolSecondFactor();
		browser.get("/warnings?rule=R-PRJ-2");
		assertThat(browser.text("#total")).doesNotContain(" 0 ");
		assertThat(browser.pageSource()).contains("截止日测试建工");
		browser.click("table a[href^='/warnings/']").find("#obligation");
		assertThat(browser.currentPath()).startsWith("/warnings/");
		assertThat(browser.pageSource()).contains("R-PRJ-2");
	}

	@Test
	void systemAdministratorReadsTheCalendarArrangements() {
		long region = organisation(OrganisationKind.REGION_AUTHORITY, "自治区人社厅", "650000");
		String admin = person(Role.SYSTEM_ADMIN, region, "650000");

		browser();
		signIn(admin);
		enrolSecondFactor();
		browser.get("/admin/calendar");
		assertThat(browser.text("#arrangements")).contains("2026");
		browser.click("#arrangements a");
		assertThat(browser.text("#days")).isNotBlank();
	}

}
