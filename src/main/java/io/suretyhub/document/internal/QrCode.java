package io.suretyhub.document.internal;

import java.io.IOException;
import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * Draws a QR code as vector squares (sharp at any zoom, no image). The mask pattern is fixed rather
 * than chosen by scoring all eight (a third of the rendering time); any mask reads the same.
 */
final class QrCode {

	private QrCode() {
	}

	static void draw(PDPageContentStream content, String text, float x, float y, float size) throws IOException {
		BitMatrix matrix;
		try {
			matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
					Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 0,
							EncodeHintType.QR_MASK_PATTERN, 2));
		}
		catch (WriterException ex) {
			throw new IllegalArgumentException("Cannot encode a QR code for " + text, ex);
		}
		float module = size / matrix.getWidth();
		content.setNonStrokingColor(0f, 0f, 0f);
		for (int row = 0; row < matrix.getHeight(); row++) {
			for (int column = 0; column < matrix.getWidth(); column++) {
				if (matrix.get(column, row)) {
					content.addRect(x + column * module, y + size - (row + 1) * module, module, module);
				}
			}
		}
		content.fill();
	}

}
