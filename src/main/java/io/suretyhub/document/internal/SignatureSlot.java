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

	private static final String PLACEHOLDER = "/ByteRange [0 1000000000 1000000000 1000000000]";

	private static final String CONTENTS = "/Contents <";

	private SignatureSlot() {
	}

	/** {@code pdf} with its byte range filled in, as a prepared document; {@code pdf} itself is changed. */
	static PreparedPdf fill(byte[] pdf, int reservedBytes) {
		String text = new String(pdf, StandardCharsets.ISO_8859_1);
		int range = only(text, PLACEHOLDER);
		int open = only(text, CONTENTS) + CONTENTS.length() - 1;
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
		Arrays.fill(pdf, range, range + PLACEHOLDER.length(), (byte) ' ');
		System.arraycopy(filled, 0, pdf, range, filled.length);
		return new PreparedPdf(pdf, byteRange);
	}

	private static int only(String pdf, String pattern) {
		int found = pdf.indexOf(pattern);
		if (found < 0 || pdf.indexOf(pattern, found + 1) >= 0) {
			throw new IllegalStateException("Expected one " + pattern + " in the PDF");
		}
		return found;
	}

	private static byte[] ascii(String text) {
		return text.getBytes(StandardCharsets.US_ASCII);
	}

}
