package io.suretyhub.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import io.suretyhub.organisation.OrganisationKind;
import io.suretyhub.organisation.OrganisationRegistration;
import io.suretyhub.shared.Role;
import io.suretyhub.testing.CreditCodes;
import io.suretyhub.testing.TestCertificates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An insurer administrator manages its e-policy seal certificates (R-POL-5): a refused upload says why in
 * Chinese, a good one is listed with subject, validity, key type and standing, the platform makes a hosted
 * key, and a certificate is revoked with a reason.
 */
class SealCertificateJourneyBrowserTests extends BrowserJourney {

	@TempDir
	Path files;

	@Test
	void adminUploadsMakesAHostedKeyAndRevokes() throws Exception {
		long insurer = organisations.register(OrganisationRegistration.of(OrganisationKind.INSURER,
				"签章旅程保险" + System.nanoTime() % 100000, "650000").withCreditCode(CreditCodes.next("650000")));
		String admin = person(Role.INSURER_ADMIN, insurer, "650000");
		Instant now = clock.instant();
		Path expired = write("expired.pem", TestCertificates.seal("过期签章", now.minus(Duration.ofDays(400)),
				now.minus(Duration.ofDays(1))).pem());
		Path good = write("seal.pem", TestCertificates.seal("旅程签章证书", now.minus(Duration.ofDays(10)),
				now.plus(Duration.ofDays(365))).pem());

		browser();
		signIn(admin);
		enrolSecondFactor();
		browser.click("a[href='/insurer/certificates']").awaitPath("/insurer/certificates");
		assertThat(browser.text("#certificates")).contains("尚未登记任何签章证书");

		browser.find("#certificate-file").sendKeys(expired.toString());
		browser.click("#upload");
		assertThat(browser.text("#errors")).contains("证书已于").contains("过期");

		browser.find("#certificate-file").sendKeys(good.toString());
		browser.click("#upload");
		assertThat(browser.text("#flash")).isEqualTo("证书已登记。");
		assertThat(browser.text("#certificates")).contains("CN=旅程签章证书").contains("EC P-256").contains("有效");

		browser.click("#hosted");
		browser.awaitText("#flash", "托管密钥");
		assertThat(browser.text("#certificates")).contains("平台托管").contains("SuretyHub DEMO CA");

		String row = browser.find("#certificates tbody tr:last-child").getAttribute("id");
		String id = row.substring("certificate-".length());
		browser.type("#reason-" + id, "私钥保管人员变动").click("#revoke-" + id);
		browser.awaitText("#flash", "已吊销");
		assertThat(browser.text("#" + row)).contains("已吊销").contains("私钥保管人员变动");

		browser.get("/insurer/certificates?lang=en");
		assertThat(browser.text("#" + row)).contains("Revoked");
	}

	private Path write(String name, String content) throws Exception {
		return Files.writeString(files.resolve(name), content);
	}

}
