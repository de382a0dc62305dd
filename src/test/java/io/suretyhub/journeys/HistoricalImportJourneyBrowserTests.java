package io.suretyhub.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import io.suretyhub.organisation.OrganisationKind;
import io.suretyhub.organisation.OrganisationRegistration;
import io.suretyhub.shared.Role;
import io.suretyhub.testing.CreditCodes;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An insurer uploads its pre-platform policies: a file with one bad row is refused whole with a report
 * naming the row and the column; the corrected file is stored and listed as historical (R-POL-9).
 */
class HistoricalImportJourneyBrowserTests extends BrowserJourney {

	static final String HEADER = "保单号,保险机构,投保人,统一社会信用代码,项目名称,项目所在地区代码,保险金额,保险费,保险起期,保险止期,出单日期\r\n";

	@TempDir
	Path files;

	@Test
	@DisplayName("R-POL-9: a file with one bad row stores nothing and the page names row 3, 统一社会信用代码; the good file is listed as historical")
	void badFileReportedThenGoodFileListed_R_POL_9() throws Exception {
		long insurerId = organisations.register(OrganisationRegistration
			.of(OrganisationKind.INSURER, "旅程历史保险 " + System.nanoTime(), "650000")
			.withCreditCode(CreditCodes.next("650000")));
		String admin = person(Role.INSURER_ADMIN, insurerId, "650000");
		String token = Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
		String first = row("LS" + token + "-1", CreditCodes.next("653101"), "喀什市第一中学");
		String second = row("LS" + token + "-2", CreditCodes.next("653101"), "喀什市第二中学");
		Path bad = csv("历史保单-有误.csv", HEADER + first + row("LS" + token + "-2", "91650100MA77XXXXX1", "喀什市第二中学"));
		Path good = csv("历史保单.csv", HEADER + first + second);

		browser();
		signIn(admin);
		enrolSecondFactor();
		browser.get("/historical-policies");
		browser.find("#file").sendKeys(bad.toAbsolutePath().toString());
		press("#upload");
		assertThat(browser.text("#report-result")).contains("有 1 处错误，整份文件未导入");
		assertThat(browser.text("#problems tbody tr")).contains("3", "统一社会信用代码", "统一社会信用代码不正确",
				"91650100MA77XXXXX1");
		assertThat(browser.text("#historical")).contains("暂无历史保单。").doesNotContain("LS" + token);

		browser.find("#file").sendKeys(good.toAbsolutePath().toString());
		press("#upload");
		browser.awaitText("#report-result", "已导入，共 2 张保单");
		browser.get("/historical-policies");
		assertThat(browser.text("#historical")).contains("LS" + token + "-1 历史", "LS" + token + "-2 历史",
				"喀什市第一中学", "喀什市第二中学", "187,500.00", "2024-01-01 ~ 2024-12-31");
	}

	private Path csv(String name, String content) throws java.io.IOException {
		return Files.writeString(files.resolve(name), content, StandardCharsets.UTF_8);
	}

	private static String row(String number, String creditCode, String projectName) {
		return String.join(",", number, "", "喀什建工", creditCode, projectName, "653101", "187500.00", "375.00",
				"2024-01-01", "2024-12-31", "2023-12-20") + "\r\n";
	}

	private void press(String css) {
		browser.driver().executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})",
				browser.find(css));
		browser.click(css);
	}

}
