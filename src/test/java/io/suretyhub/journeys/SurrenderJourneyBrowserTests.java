package io.suretyhub.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import io.suretyhub.policy.Application;
import io.suretyhub.policy.Policies;
import io.suretyhub.policy.UnderwritingDecision;
import io.suretyhub.shared.Money;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

/** The contractor applies to surrender; the local authority approves; the surrender is completed (R-POL-7). */
class SurrenderJourneyBrowserTests extends PolicyBrowserJourney {

	@Autowired
	Policies policies;

	@Test
	void surrenderRequestedApprovedCompleted() {
		long id = policies.apply(new Application(project, insurerId, Money.yuan("187500.00"), LocalDate.of(2027, 1, 1),
				LocalDate.of(2027, 12, 31), null), contractorScope);
		underwriting.issue(id, UnderwritingDecision.none(), staffScope);

		browser();
		signIn(contractor);
		browser.get("/policies/" + id);
		assertThat(browser.driver().findElements(org.openqa.selenium.By.id("complete-surrender"))).isEmpty();
		browser.type("#surrender-reason-input", "工程改以现金缴纳保证金");
		press("#request-surrender");
		assertThat(browser.text("#flash")).contains("待属地人社部门审批");
		assertThat(browser.text("#policy-status")).isEqualTo("退保申请中");
		signOut();

		signIn(official);
		enrolSecondFactor();
		browser.get("/surrenders");
		assertThat(browser.text("#surrenders")).contains("工程改以现金缴纳保证金");
		press("#surrender-" + id);
		press("#approve-surrender");
		assertThat(browser.text("#flash")).isEqualTo("已批准退保申请。");
		assertThat(browser.text("#surrender-reason")).contains("已获属地人社部门批准");
		signOut();

		signIn(contractor);
		browser.get("/policies/" + id);
		press("#complete-surrender");
		assertThat(browser.text("#flash")).isEqualTo("已退保。");
		assertThat(browser.text("#policy-status")).isEqualTo("已退保");
	}

	@Test
	@DisplayName("R-POL-7: the local authority rejects a surrender request with a reason; the contractor reads the reason on the policy page")
	void surrenderRejectedReasonShownToContractor_R_POL_7() {
		long id = policies.apply(new Application(project, insurerId, Money.yuan("187500.00"), LocalDate.of(2027, 1, 1),
				LocalDate.of(2027, 12, 31), null), contractorScope);
		underwriting.issue(id, UnderwritingDecision.none(), staffScope);

		browser();
		signIn(contractor);
		browser.get("/policies/" + id);
		browser.type("#surrender-reason-input", "工程改以现金缴纳保证金");
		press("#request-surrender");
		browser.awaitText("#policy-status", "退保申请中");
		assertThat(browser.text("#policy-status")).isEqualTo("退保申请中");
		signOut();

		signIn(official);
		enrolSecondFactor();
		browser.get("/surrenders");
		press("#surrender-" + id);
		browser.type("#rejection-reason", "未附现金保证金缴存凭证，不予退保");
		press("#reject-surrender");
		assertThat(browser.text("#flash")).isEqualTo("已驳回退保申请，保单继续有效。");
		assertThat(browser.text("#policy-status")).isEqualTo("已出单");
		browser.get("/surrenders");
		assertThat(browser.text("main")).doesNotContain("工程改以现金缴纳保证金");
		signOut();

		signIn(contractor);
		browser.get("/policies/" + id);
		assertThat(browser.text("#policy-status")).isEqualTo("已出单");
		assertThat(browser.text("#surrender-rejection")).endsWith("驳回：未附现金保证金缴存凭证，不予退保");
		assertThat(browser.find("#surrender-reason-input").isDisplayed()).isTrue();
	}

}
