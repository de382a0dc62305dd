package io.suretyhub.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.Locale;
import java.util.stream.Collectors;

import io.suretyhub.organisation.OrganisationKind;
import io.suretyhub.shared.Role;
import io.suretyhub.statistics.Figures;
import io.suretyhub.statistics.Filter;
import io.suretyhub.statistics.StatisticsFixture;
import io.suretyhub.testing.TestPrincipals;
import io.suretyhub.testing.Xlsx;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * The dashboards of the region and local authorities, the financial regulator and an insurer, their
 * drill-down, Excel exports and the quarterly report, over the hand-computed fixture (R-STAT-1, R-GEO-2);
 * screenshots go to {@code docs/images/}.
 */
@Import(StatisticsFixture.class)
class StatisticsJourneyBrowserTests extends BrowserJourney {

	static final String Q4 = "?from=2026-10&to=2026-12";

	@Autowired
	StatisticsFixture fixture;

	@Autowired
	Figures figures;

	@BeforeEach
	void figures() {
		fixture.build();
		var region = TestPrincipals.scope(Role.REGION_AUTHORITY, 1, "650000");
		await().atMost(Duration.ofSeconds(30)).until(() -> figures.total(Filter.of(YearMonth.of(2026, 9),
				YearMonth.of(2026, 12)), region, Locale.SIMPLIFIED_CHINESE).policies() == 5);
	}

	@Test
	void regionAuthorityDrillsDownExportsAndDownloadsTheQuarterlyReport() throws Exception {
		signInAs(Role.REGION_AUTHORITY, OrganisationKind.REGION_AUTHORITY, "650000");
		browser.get("/statistics" + Q4);
		assertThat(browser.text("#total-policies")).isEqualTo("4");
		assertThat(browser.text("#total-sum")).isEqualTo("725,000.65");
		assertThat(browser.text("#by-insurer")).contains("甲保险新疆分公司", "乙保险新疆分公司");
		browser.screenshot(Path.of("docs/images/statistics-region.png"));

		assertThat(Xlsx.cells(get("/statistics/export/insurers.xlsx" + Q4).body())).contains("甲保险新疆分公司" + suffix(fixture.insurerA));
		assertThat(Xlsx.cells(get("/statistics/export/areas.xlsx" + Q4).body())).contains("喀什地区", "乌鲁木齐市");

		browser.clickLink("喀什地区");
		browser.find("#projects");
		assertThat(browser.text("#projects")).contains("喀什市第一中学宿舍楼", "喀什市人民医院门诊楼");
		assertThat(browser.text("#trail")).contains("喀什地区");

		byte[] pdf = get("/statistics/report.pdf?year=2026&quarter=4").body();
		try (var document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document).replaceAll("\\s", "");
			assertThat(text).contains("2026年第4季度", "尊敬的各位领导", "725000.65", "537500.65", "（一）",
					"农民工工资支付履约保证保险", "我的汇报完毕");
		}
	}

	@Test
	void localAuthoritySeesOnlyItsArea_R_GEO_2() throws Exception {
		signInAs(Role.LOCAL_AUTHORITY, OrganisationKind.LOCAL_AUTHORITY, "653100");
		browser.get("/statistics" + Q4);
		assertThat(browser.text("#total-policies")).isEqualTo("3");
		assertThat(browser.pageSource()).doesNotContain("天山区幸福路小区", "乌鲁木齐市");
		assertThat(browser.text("#by-insurer")).doesNotContain("乙保险新疆分公司");
		assertThat(browser.text("#projects")).contains("喀什市第一中学宿舍楼");
		browser.screenshot(Path.of("docs/images/statistics-local.png"));
		assertThat(get("/statistics" + Q4 + "&area=650100").statusCode()).isEqualTo(404);
		String exported = String.join(" ", Xlsx.cells(get("/statistics/export/projects.xlsx" + Q4).body()));
		assertThat(exported).contains("喀什市第一中学宿舍楼").doesNotContain("天山区幸福路小区");
		String pdf = pdfText(get("/statistics/report.pdf?year=2026&quarter=4").body());
		assertThat(pdf).contains("喀什地区", "475000.55").doesNotContain("乙保险");
	}

	@Test
	void financialRegulatorSeesTheRegionDashboard() {
		signInAs(Role.FINANCIAL_REGULATOR, OrganisationKind.FINANCIAL_REGULATOR, "650000");
		browser.get("/statistics" + Q4 + "&lang=en");
		assertThat(browser.text("#dashboard-title")).isEqualTo("Statistics (financial regulator)");
		assertThat(browser.text("#total-policies")).isEqualTo("4");
		assertThat(browser.text("#scorecards")).contains("甲保险新疆分公司");
		browser.screenshot(Path.of("docs/images/statistics-regulator.png"));
	}

	@Test
	void insurerSeesItsOwnDashboard() throws Exception {
		browser();
		signIn(person(Role.INSURER_ADMIN, fixture.insurerA, "650000"));
		enrolSecondFactor();
		browser.get("/statistics" + Q4);
		assertThat(browser.text("#total-policies")).isEqualTo("3");
		assertThat(browser.pageSource()).doesNotContain("乙保险新疆分公司");
		assertThat(browser.driver().findElements(org.openqa.selenium.By.id("warnings"))).isEmpty();
		browser.screenshot(Path.of("docs/images/statistics-insurer.png"));
		assertThat(String.join(" ", Xlsx.cells(get("/statistics/export/months.xlsx" + Q4).body()))).contains("2026-10")
			.doesNotContain("250000.1");
	}

	private void signInAs(Role role, OrganisationKind kind, String area) {
		long organisation = organisation(kind, "统计旅程" + kind, area);
		browser();
		signIn(person(role, organisation, area));
		enrolSecondFactor();
	}

	private String suffix(long insurer) {
		return organisations.find(insurer).orElseThrow().name().substring("甲保险新疆分公司".length());
	}

	/** Fetches a URL with the browser's session, as a download would. */
	private HttpResponse<byte[]> get(String path) throws Exception {
		String cookies = browser.driver().manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
			.collect(Collectors.joining("; "));
		var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Cookie", cookies).build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
	}

	private static String pdfText(byte[] pdf) throws Exception {
		try (var document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document).replaceAll("\\s", "");
		}
	}

}
