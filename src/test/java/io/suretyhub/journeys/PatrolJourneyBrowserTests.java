package io.suretyhub.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import io.suretyhub.policy.Application;
import io.suretyhub.policy.Policies;
import io.suretyhub.policy.UnderwritingDecision;
import io.suretyhub.shared.Money;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * The branch records a risk patrol on its issued policy through the page; a refused date is explained in
 * Chinese with the typed values kept; the local authority of the area then reads it (R-POL-8).
 */
class PatrolJourneyBrowserTests extends PolicyBrowserJourney {

	@Autowired
	Policies policies;

	@TempDir
	Path files;

	@Test
	@DisplayName("R-POL-8: insurer staff records a patrol on the page (a future date refused, values kept); the local authority sees it")
	void patrolRecordedAndSeenByAuthority_R_POL_8() throws Exception {
		long id = policies.apply(new Application(project, insurerId, Money.yuan("187500.00"), LocalDate.of(2027, 1, 1),
				LocalDate.of(2027, 12, 31), null), contractorScope);
		underwriting.issue(id, UnderwritingDecision.none(), staffScope);
		String number = policies.find(id, staffScope).orElseThrow().underwritten().number();
		Path photo = Files.writeString(files.resolve("site-inspection.txt"), "现场照片说明", StandardCharsets.UTF_8);

		browser();
		signIn(staff);
		enrolSecondFactor();
		browser.get("/patrols");
		assertThat(browser.text("#no-patrols")).isEqualTo("暂无巡查记录。");
		new Select(browser.find("#policyId")).selectByValue(String.valueOf(id));
		new Select(browser.find("#kind")).selectByValue("SITE_INSPECTION");
		date("#heldOn", "2026-11-30");
		browser.type("#findings", "工资专用账户未按月拨付").type("#followUp", "限期一周整改");
		press("#save-patrol");

		assertThat(browser.text("#patrol-errors")).contains("巡查日期：不能晚于今天。");
		assertThat(browser.find("#heldOn").getAttribute("class")).contains("is-invalid");
		assertThat(new Select(browser.find("#policyId")).getFirstSelectedOption().getText()).isEqualTo(number);
		assertThat(new Select(browser.find("#kind")).getFirstSelectedOption().getText()).isEqualTo("参与现场检查");
		assertThat(browser.find("#heldOn").getDomProperty("value")).isEqualTo("2026-11-30");
		assertThat(browser.find("#findings").getDomProperty("value")).isEqualTo("工资专用账户未按月拨付");
		assertThat(browser.find("#followUp").getDomProperty("value")).isEqualTo("限期一周整改");
		assertThat(browser.text("#no-patrols")).isEqualTo("暂无巡查记录。");

		date("#heldOn", "2026-11-23");
		browser.find("#files").sendKeys(photo.toAbsolutePath().toString());
		press("#save-patrol");
		assertThat(browser.text("#flash")).isEqualTo("巡查记录已保存。");
		assertThat(browser.text("#patrols")).contains(number, "参与现场检查", "2026-11-23", "工资专用账户未按月拨付",
				"限期一周整改", "site-inspection.txt");
		signOut();

		signIn(official);
		enrolSecondFactor();
		browser.get("/patrols");
		assertThat(browser.driver().findElements(org.openqa.selenium.By.id("patrol-form"))).isEmpty();
		assertThat(browser.text("#patrols")).contains(number, "参与现场检查", "2026-11-23", "工资专用账户未按月拨付",
				"site-inspection.txt");
	}

}
