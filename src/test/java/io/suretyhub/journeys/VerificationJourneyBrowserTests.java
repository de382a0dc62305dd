package io.suretyhub.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import io.suretyhub.document.PolicyDocument;
import io.suretyhub.document.PolicyDocuments;
import io.suretyhub.document.PolicyNumbers;
import io.suretyhub.document.PolicySamples;
import io.suretyhub.seal.HostedKeyRequest;
import io.suretyhub.seal.KeyType;
import io.suretyhub.seal.SealCertificates;
import io.suretyhub.shared.AreaCode;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

/** A tenderer or worker checks a policy without signing in: by the QR link, and by uploading the PDF (R-POL-5). */
class VerificationJourneyBrowserTests extends BrowserJourney {

	@Autowired
	PolicyDocuments documents;

	@Autowired
	PolicyNumbers numbers;

	@Autowired
	SealCertificates seals;

	@Test
	void theQrLinkShowsThePolicyAndAnUploadedCopyIsVerified() throws Exception {
		long insurer = 77;
		var certificate = seals.createHosted(insurer, new HostedKeyRequest(PolicySamples.INSURER_NAME, KeyType.EC_P256));
		PolicyDocument policy = PolicySamples.policy(numbers.next(AreaCode.of("650100"), 2026, insurer),
				numbers.newVerificationCode(), insurer);
		documents.issueHosted(policy, certificate.id());
		Path pdf = Files.createTempFile("policy", ".pdf");
		Files.write(pdf, documents.content(policy.number()).orElseThrow());

		browser();
		browser.get("/public/verify?number=" + policy.number() + "&code=" + policy.verificationCode());
		assertThat(browser.text("#policy-number")).isEqualTo(policy.number());
		assertThat(browser.text("#policy-status")).isNotBlank();

		browser.get("/public/verify");
		browser.find("#file").sendKeys(pdf.toAbsolutePath().toString());
		browser.find("#verify-upload").submit();
		assertThat(browser.find("#result-verified").isDisplayed()).isTrue();

		browser.get("/public/verify?number=" + policy.number() + "&code=WRONGCODE9&lang=en");
		assertThat(browser.find("#not-found").getText()).isNotBlank();
	}

}
