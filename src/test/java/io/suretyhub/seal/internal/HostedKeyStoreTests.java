package io.suretyhub.seal.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.Signature;
import java.time.Duration;
import java.util.NoSuchElementException;

import io.suretyhub.seal.KeyType;
import io.suretyhub.testing.MutableClock;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("R-POL-5: hosted keys and the DEMO CA live in the data directory and survive a restart")
class HostedKeyStoreTests {

	@TempDir
	Path directory;

	final MutableClock clock = MutableClock.at("2026-11-23T09:00:00");

	@Test
	void aHostedKeySignsWithItsCertificateAfterARestart() throws Exception {
		var settings = new SealSettings(directory.toString(), "", true, Duration.ofDays(730), "pkcs12",
				new SealSettings.Pkcs11("", -1, ""));
		var ca = new DemoCertificateAuthority(new SealDataDirectory(settings), clock);
		var keys = new KeyStoreSigningKeys(new SealDataDirectory(settings));
		var chain = keys.generate("seal-1", KeyType.EC_P256, key -> ca.issue(key, "新疆保险公司", Duration.ofDays(730)));

		var reopened = new KeyStoreSigningKeys(new SealDataDirectory(settings));
		byte[] signature = reopened.sign("seal-1", "SHA256withECDSA", "保单".getBytes());
		var verifier = Signature.getInstance("SHA256withECDSA");
		verifier.initVerify(chain.get(0));
		verifier.update("保单".getBytes());

		assertThat(verifier.verify(signature)).isTrue();
		assertThat(chain.get(1)).isEqualTo(new DemoCertificateAuthority(new SealDataDirectory(settings), clock).certificate());
		chain.get(0).verify(ca.certificate().getPublicKey());
		assertThat(chain.get(0).getKeyUsage()[0]).isTrue();
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(directory.resolve("hosted-keys.p12"))))
			.isEqualTo("rw-------");
		assertThatThrownBy(() -> reopened.sign("seal-2", "SHA256withECDSA", new byte[1]))
			.isInstanceOf(NoSuchElementException.class);
	}

}
