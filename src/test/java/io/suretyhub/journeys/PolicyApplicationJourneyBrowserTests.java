package io.suretyhub.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A contractor applies for a policy on the page (R-POL-1, R-POL-3, R-FAIR-1). */
class PolicyApplicationJourneyBrowserTests extends PolicyBrowserJourney {

	@Test
	void contractorAppliesAndSeesRefusalsNextToTheFields() {
		browser();
		signIn(contractor);
		browser.get("/policies");
		press("#new-application");
		press("#apply-" + project);
		assertThat(browser.find("#insurer-" + insurerId).isSelected()).isFalse();
		press("#insurer-" + insurerId);
		browser.type("#sumInsured", "187500.00");
		date("#periodStart", "2027-01-01");
		date("#periodEnd", "2027-12-30");
		press("#apply");

		assertThat(browser.text("#periodStart-error")).contains("不得少于 1 年").contains("R-POL-3");
		assertThat(browser.find("#insurer-" + insurerId).isSelected()).isTrue();
		assertThat(browser.find("#sumInsured").getAttribute("value")).isEqualTo("187500.00");
		assertThat(browser.find("#periodEnd").getAttribute("value")).isEqualTo("2027-12-30");

		date("#periodEnd", "2027-12-31");
		press("#apply");
		assertThat(browser.text("#flash")).contains("5 个工作日");
		assertThat(browser.text("#policy-status")).isEqualTo("待核保");
		assertThat(browser.text("#obligation-underwriting")).contains("2026-11-30");
		browser.get("/policies");
		assertThat(browser.text("#policies")).contains("喀什市第三中学教学楼").contains("待核保");
	}

}
