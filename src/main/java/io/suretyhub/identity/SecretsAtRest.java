package io.suretyhub.identity;

/**
 * Encryption of secrets at rest (AES-256-GCM under the platform's secret key), for any module that
 * must keep a secret it later needs in clear (e.g. the open API's HMAC secrets). The {@code owner} is
 * bound to the ciphertext as associated data, so a ciphertext cannot be moved to another row.
 */
public interface SecretsAtRest {

	byte[] encrypt(byte[] plain, String owner);

	/** @throws IllegalStateException when the data were altered or belong to another owner */
	byte[] decrypt(byte[] sealed, String owner);

}
