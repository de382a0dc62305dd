package io.suretyhub.document.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import io.suretyhub.document.DocumentFont;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.stereotype.Component;

/**
 * The CJK font shipped in the jar (Noto Serif SC, subset to GB 2312; {@code fonts/OFL.txt}), parsed
 * once; every document embeds only the glyphs it uses.
 */
@Component
class CjkFont implements DocumentFont {

	static final String RESOURCE = "/fonts/NotoSerifSC-Regular-GB2312.ttf";

	private final TrueTypeFont font;

	private final CmapLookup cmap;

	private final float[] widths = new float[Character.MAX_VALUE + 1];

	CjkFont() {
		try (InputStream in = CjkFont.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("The CJK font is missing from the jar: " + RESOURCE);
			}
			this.font = new TTFParser().parse(new RandomAccessReadBuffer(in));
			this.cmap = font.getUnicodeCmapLookup();
			font.getGlyph();
			font.getHorizontalMetrics();
			try (var probe = new PDDocument()) {
				PDType0Font embedded = PDType0Font.load(probe, font, true);
				for (char c = 0; c < Character.MAX_VALUE; c++) {
					if (!Character.isSurrogate(c) && cmap.getGlyphId(c) != 0) {
						widths[c] = embedded.getStringWidth(String.valueOf(c));
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the CJK font", ex);
		}
	}

	/** The font for one document, embedded as a subset when the document is saved. */
	@Override
	public PDType0Font embed(PDDocument document) {
		try {
			return PDType0Font.load(document, font, true);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The width of {@code text} in thousandths of the font size, as {@code PDFont.getStringWidth} gives
	 * it for the embedded font (looked up once per character at start; basic plane only).
	 */
	float width(String text) {
		float width = 0;
		for (int i = 0; i < text.length(); i++) {
			width += widths[text.charAt(i)];
		}
		return width;
	}

	@Override
	public List<String> wrap(String text, float fontSize, float width) {
		return LineBreaker.wrap(text, width, token -> width(token) / 1000 * fontSize);
	}

	/** The first character of {@code text} the font cannot show, or -1. */
	int firstMissing(String text) {
		return text.codePoints()
			.filter(c -> !Character.isWhitespace(c) && cmap.getGlyphId(c) == 0)
			.findFirst()
			.orElse(-1);
	}

}
