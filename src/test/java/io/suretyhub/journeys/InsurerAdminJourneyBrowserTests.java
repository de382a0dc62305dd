package io.suretyhub.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import io.suretyhub.insurer.InsurerFixtures;
import io.suretyhub.shared.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/** An insurer administrator fills in the filing form and reaches its quarterly reports and reminders (R-INS-2, R-INS-6, R-SUP-2). */
@Import(InsurerFixtures.class)
class InsurerAdminJourneyBrowserTests extends BrowserJourney {

	@Autowired
	InsurerFixtures fixtures;

	@Test
	void adminSavesTheFilingFormAndOpensReportsAndReminders() {
		long insurer = fixtures.newInsurer("旅程二保险");
		String admin = person(Role.INSURER_ADMIN, insurer, "650000");

		browser();
		signIn(admin);
		enrolSecondFactor();
		browser.get("/insurer/filing");
		browser.type("#businessAddress", "乌鲁木齐市天山区人民路 1 号")
			.type("#legalRepresentative", "张三")
			.type("#legalRepIdNumber", "650102198001011234")
			.type("#provincialHead", "李四")
			.type("#contactPhone", "13912345678");
		browser.click("#save-form");
		assertThat(browser.text("#flash")).isNotBlank();
		browser.get("/insurer/filing");
		assertThat(browser.find("#businessAddress").getAttribute("value")).isEqualTo("乌鲁木齐市天山区人民路 1 号");
		assertThat(browser.find("#submit-filing")).isNotNull();

		browser.get("/insurer/reports");
		assertThat(browser.find("#report-form")).isNotNull();
		browser.get("/insurer/reminders?lang=en");
		assertThat(browser.find("html").getAttribute("lang")).isEqualTo("en");
		assertThat(browser.currentPath()).isEqualTo("/insurer/reminders");
	}

}
