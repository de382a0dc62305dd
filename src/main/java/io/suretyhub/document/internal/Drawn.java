package io.suretyhub.document.internal;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * A drawn, not yet saved document and where its seal goes. Whoever receives it saves and closes it.
 *
 * @param document the document, open
 * @param sealPage index of the page that carries the seal
 * @param sealX left of the seal square
 * @param sealY bottom of the seal square
 * @param sealSize side of the seal square, in points
 */
record Drawn(PDDocument document, int sealPage, float sealX, float sealY, float sealSize) implements AutoCloseable {

	@Override
	public void close() {
		try {
			document.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
