package io.suretyhub.statistics.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import io.suretyhub.document.DocumentFont;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.stereotype.Component;

/** Lays out a report on A4 pages: a centred title, then paragraphs with a two-character indent, wrapped. */
@Component
public class ReportPdf {

	private static final float MARGIN = 72;

	private static final float SIZE = 12;

	private static final float LEADING = 22;

	private final DocumentFont font;

	ReportPdf(DocumentFont font) {
		this.font = font;
	}

	/** A paragraph; {@code heading} ones are not indented. */
	public record Paragraph(String text, boolean heading) {
	}

	public byte[] render(String title, List<Paragraph> paragraphs) {
		try (PDDocument document = new PDDocument(); var out = new ByteArrayOutputStream()) {
			PDType0Font cjk = font.embed(document);
			document.getDocumentInformation().setTitle(title);
			float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
			Writer writer = new Writer(document, cjk);
			float titleWidth = cjk.getStringWidth(title) / 1000 * 18;
			writer.line(title, 18, MARGIN + Math.max(0, (width - titleWidth) / 2));
			writer.y -= LEADING / 2;
			for (Paragraph paragraph : paragraphs) {
				String text = paragraph.heading() ? paragraph.text() : "\u3000\u3000" + paragraph.text();
				for (String line : font.wrap(text, SIZE, width)) {
					writer.line(line, SIZE, MARGIN);
				}
			}
			writer.close();
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static final class Writer {

		private final PDDocument document;

		private final PDType0Font font;

		private PDPageContentStream stream;

		private float y;

		Writer(PDDocument document, PDType0Font font) {
			this.document = document;
			this.font = font;
		}

		void line(String text, float size, float x) throws IOException {
			if (stream == null || y < MARGIN) {
				close();
				PDPage page = new PDPage(PDRectangle.A4);
				document.addPage(page);
				stream = new PDPageContentStream(document, page);
				y = PDRectangle.A4.getHeight() - MARGIN;
			}
			stream.beginText();
			stream.setFont(font, size);
			stream.newLineAtOffset(x, y);
			stream.showText(text);
			stream.endText();
			y -= LEADING;
		}

		void close() throws IOException {
			if (stream != null) {
				stream.close();
				stream = null;
			}
		}

	}

}
