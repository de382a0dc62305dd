package io.suretyhub.document.internal;

import java.io.OutputStream;
import java.util.Arrays;

/**
 * An unsynchronised in-memory output stream for saving PDFs: PDFBox writes many values (the reserved
 * signature's hex digits above all) a byte at a time, which {@code ByteArrayOutputStream} locks for.
 */
final class PdfBuffer extends OutputStream {

	private byte[] bytes;

	private int size;

	PdfBuffer(int capacity) {
		this.bytes = new byte[capacity];
	}

	@Override
	public void write(int b) {
		ensure(1);
		bytes[size++] = (byte) b;
	}

	@Override
	public void write(byte[] b, int offset, int length) {
		ensure(length);
		System.arraycopy(b, offset, bytes, size, length);
		size += length;
	}

	byte[] toByteArray() {
		return Arrays.copyOf(bytes, size);
	}

	private void ensure(int more) {
		if (size + more > bytes.length) {
			bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
		}
	}

}
