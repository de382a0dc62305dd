package io.suretyhub.seal;

/**
 * What the platform puts into a certificate for a key it holds.
 *
 * @param subjectName the insurer's name as it appears in the certificate's subject (CN and O)
 * @param keyType the kind of key to make
 */
public record HostedKeyRequest(String subjectName, KeyType keyType) {

	public HostedKeyRequest {
		if (subjectName == null || subjectName.isBlank()) {
			throw new IllegalArgumentException("A subject name is required");
		}
		keyType = keyType == null ? KeyType.EC_P256 : keyType;
	}

}
