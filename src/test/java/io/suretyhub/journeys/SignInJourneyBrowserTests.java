package io.suretyhub.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import io.suretyhub.organisation.OrganisationKind;
import io.suretyhub.organisation.OrganisationRegistration;
import io.suretyhub.project.ProjectRegistration;
import io.suretyhub.project.Projects;
import io.suretyhub.shared.Role;
import io.suretyhub.testing.CreditCodes;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

/** People sign in, land on their home page, and see only what their area or company holds (R-GEO-2). */
class SignInJourneyBrowserTests extends BrowserJourney {

	@Autowired
	Projects projects;

	@Test
	void contractorSignsInWithoutSecondFactorAndSeesOwnProjectsInChineseThenEnglish() {
		long company = contractor("天山测试建工有限公司", "650102");
		String user = person(Role.CONTRACTOR, company, "650102");
		projects.register(new ProjectRegistration(company, "浏览器测试住宅工程", "650102", "测试建设单位", "1234567.89", "天山区", "HOUSING", "BUILDING", "NEW", "2026-03-01", "2027-06-30", null, null, "2026-02-20"));

		browser();
		assertThat(signIn(user)).isEqualTo("/");
		assertThat(browser.text("#home-welcome")).contains("欢迎");
		browser.click("#home-tasks a[href='/projects']").awaitPath("/projects");
		assertThat(browser.text("#projects")).contains("浏览器测试住宅工程");
		browser.click("#projects a").find("#project-name");
		assertThat(browser.text("#project-name")).isEqualTo("浏览器测试住宅工程");
		assertThat(browser.text("#contract-price")).contains("1,234,567.89");

		String page = browser.currentPath();
		browser.click("#lang-en");
		browser.awaitText("header", "Log out").awaitPath(page);
		assertThat(browser.find("html").getAttribute("lang")).isEqualTo("en");
		browser.click("#logout").awaitPath("/login");
	}

	@Test
	void localOfficialEnrolsSecondFactorAndSeesOnlyTheirPrefecture() {
		long urumqi = organisation(OrganisationKind.LOCAL_AUTHORITY, "乌鲁木齐市人社局", "650100");
		String official = person(Role.LOCAL_AUTHORITY, urumqi, "650100");
		long here = contractor("乌市测试建工", "650104");
		long there = contractor("喀什测试建工", "653101");
		projects.register(new ProjectRegistration(here, "乌鲁木齐测试道路工程", "650104", "业主甲", "500000.00", "新市区", "HOUSING", "BUILDING", "NEW", "2026-03-01", "2027-06-30", null, null, "2026-02-20"));
		projects.register(new ProjectRegistration(there, "喀什测试管网工程", "653101", "业主乙", "700000.00", "喀什市", "HOUSING", "BUILDING", "NEW", "2026-03-01", "2027-06-30", null, null, "2026-02-20"));

		browser();
		assertThat(signIn(official)).isEqualTo("/login/totp/enrol");
		assertThat(browser.find("#qr-code").getAttribute("src")).startsWith("data:image/png;base64,");
		enrolSecondFactor();
		assertThat(browser.text("#home-role")).contains("属地人社部门");
		browser.get("/projects");
		assertThat(browser.text("#projects")).contains("乌鲁木齐测试道路工程").doesNotContain("喀什测试管网工程");
	}

	@Test
	void wrongPasswordIsRefusedWithTheSameMessageInChineseAndEnglish() {
		browser();
		browser.get("/login").type("#username", "nobody-here").type("#password", "wrong").click("#sign-in");
		assertThat(browser.text("#login-error")).contains("用户名或密码错误");
		browser.get("/login?lang=en").type("#username", "nobody-here").type("#password", "wrong").click("#sign-in");
		assertThat(browser.text("#login-error")).containsIgnoringCase("password");
	}

	@Test
	void auditAdministratorVerifiesTheChainFromThePage() {
		long region = organisation(OrganisationKind.REGION_AUTHORITY, "自治区人社厅", "650000");
		String auditor = person(Role.AUDIT_ADMIN, region, "650000");

		browser();
		signIn(auditor);
		enrolSecondFactor();
		browser.get("/audit");
		assertThat(browser.text("#audit-records")).contains("login");
		browser.click("#verify-chain");
		assertThat(browser.text("#verification-result")).contains("审计链完整");
	}

	@Test
	void systemAdministratorSeesAccountsAndOrganisations() {
		long region = organisation(OrganisationKind.REGION_AUTHORITY, "自治区人社厅", "650000");
		String admin = person(Role.SYSTEM_ADMIN, region, "650000");

		browser();
		signIn(admin);
		enrolSecondFactor();
		browser.get("/admin/accounts");
		assertThat(browser.text("#accounts")).contains(admin);
		browser.get("/organisations");
		assertThat(browser.text("#organisations")).contains("自治区人社厅");
	}

	private long contractor(String name, String area) {
		return organisations.register(OrganisationRegistration.of(OrganisationKind.CONTRACTOR, name, area)
			.withCreditCode(CreditCodes.next(area)));
	}

}
