package io.suretyhub.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Applied by the contractor, underwritten and issued by the branch with a counter-guarantee and a real
 * signed e-policy; the contractor downloads it and the public verification page shows it (R-POL-2, R-POL-5).
 */
class UnderwritingJourneyBrowserTests extends PolicyBrowserJourney {

	@Test
	void appliedUnderwrittenIssuedDownloadedVerified() {
		browser();
		signIn(contractor);
		long id = applyInBrowser();
		signOut();

		signIn(staff);
		enrolSecondFactor();
		browser.get("/underwriting");
		assertThat(browser.text("#due-" + id)).contains("2026-11-30");
		press("#application-" + id);
		assertThat(browser.text("#filed-rate")).isEqualTo("0.2000 %");
		assertThat(browser.text("#premium")).contains("375.00");
		browser.type("#cgAgreementNumber", "FDB-2026-001").type("#cgAmount", "100000.00")
			.type("#cgFormAndScope", "保证金质押，担保全部追偿款");
		date("#cgStart", "2027-01-01");
		date("#cgEnd", "2027-12-31");
		press("#issue");
		assertThat(browser.text("#flash")).isEqualTo("已出具电子保单。");
		assertThat(browser.text("#policy-status")).isEqualTo("已出单");
		assertThat(browser.text("#counter-guarantee")).contains("FDB-2026-001");
		String number = browser.text("#policy-number");
		assertThat(number).startsWith("WG-653100-2026-");
		signOut();

		signIn(contractor);
		browser.get("/policies");
		press("#policy-" + id);
		String code = browser.text("#verification-code");
		assertThat(code).hasSizeGreaterThanOrEqualTo(8);
		Object download = browser.driver().executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				fetch(arguments[0]).then(r => r.arrayBuffer().then(b => done(r.status + ' ' + r.headers.get('content-type')
				  + ' ' + String.fromCharCode(...new Uint8Array(b.slice(0, 4))))));""",
				"/policies/" + id + "/document");
		assertThat(download).isEqualTo("200 application/pdf %PDF");
		press("#verify");
		browser.awaitText("#policy-status", "已签发");
		assertThat(browser.text("#policy-number")).isEqualTo(number);
		assertThat(browser.text("#policy-status")).isEqualTo("已签发");
	}

}
