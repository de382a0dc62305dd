package io.suretyhub.document.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Finds the signature PDFBox reserves ({@code /Contents <00…>} and the placeholder
 * {@code /ByteRange [0 1000000000 1000000000 1000000000]}) in a document saved in one piece without object
 * streams, and writes the real byte range over the placeholder. Lengths do not change, so the
 * cross-reference table stays right.
 */
final class SignatureSlot {

	private static final byte[] PLACEHOLDER = ascii("/ByteRange [0 1000000000 1000000000 1000000000]");

	private static final byte[] CONTENTS = ascii("/Contents <");

	private SignatureSlot() {
	}

	/** {@code pdf} with its byte range filled in, as a prepared document; {@code pdf} itself is changed. */
	static PreparedPdf fill(byte[] pdf, int reservedBytes) {
		int range = only(pdf, PLACEHOLDER);
		int open = only(pdf, CONTENTS) + CONTENTS.length - 1;
		int close = open + 1 + 2 * reservedBytes;
		if (close >= pdf.length || pdf[close] != '>') {
			throw new IllegalStateException("The reserved signature is not where PDFBox puts it");
		}
		for (int i = open + 1; i < close; i++) {
			if (pdf[i] != '0') {
				throw new IllegalStateException("The reserved signature is not empty");
			}
		}
		long[] byteRange = { 0, open, close + 1, pdf.length - (close + 1) };
		byte[] filled = ascii("/ByteRange [0 " + byteRange[1] + " " + byteRange[2] + " " + byteRange[3] + "]");
		Arrays.fill(pdf, range, range + PLACEHOLDER.length, (byte) ' ');
		System.arraycopy(filled, 0, pdf, range, filled.length);
		return new PreparedPdf(pdf, byteRange);
	}

	/** Where {@code pattern} is in {@code pdf}, which must hold it exactly once (searched in the bytes, not copied). */
	private static int only(byte[] pdf, byte[] pattern) {
		int found = indexOf(pdf, pattern, 0);
		if (found < 0 || indexOf(pdf, pattern, found + 1) >= 0) {
			throw new IllegalStateException("Expected one " + new String(pattern, StandardCharsets.US_ASCII) + " in the PDF");
		}
		return found;
	}

	private static int indexOf(byte[] data, byte[] pattern, int from) {
		for (int i = from; i <= data.length - pattern.length; i++) {
			if (data[i] == pattern[0] && Arrays.equals(data, i, i + pattern.length, pattern, 0, pattern.length)) {
				return i;
			}
		}
		return -1;
	}

	private static byte[] ascii(String text) {
		return text.getBytes(StandardCharsets.US_ASCII);
	}

}
