package io.suretyhub.document;

import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

/**
 * A policy prepared for the insurer's own system to sign.
 *
 * @param id the request's id
 * @param number the policy number
 * @param insurerId the insurer that must sign
 * @param digest SHA-256 over the prepared PDF's byte range: the value the CMS {@code message-digest}
 * signed attribute must carry
 * @param byteRange the PDF {@code /ByteRange}: offset and length of the two signed parts
 * @param preparedAt when it was prepared (the signature dictionary's {@code /M})
 * @param expiresAt after this the signature is refused and the policy must be prepared again
 */
public record RemoteSigning(UUID id, String number, long insurerId, byte[] digest, long[] byteRange,
		Instant preparedAt, Instant expiresAt) {

	public static final String DIGEST_ALGORITHM = "SHA-256";

	public RemoteSigning {
		digest = digest.clone();
		byteRange = byteRange.clone();
	}

	@Override
	public byte[] digest() {
		return digest.clone();
	}

	@Override
	public long[] byteRange() {
		return byteRange.clone();
	}

	public String digestHex() {
		return HexFormat.of().formatHex(digest);
	}

}
