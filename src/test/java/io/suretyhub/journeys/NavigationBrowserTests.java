package io.suretyhub.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import io.suretyhub.organisation.OrganisationKind;
import io.suretyhub.shared.Role;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * A local official works the grouped navigation with the keyboard alone: a group opens with Enter, the
 * arrow key reaches its first link, Enter follows it, and the page's group and link are marked current.
 */
class NavigationBrowserTests extends BrowserJourney {

	@Test
	void keyboardOpensAGroupAndTheCurrentSectionIsMarked() {
		long authority = organisation(OrganisationKind.LOCAL_AUTHORITY, "导航旅程人社局", "653100");
		String official = person(Role.LOCAL_AUTHORITY, authority, "653100");

		browser();
		signIn(official);
		enrolSecondFactor();
		WebElement policies = browser.find("#nav-group-policies .dropdown-item[href='/policies']");
		assertThat(policies.isDisplayed()).as("closed group").isFalse();

		WebElement toggle = browser.find("#nav-group-policies [data-bs-toggle=dropdown]");
		toggle.sendKeys(Keys.ENTER);
		assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("true");
		assertThat(policies.isDisplayed()).isTrue();
		browser.screenshot(Path.of("docs/images/navigation-local-authority.png"));

		toggle.sendKeys(Keys.ARROW_DOWN);
		assertThat(browser.driver().switchTo().activeElement().getAttribute("href")).endsWith("/policies");
		browser.driver().switchTo().activeElement().sendKeys(Keys.ENTER);
		browser.awaitPath("/policies");

		assertThat(browser.find("#nav-group-policies [data-bs-toggle=dropdown]").getAttribute("class")).contains("active");
		assertThat(browser.find("#nav-group-policies .dropdown-item[href='/policies']").getAttribute("aria-current"))
			.isEqualTo("page");
		assertThat(browser.driver().findElements(By.cssSelector("#main-nav [aria-current=page]"))).hasSize(1);

		browser.clickLink("比例确认").awaitPath("/ratios");
		assertThat(browser.find("#nav-group-projects [data-bs-toggle=dropdown]").getAttribute("class")).contains("active");
	}

}
