package io.suretyhub.document.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.security.Signature;
import java.time.Duration;
import java.util.List;

import io.suretyhub.document.PolicyDocument;
import io.suretyhub.document.PolicyDocuments;
import io.suretyhub.document.PolicyNumbers;
import io.suretyhub.document.PolicySamples;
import io.suretyhub.seal.SealCertificates;
import io.suretyhub.shared.AreaCode;
import io.suretyhub.testing.InsurerSystem;
import io.suretyhub.testing.MutableClock;
import io.suretyhub.testing.MutableClockConfiguration;
import io.suretyhub.testing.TestCertificates;
import io.suretyhub.testing.TestCertificates.TestKey;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

@SpringBootTest
@Import(MutableClockConfiguration.class)
@DisplayName("R-POL-5: each bad document is rejected with its precise reason")
class VerificationCorpusTests {

	static final long INSURER = 41;

	@Autowired
	PolicyDocuments documents;

	@Autowired
	PolicyNumbers numbers;

	@Autowired
	SealCertificates seals;

	@Autowired
	PdfVerifier verifier;

	@Autowired
	PolicyLayout layout;

	@Autowired
	PadesPreparer preparer;

	@Autowired
	MutableClock clock;

	TestKey insurerKey;

	PolicyDocument policy;

	byte[] genuine;

	@BeforeEach
	void issueAGenuinePolicy() {
		clock.setLocal("2026-11-23T09:00:00");
		insurerKey = key("新疆保险公司", 365);
		seals.register(INSURER, insurerKey.pem().getBytes());
		policy = PolicySamples.policy(numbers.next(AreaCode.of("650100"), 2026, INSURER), numbers.newVerificationCode(),
				INSURER);
		var request = documents.prepareRemote(policy);
		documents.completeRemote(INSURER, request.id(), InsurerSystem.sign(request.digest(), insurerKey));
		genuine = documents.content(policy.number()).orElseThrow();
	}

	@Test
	void theGenuinePolicyIsVerified() {
		var report = verifier.verify(genuine);
		assertThat(report.verified()).isTrue();
		assertThat(report.number()).isEqualTo(policy.number());
		assertThat(report.document().insurerName()).isEqualTo(PolicySamples.INSURER_NAME);
	}

	@Test
	void aFlippedByteIsModifiedAfterSigning() {
		byte[] flipped = genuine.clone();
		int at = indexOf(genuine, "stream".getBytes(), genuine.length / 4) + 40;
		flipped[at] ^= 0x20;
		assertReasons(flipped, VerificationReason.MODIFIED_AFTER_SIGNING, VerificationReason.NOT_ISSUED_BY_PLATFORM);
	}

	@Test
	void aPageAddedByAnIncrementalUpdateIsDetected() throws Exception {
		try (var document = Loader.loadPDF(genuine)) {
			document.addPage(new PDPage());
			document.getPages().getCOSObject().setNeedToBeUpdated(true);
			document.getDocumentCatalog().getCOSObject().setNeedToBeUpdated(true);
			var out = new ByteArrayOutputStream();
			document.saveIncremental(out);
			assertReasons(out.toByteArray(), VerificationReason.INCREMENTAL_UPDATE, VerificationReason.NOT_ISSUED_BY_PLATFORM);
		}
	}

	@Test
	void aSignerNotOnFileIsUnknown() {
		assertReasons(signedLike(key("冒名保险公司", 365)), VerificationReason.UNKNOWN_SIGNER,
				VerificationReason.NOT_ISSUED_BY_PLATFORM);
	}

	@Test
	void aCertificateExpiredAtSigningTimeIsReported() {
		TestKey shortLived = key("新疆保险公司", 1);
		seals.register(INSURER, shortLived.pem().getBytes());
		clock.advance(Duration.ofDays(3));
		assertReasons(signedLike(shortLived), VerificationReason.CERTIFICATE_EXPIRED,
				VerificationReason.NOT_ISSUED_BY_PLATFORM);
	}

	@Test
	void aCertificateRevokedBeforeSigningIsReported() {
		TestKey revoked = key("新疆保险公司", 365);
		long id = seals.register(INSURER, revoked.pem().getBytes()).id();
		seals.revoke(INSURER, id, "私钥泄露");
		clock.advance(Duration.ofMinutes(5));
		assertReasons(signedLike(revoked), VerificationReason.CERTIFICATE_REVOKED,
				VerificationReason.NOT_ISSUED_BY_PLATFORM);
	}

	@Test
	void aGenuinePolicyResignedBySomeoneElseIsRejected() throws Exception {
		TestKey stranger = key("冒名保险公司", 365);
		try (var document = Loader.loadPDF(genuine); var options = new SignatureOptions()) {
			var signature = new PDSignature();
			signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
			signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
			options.setPreferredSignatureSize(16 * 1024);
			document.addSignature(signature, options);
			var out = new ByteArrayOutputStream();
			var external = document.saveIncrementalForExternalSigning(out);
			external.setSignature(sign(external.getContent().readAllBytes(), stranger));
			assertReasons(out.toByteArray(), VerificationReason.INCREMENTAL_UPDATE, VerificationReason.UNKNOWN_SIGNER,
					VerificationReason.NOT_ISSUED_BY_PLATFORM);
		}
	}

	@Test
	void unsignedAndUnreadableFilesAreNeverValid() {
		assertReasons(layout.render(policy), VerificationReason.NOT_SIGNED, VerificationReason.NOT_ISSUED_BY_PLATFORM);
		assertReasons("%PDF-1.7 nothing here".getBytes(), VerificationReason.UNREADABLE);
		assertReasons(java.util.Arrays.copyOf(genuine, genuine.length / 2), VerificationReason.MODIFIED_AFTER_SIGNING,
				VerificationReason.NOT_ISSUED_BY_PLATFORM);
	}

	@Test
	void aRevocationAfterIssueKeepsEarlierPoliciesValid() {
		long id = seals.findOnFile(INSURER, insurerKey.certificate()).orElseThrow().id();
		clock.advance(Duration.ofDays(1));
		seals.revoke(INSURER, id, "换证");
		assertThat(verifier.verify(genuine).verified()).isTrue();
	}

	/** The same policy, rendered and signed outside the platform with {@code key} at the clock's time. */
	private byte[] signedLike(TestKey key) {
		PreparedPdf prepared = preparer.prepare(layout.draw(policy), policy.insurerName(), clock.instant());
		return prepared.embed(sign(prepared.signedContent(), key));
	}

	private static byte[] sign(byte[] content, TestKey key) {
		return CmsSignatures.sign(content, List.of(key.certificate()), key.signatureAlgorithm(), data -> {
			try {
				var signature = Signature.getInstance(key.signatureAlgorithm());
				signature.initSign(key.privateKey());
				signature.update(data);
				return signature.sign();
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		});
	}

	private TestKey key(String name, int days) {
		return TestCertificates.seal(name, clock.instant().minus(Duration.ofDays(1)), clock.instant().plus(Duration.ofDays(days)));
	}

	private void assertReasons(byte[] pdf, VerificationReason... expected) {
		var report = verifier.verify(pdf);
		assertThat(report.verified()).isFalse();
		assertThat(report.reasons()).containsExactly(expected);
	}

	private static int indexOf(byte[] data, byte[] pattern, int from) {
		outer: for (int i = from; i < data.length - pattern.length; i++) {
			for (int j = 0; j < pattern.length; j++) {
				if (data[i + j] != pattern[j]) {
					continue outer;
				}
			}
			return i;
		}
		throw new IllegalArgumentException("pattern not found");
	}

}
