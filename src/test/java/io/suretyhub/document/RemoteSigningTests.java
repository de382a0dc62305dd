package io.suretyhub.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.MessageDigest;
import java.time.Duration;

import io.suretyhub.document.internal.PdfVerifier;
import io.suretyhub.seal.SealCertificates;
import io.suretyhub.shared.AreaCode;
import io.suretyhub.testing.InsurerSystem;
import io.suretyhub.testing.MutableClock;
import io.suretyhub.testing.MutableClockConfiguration;
import io.suretyhub.testing.TestCertificates;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

@SpringBootTest
@Import(MutableClockConfiguration.class)
@DisplayName("R-POL-5: remote signing with an insurer key the platform never sees")
class RemoteSigningTests {

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
	void theInsurersSystemSignsTheDigestAndThePlatformIssuesTheVerifiedPolicy() {
		long insurer = 31;
		var key = TestCertificates.seal("远程签章保险公司", clock.instant().minus(Duration.ofDays(30)),
				clock.instant().plus(Duration.ofDays(365)));
		seals.register(insurer, key.pem().getBytes());
		String number = numbers.next(AreaCode.of("650200"), 2026, insurer);
		RemoteSigning request = documents.prepareRemote(PolicySamples.policy(number, numbers.newVerificationCode(), insurer));

		byte[] prepared = documents.preparedContent(insurer, request.id()).orElseThrow();
		assertThat(request.digest()).isEqualTo(digestOfByteRange(prepared, request.byteRange()));
		assertThat(documents.find(number)).isEmpty();

		IssuedDocument issued = documents.completeRemote(insurer, request.id(), InsurerSystem.sign(request.digest(), key));

		assertThat(issued.mode()).isEqualTo(IssuedDocument.SigningMode.REMOTE);
		byte[] pdf = documents.content(number).orElseThrow();
		var report = verifier.verify(pdf);
		assertThat(report.reasons()).isEmpty();
		assertThat(report.verified()).isTrue();
		assertThat(report.signer()).contains("远程签章保险公司");
		assertThat(documents.pendingRemote(insurer, request.id())).isEmpty();
	}

	@Test
	void aBadSignatureIsRefusedWithItsReasonAndNothingIsIssued() {
		long insurer = 32;
		var key = TestCertificates.seal("保险公司甲", clock.instant().minus(Duration.ofDays(1)),
				clock.instant().plus(Duration.ofDays(365)));
		var stranger = TestCertificates.seal("冒名者", clock.instant().minus(Duration.ofDays(1)),
				clock.instant().plus(Duration.ofDays(365)));
		seals.register(insurer, key.pem().getBytes());
		String number = numbers.next(AreaCode.of("650200"), 2026, insurer);
		RemoteSigning request = documents.prepareRemote(PolicySamples.policy(number, "ZZZZ2345AB", insurer));

		assertRefused(insurer, request, InsurerSystem.sign(request.digest(), stranger),
				SigningRefused.Reason.CERTIFICATE_NOT_ON_FILE);
		assertRefused(insurer, request, InsurerSystem.sign(new byte[32], key), SigningRefused.Reason.DIGEST_MISMATCH);
		assertRefused(insurer, request, "not a signature".getBytes(), SigningRefused.Reason.CMS_UNREADABLE);
		assertThatThrownBy(() -> documents.completeRemote(insurer + 1, request.id(), InsurerSystem.sign(request.digest(), key)))
			.isInstanceOfSatisfying(SigningRefused.class,
					refused -> assertThat(refused.reason()).isEqualTo(SigningRefused.Reason.REQUEST_EXPIRED));
		assertThat(documents.find(number)).isEmpty();
		assertThat(documents.pendingRemote(insurer, request.id())).isPresent();

		clock.advance(Duration.ofHours(25));
		assertRefused(insurer, request, InsurerSystem.sign(request.digest(), key), SigningRefused.Reason.REQUEST_EXPIRED);
		assertThat(documents.find(number)).isEmpty();
	}

	private void assertRefused(long insurer, RemoteSigning request, byte[] cms, SigningRefused.Reason reason) {
		assertThatThrownBy(() -> documents.completeRemote(insurer, request.id(), cms)).isInstanceOfSatisfying(
				SigningRefused.class, refused -> assertThat(refused.reason()).isEqualTo(reason));
	}

	private static byte[] digestOfByteRange(byte[] pdf, long[] range) {
		try {
			var digest = MessageDigest.getInstance("SHA-256");
			digest.update(pdf, (int) range[0], (int) range[1]);
			digest.update(pdf, (int) range[2], (int) range[3]);
			return digest.digest();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
