package io.suretyhub.document.internal;

import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.util.Matrix;

/**
 * The visible seal: a red circle with the insurer's name along its upper arc, a five-pointed star in
 * the middle and the seal's purpose below it, drawn as vector graphics.
 */
final class SealAppearance {

	private static final float[] RED = { 0.84f, 0.07f, 0.09f };

	private static final double ARC = Math.toRadians(250);

	private SealAppearance() {
	}

	static PDAppearanceDictionary draw(PDDocument document, CjkFont cjk, String name, String purpose, float size)
			throws IOException {
		CjkFace font = cjk.smallFace();
		var stream = new PDAppearanceStream(document);
		stream.setBBox(new PDRectangle(size, size));
		stream.setResources(new PDResources());
		try (var content = new PDPageContentStream(document, stream)) {
			float c = size / 2;
			float radius = size / 2 - size * 0.03f;
			content.setStrokingColor(RED[0], RED[1], RED[2]);
			content.setNonStrokingColor(RED[0], RED[1], RED[2]);
			content.setLineWidth(size * 0.035f);
			circle(content, c, c, radius);
			content.stroke();
			star(content, c, c, radius * 0.27f);
			content.fill();
			float purposeSize = radius * 0.15f;
			float width = cjk.width(purpose) / 1000 * purposeSize;
			text(content, font, purpose, purposeSize, Matrix.getTranslateInstance(c - width / 2, c - radius * 0.58f));
			name(content, cjk, font, name, c, radius);
		}
		font.embed(document, List.of(stream.getResources()));
		var appearance = new PDAppearanceDictionary();
		appearance.setNormalAppearance(stream);
		return appearance;
	}

	private static void name(PDPageContentStream content, CjkFont cjk, CjkFace font, String name, float c, float radius)
			throws IOException {
		int count = name.codePointCount(0, name.length());
		float textRadius = radius * 0.74f;
		float fontSize = (float) Math.min(radius * 0.24f, textRadius * ARC / count * 0.92f);
		double start = Math.PI / 2 + ARC / 2;
		int i = 0;
		for (int offset = 0; offset < name.length(); i++) {
			String glyph = new String(Character.toChars(name.codePointAt(offset)));
			offset += glyph.length();
			double angle = start - (i + 0.5) * ARC / count;
			float width = cjk.width(glyph) / 1000 * fontSize;
			double rotation = angle - Math.PI / 2;
			double ox = -width / 2;
			double oy = -fontSize * 0.35;
			float x = (float) (c + (textRadius) * Math.cos(angle) + ox * Math.cos(rotation) - oy * Math.sin(rotation));
			float y = (float) (c + (textRadius) * Math.sin(angle) + ox * Math.sin(rotation) + oy * Math.cos(rotation));
			text(content, font, glyph, fontSize, Matrix.getRotateInstance(rotation, x, y));
		}
	}

	private static void text(PDPageContentStream content, CjkFace font, String text, float size, Matrix matrix)
			throws IOException {
		content.beginText();
		content.setTextMatrix(matrix);
		font.showText(content, text, size);
		content.endText();
	}

	private static void circle(PDPageContentStream content, float cx, float cy, float r) throws IOException {
		float k = 0.5523f * r;
		content.moveTo(cx + r, cy);
		content.curveTo(cx + r, cy + k, cx + k, cy + r, cx, cy + r);
		content.curveTo(cx - k, cy + r, cx - r, cy + k, cx - r, cy);
		content.curveTo(cx - r, cy - k, cx - k, cy - r, cx, cy - r);
		content.curveTo(cx + k, cy - r, cx + r, cy - k, cx + r, cy);
		content.closePath();
	}

	private static void star(PDPageContentStream content, float cx, float cy, float r) throws IOException {
		float inner = r * 0.382f;
		for (int i = 0; i < 10; i++) {
			double angle = Math.PI / 2 + i * Math.PI / 5;
			float radius = i % 2 == 0 ? r : inner;
			float x = (float) (cx + radius * Math.cos(angle));
			float y = (float) (cy + radius * Math.sin(angle));
			if (i == 0) {
				content.moveTo(x, y);
			}
			else {
				content.lineTo(x, y);
			}
		}
		content.closePath();
	}

}
