package io.suretyhub.seal.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import io.suretyhub.seal.CertificateRefused;
import io.suretyhub.seal.CertificateRefused.Reason;
import io.suretyhub.testing.TestCertificates;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("R-POL-5: only certificates fit to seal policies are put on file")
class CertificateInspectionTests {

	static final Instant NOW = Instant.parse("2026-11-23T01:00:00Z");

	static final Instant YEAR_AGO = NOW.minus(Duration.ofDays(365));

	static final Instant IN_A_YEAR = NOW.plus(Duration.ofDays(365));

	static final int SIGNING = KeyUsage.digitalSignature | KeyUsage.nonRepudiation;

	@Test
	void acceptsEcP256AsPemAndDer() throws Exception {
		var key = TestCertificates.seal("Insurer", YEAR_AGO, IN_A_YEAR);
		assertThat(CertificateInspector.inspect(key.pem().getBytes(StandardCharsets.US_ASCII), NOW).keyType())
			.isEqualTo("EC P-256");
		var inspected = CertificateInspector.inspect(key.certificate().getEncoded(), NOW);
		assertThat(inspected.chain()).containsExactly(key.certificate());
		assertThat(inspected.fingerprint()).hasSize(64);
	}

	@Test
	void acceptsP384Rsa2048AndSm2() {
		assertThat(inspect(TestCertificates.ec("secp384r1"), SIGNING, false)).isEqualTo("EC P-384");
		assertThat(inspect(TestCertificates.rsa(2048), KeyUsage.nonRepudiation, false)).isEqualTo("RSA 2048");
		assertThat(inspect(TestCertificates.ec("sm2p256v1"), SIGNING, false)).isEqualTo("SM2");
	}

	@Test
	void refusesWithThePreciseReason() {
		assertRefused(() -> inspect(TestCertificates.rsa(1024), SIGNING, false), Reason.RSA_KEY_TOO_SHORT);
		assertRefused(() -> inspect(TestCertificates.ec("secp256k1"), SIGNING, false), Reason.EC_CURVE_UNSUPPORTED);
		assertRefused(() -> inspect(TestCertificates.ec("secp256r1"), 0, false), Reason.KEY_USAGE_MISSING);
		assertRefused(() -> inspect(TestCertificates.ec("secp256r1"), KeyUsage.keyAgreement, false),
				Reason.KEY_USAGE_NOT_FOR_SIGNING);
		assertRefused(() -> inspect(TestCertificates.ec("secp256r1"), SIGNING | KeyUsage.keyCertSign, true),
				Reason.CA_CERTIFICATE);
	}

	@Test
	void refusesCertificatesOutsideTheirValidityWindow() {
		var expired = TestCertificates.seal("Old", YEAR_AGO, NOW.minusSeconds(1));
		var future = TestCertificates.seal("Future", NOW.plusSeconds(60), IN_A_YEAR);
		assertRefused(() -> CertificateInspector.inspect(expired.pem().getBytes(), NOW), Reason.EXPIRED);
		assertRefused(() -> CertificateInspector.inspect(future.pem().getBytes(), NOW), Reason.NOT_YET_VALID);
	}

	@Test
	void refusesGarbageAndPrivateKeys() {
		var key = TestCertificates.seal("Insurer", YEAR_AGO, IN_A_YEAR);
		String withKey = key.pem() + TestCertificates.pem(key.privateKey());
		assertRefused(() -> CertificateInspector.inspect("not a certificate".getBytes(), NOW), Reason.UNREADABLE);
		assertRefused(() -> CertificateInspector.inspect(new byte[0], NOW), Reason.UNREADABLE);
		assertRefused(() -> CertificateInspector.inspect(withKey.getBytes(), NOW), Reason.PRIVATE_KEY_INCLUDED);
	}

	private static String inspect(java.security.KeyPair keys, int usage, boolean ca) {
		var key = TestCertificates.certificate("Insurer", keys, YEAR_AGO, IN_A_YEAR, usage, ca);
		return CertificateInspector.inspect(key.pem().getBytes(), NOW).keyType();
	}

	private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, Reason reason) {
		assertThatThrownBy(call).isInstanceOfSatisfying(CertificateRefused.class,
				refused -> assertThat(refused.reason()).isEqualTo(reason));
	}

}
