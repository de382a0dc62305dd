package io.suretyhub.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.suretyhub.payout.NewWorker;
import io.suretyhub.payout.PayoutFixtures;
import io.suretyhub.project.Projects;
import io.suretyhub.shared.Role;
import io.suretyhub.testing.MutableClock;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * From decision to paid workers on the pages (R-CLM-1, R-CLM-2, R-CLM-5): the local authority records the
 * decision, the missed deadline and issues the notice with a typed roster; the insurer's staff upload the
 * bank result file; a worker checks the payout on the public page.
 */
class PayoutJourneyBrowserTests extends BrowserJourney {

	@Autowired
	Projects projects;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock mutableClock;

	@Test
	void authorityIssuesInsurerPaysWorkerChecks() throws Exception {
		mutableClock.setLocal("2026-11-23T09:00:00");
		var f = new PayoutFixtures(organisations, projects, jdbc, "80000.00");
		String official = person(Role.LOCAL_AUTHORITY, f.authority.organisationId(), "653101");
		String staff = person(Role.INSURER_STAFF, f.branchId, "653100");
		List<NewWorker> roster = PayoutFixtures.roster(2, "2500");

		browser();
		signIn(official);
		enrolSecondFactor();
		browser.get("/payouts");
		browser.type("#projectId", "" + f.projectId).type("#number", "喀人社决〔2026〕" + f.token)
			.type("#amount", "5000").type("#workers", "2");
		browser.driver().executeScript("document.getElementById('date').value = '2026-11-20';"
				+ "document.getElementById('paymentDeadline').value = '2026-11-21';");
		browser.click("#decision-form button[type=submit]");
		awaitText("#case-status", "限期清偿中");
		browser.click("#unpaid-form button");
		awaitText("#case-status", "逾期未清偿");
		StringBuilder rows = new StringBuilder();
		roster.forEach(w -> rows.append(String.join(",", w.name(), w.idNumber(), w.phone(), w.bank(), w.bankCard(), "2500"))
			.append('\n'));
		browser.type("#head", "负责人").type("#rows", rows.toString()).click("#notice-form button[type=submit]");
		awaitText("#case-status", "已签发支付通知书");
		assertThat(browser.text("#notice-number")).startsWith("ZF653101");
		assertThat(browser.text("#roster")).doesNotContain(roster.get(0).idNumber());
		String casePath = browser.currentPath();
		browser.click("#logout");

		signIn(staff);
		enrolSecondFactor();
		browser.get("/payouts");
		assertThat(browser.text("#cases")).contains("喀人社决〔2026〕" + f.token);
		browser.get(casePath);
		Path file = Files.createTempFile("bank-result", ".csv");
		Files.writeString(file, "序号,流水号,金额,支付时间\n1,JB-" + f.token + "-1,2500,2026-11-23 09:00\n2,JB-" + f.token
				+ "-2,2500,2026-11-23 09:00\n", StandardCharsets.UTF_8);
		browser.find("#bank-form input[type=file]").sendKeys(file.toString());
		browser.driver().executeScript("document.getElementById('bank-form').requestSubmit()");
		awaitText("#case-status", "已支付完毕");
		assertThat(browser.text("#payments")).contains("JB-" + f.token + "-1");
		Files.delete(file);
		browser.click("#logout");

		NewWorker first = roster.get(0);
		browser.get("/public/payouts");
		browser.type("#idNumber", first.idNumber()).type("#name", first.name())
			.type("#cardLastFour", first.bankCard().substring(first.bankCard().length() - 4))
			.click("#worker-lookup button[type=submit]");
		awaitText("#payout-lines .payout-state", "已支付");
	}

	private void awaitText(String css, String expected) {
		new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
			.until(d -> d.findElements(By.cssSelector(css)).stream().anyMatch(e -> e.getText().strip().equals(expected)));
	}

}
