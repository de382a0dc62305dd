package io.suretyhub.document.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import javax.imageio.ImageIO;

import io.suretyhub.document.IssuedDocument;
import io.suretyhub.document.PolicyDocuments;
import io.suretyhub.document.PolicyNumbers;
import io.suretyhub.document.PolicySamples;
import io.suretyhub.document.SigningRefused;
import io.suretyhub.seal.HostedKeyRequest;
import io.suretyhub.seal.KeyType;
import io.suretyhub.seal.SealCertificates;
import io.suretyhub.shared.AreaCode;
import io.suretyhub.testing.MutableClock;
import io.suretyhub.testing.MutableClockConfiguration;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

@SpringBootTest
@Import(MutableClockConfiguration.class)
@DisplayName("R-POL-5: policies signed with a hosted key are valid PAdES documents")
class HostedSigningTests {

	private static final Logger log = LoggerFactory.getLogger(HostedSigningTests.class);

	@Autowired
	PolicyDocuments documents;

	@Autowired
	PolicyNumbers numbers;

	@Autowired
	SealCertificates seals;

	@Autowired
	PdfVerifier verifier;

	@Autowired
	MutableClock clock;

	@Test
	void anIssuedPolicyPassesPdfsigAndOurVerifierAndFailsBothAfterOneFlippedByte() throws Exception {
		long insurer = 17;
		var certificate = seals.createHosted(insurer, new HostedKeyRequest(PolicySamples.INSURER_NAME, KeyType.EC_P256));
		String number = numbers.next(AreaCode.of("650102"), 2026, insurer);
		var issued = documents.issueHosted(PolicySamples.policy(number, "K7M2Q9XW4P", insurer),
				certificate.id());
		byte[] pdf = documents.content(number).orElseThrow();

		assertThat(issued.mode()).isEqualTo(IssuedDocument.SigningMode.HOSTED);
		assertThat(issued.sha256()).isEqualTo(IssuedDocumentRepository.hex(PreparedPdf.sha256(pdf)));
		String pdfsig = Pdfsig.check(pdf);
		assertThat(pdfsig).contains("Signature is Valid").contains("ETSI.CAdES.detached").contains("Total document signed");
		assertThat(verifier.verify(pdf).verified()).isTrue();

		byte[] flipped = pdf.clone();
		int at = pdf.length / 3;
		flipped[at] ^= 0x01;
		assertThat(Pdfsig.check(flipped)).doesNotContain("Signature is Valid");
		assertThat(verifier.verify(flipped).verified()).isFalse();

		if (getClass() != HostedSigningTests.class) {
			return;
		}
		try (var document = Loader.loadPDF(pdf)) {
			ImageIO.write(new PDFRenderer(document).renderImageWithDPI(0, 110), "png",
					Path.of("docs/images/policy-sample.png").toFile());
		}
	}

	@Test
	void aSignedPolicyIsNeverReplaced() {
		long insurer = 18;
		var certificate = seals.createHosted(insurer, new HostedKeyRequest("测试保险公司", KeyType.RSA_2048));
		var policy = PolicySamples.policy(numbers.next(AreaCode.of("650100"), 2026, insurer), "ABCDEFGH23", insurer);
		documents.issueHosted(policy, certificate.id());
		assertThatThrownBy(() -> documents.issueHosted(policy, certificate.id())).isInstanceOfSatisfying(
				SigningRefused.class, refused -> assertThat(refused.reason()).isEqualTo(SigningRefused.Reason.ALREADY_ISSUED));
		assertThatThrownBy(() -> documents.prepareRemote(policy)).isInstanceOf(SigningRefused.class);
	}

	@Test
	void onlyAValidHostedCertificateOfTheInsurerSigns() {
		long insurer = 20;
		var uploaded = seals.register(insurer, io.suretyhub.testing.TestCertificates
			.seal("上传证书", clock.instant().minusSeconds(60), clock.instant().plusSeconds(86_400))
			.pem()
			.getBytes());
		var hosted = seals.createHosted(insurer, new HostedKeyRequest("测试保险公司", KeyType.EC_P384));
		var other = seals.createHosted(insurer + 1, new HostedKeyRequest("别的保险公司", KeyType.EC_P256));
		var policy = PolicySamples.policy(numbers.next(AreaCode.of("650100"), 2026, insurer), "ABCDEFGH45", insurer);

		assertRefused(() -> documents.issueHosted(policy, uploaded.id()), SigningRefused.Reason.NOT_HOSTED);
		assertRefused(() -> documents.issueHosted(policy, other.id()), SigningRefused.Reason.CERTIFICATE_NOT_ON_FILE);
		seals.revoke(insurer, hosted.id(), "换证");
		assertRefused(() -> documents.issueHosted(policy, hosted.id()), SigningRefused.Reason.CERTIFICATE_NOT_VALID);
		assertThat(documents.find(policy.number())).isEmpty();
	}

	private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call,
			SigningRefused.Reason reason) {
		assertThatThrownBy(call).isInstanceOfSatisfying(SigningRefused.class,
				refused -> assertThat(refused.reason()).isEqualTo(reason));
	}

	@Test
	void measuresRenderingAndSigningSpeed() {
		long insurer = 19;
		var certificate = seals.createHosted(insurer, new HostedKeyRequest(PolicySamples.INSURER_NAME, KeyType.EC_P256));
		documents.issueHosted(PolicySamples.policy(numbers.next(AreaCode.of("650100"), 2026, insurer), "WARMUP2345", insurer),
				certificate.id());
		int count = 50;
		long start = System.nanoTime();
		for (int i = 0; i < count; i++) {
			String number = numbers.next(AreaCode.of("650100"), 2026, insurer);
			documents.issueHosted(PolicySamples.policy(number, numbers.newVerificationCode(), insurer), certificate.id());
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		log.info("Rendered, signed and stored {} policies in {} s: {} policies per second", count,
				String.format("%.2f", seconds), String.format("%.1f", count / seconds));
		assertThat(documents.find(numbers.next(AreaCode.of("650100"), 2026, insurer))).isEmpty();
	}

}
