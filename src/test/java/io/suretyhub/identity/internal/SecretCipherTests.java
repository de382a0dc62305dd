package io.suretyhub.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretCipherTests {

	final SecretCipher cipher = new SecretCipher(SecretKeys.resolve("", ""));

	@Test
	void roundTripsAndNeverRepeatsACiphertext() {
		byte[] secret = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
		byte[] once = cipher.encrypt(secret, "account:1");
		byte[] twice = cipher.encrypt(secret, "account:1");
		assertThat(once).isNotEqualTo(twice);
		assertThat(cipher.decrypt(once, "account:1")).isEqualTo(secret);
	}

	@Test
	void refusesAlteredDataAndAnotherOwnersCiphertext() {
		byte[] sealed = cipher.encrypt(new byte[20], "account:1");
		assertThatThrownBy(() -> cipher.decrypt(sealed, "account:2")).isInstanceOf(IllegalStateException.class);
		sealed[sealed.length - 1] ^= 1;
		assertThatThrownBy(() -> cipher.decrypt(sealed, "account:1")).isInstanceOf(IllegalStateException.class);
	}

	@Test
	void configuredKeyMustBe32BytesOfBase64() {
		String key = Base64.getEncoder().encodeToString(new byte[32]);
		assertThat(SecretKeys.resolve(key, "ignored").getEncoded()).hasSize(32);
		assertThatThrownBy(() -> SecretKeys.resolve(Base64.getEncoder().encodeToString(new byte[16]), ""))
			.isInstanceOf(IllegalStateException.class);
		assertThatThrownBy(() -> SecretKeys.resolve("not base64!", "")).isInstanceOf(IllegalStateException.class);
	}

	@Test
	void withoutConfigurationADemoKeyIsKeptNextToTheDatabase(@TempDir Path data) throws Exception {
		String dataDir = data.resolve("postgres").toString();
		byte[] first = SecretKeys.resolve(null, dataDir).getEncoded();
		Path file = data.resolve("secret.key");
		assertThat(file).exists();
		assertThat(Files.getPosixFilePermissions(file)).hasSize(2);
		assertThat(SecretKeys.resolve(null, dataDir).getEncoded()).isEqualTo(first);
	}

}
