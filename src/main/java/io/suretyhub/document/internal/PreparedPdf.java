package io.suretyhub.document.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

import io.suretyhub.document.SigningRefused;

/**
 * A PDF whose signature is reserved but empty: {@code /Contents} is a run of zeros between
 * {@code byteRange[1]} and {@code byteRange[2]}; everything else is what gets signed.
 */
record PreparedPdf(byte[] bytes, long[] byteRange) {

	/** The signed bytes: both parts of the byte range, in order. */
	byte[] signedContent() {
		int first = (int) byteRange[1];
		int second = (int) byteRange[3];
		byte[] content = new byte[first + second];
		System.arraycopy(bytes, 0, content, 0, first);
		System.arraycopy(bytes, (int) byteRange[2], content, first, second);
		return content;
	}

	/** SHA-256 of {@link #signedContent()}: the CMS message-digest. */
	byte[] digest() {
		return sha256(signedContent());
	}

	/** The document with {@code cms} written into the reserved space; this prepared document is unchanged. */
	byte[] embed(byte[] cms) {
		byte[] hex = HexFormat.of().formatHex(cms).toUpperCase().getBytes(StandardCharsets.US_ASCII);
		int capacity = (int) (byteRange[2] - byteRange[1] - 2);
		if (hex.length > capacity) {
			throw new SigningRefused(SigningRefused.Reason.SIGNATURE_TOO_LARGE, cms.length, capacity / 2);
		}
		byte[] signed = bytes.clone();
		System.arraycopy(hex, 0, signed, (int) byteRange[1] + 1, hex.length);
		return signed;
	}

	/**
	 * Whether {@code signed} is exactly this document with {@code cms} in the reserved space: the byte range
	 * starts the file and ends it, the signed parts are unchanged, and {@code /Contents} holds the CMS in hex
	 * followed only by zeros. Checked on the bytes, without parsing the PDF again.
	 */
	boolean isSignedWith(byte[] signed, byte[] cms) {
		int first = (int) byteRange[1];
		int second = (int) byteRange[2];
		if (signed.length != bytes.length || byteRange[0] != 0 || byteRange[2] + byteRange[3] != signed.length
				|| signed[first] != '<' || signed[second - 1] != '>'
				|| !Arrays.equals(signed, 0, first, bytes, 0, first)
				|| !Arrays.equals(signed, second, signed.length, bytes, second, bytes.length)) {
			return false;
		}
		byte[] hex = HexFormat.of().formatHex(cms).toUpperCase().getBytes(StandardCharsets.US_ASCII);
		if (!Arrays.equals(signed, first + 1, first + 1 + hex.length, hex, 0, hex.length)) {
			return false;
		}
		for (int i = first + 1 + hex.length; i < second - 1; i++) {
			if (signed[i] != '0') {
				return false;
			}
		}
		return true;
	}

	static byte[] sha256(byte[] data) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(data);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
