package io.suretyhub.document.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.util.Matrix;

/**
 * Draws a QR code as vector squares (sharp at any zoom, no image): a form in module units, one rectangle
 * per run of dark modules in a row, scaled into place. The mask pattern is fixed rather than chosen by
 * scoring all eight (a third of the rendering time); any mask reads the same.
 */
final class QrCode {

	private QrCode() {
	}

	static void draw(PDDocument document, PDPageContentStream content, String text, float x, float y, float size)
			throws IOException {
		BitMatrix matrix;
		try {
			matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
					Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 0,
							EncodeHintType.QR_MASK_PATTERN, 2));
		}
		catch (WriterException ex) {
			throw new IllegalArgumentException("Cannot encode a QR code for " + text, ex);
		}
		int width = matrix.getWidth();
		var runs = new StringBuilder(4096).append("0 g\n");
		for (int row = 0; row < matrix.getHeight(); row++) {
			int bottom = matrix.getHeight() - 1 - row;
			for (int column = 0; column < width; column++) {
				if (matrix.get(column, row)) {
					int start = column;
					while (column + 1 < width && matrix.get(column + 1, row)) {
						column++;
					}
					runs.append(start).append(' ').append(bottom).append(' ').append(column + 1 - start).append(" 1 re\n");
				}
			}
		}
		var form = new PDFormXObject(document);
		form.setBBox(new PDRectangle(width, matrix.getHeight()));
		try (OutputStream out = form.getContentStream().createOutputStream(COSName.FLATE_DECODE)) {
			out.write(runs.append("f\n").toString().getBytes(StandardCharsets.US_ASCII));
		}
		content.saveGraphicsState();
		content.transform(new Matrix(size / width, 0, 0, size / matrix.getHeight(), x, y));
		content.drawForm(form);
		content.restoreGraphicsState();
	}

}
