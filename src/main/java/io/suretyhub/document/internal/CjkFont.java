package io.suretyhub.document.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.IntUnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import io.suretyhub.document.DocumentFont;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.stereotype.Component;

/**
 * The CJK font shipped in the jar (Noto Serif SC, subset to GB 2312; {@code fonts/OFL.txt}), parsed
 * once. The platform's own documents draw with one shared, never-saved font and embed only the glyphs
 * they use ({@link CjkFace}); other modules get a PDFBox subset font ({@link #embed}).
 */
@Component
class CjkFont implements DocumentFont {

	static final String RESOURCE = "/fonts/NotoSerifSC-Regular-GB2312.ttf";

	private static final String WORDING = "/i18n/document.properties";

	private static final String COMMON = IntStream.rangeClosed(0x20, 0x7E)
		.mapToObj(Character::toString)
		.collect(Collectors.joining()) + "零壹贰叁肆伍陆柒捌玖拾佰仟万亿元角分整年月日时至，。：；、（）《》“”￥□✓";

	private final TrueTypeFont font;

	private final CmapLookup cmap;

	private final GlyphSubset glyphs;

	private final PDType0Font shared;

	private final PDType0Font extra;

	private final FontPrograms common;

	private final Map<BitSet, FontPrograms> small = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<BitSet, FontPrograms> eldest) {
			return size() > 256;
		}

	});

	private final int[] advances;

	private final float[] widths = new float[Character.MAX_VALUE + 1];

	CjkFont() {
		try (InputStream in = CjkFont.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("The CJK font is missing from the jar: " + RESOURCE);
			}
			byte[] bytes = in.readAllBytes();
			this.font = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
			this.cmap = font.getUnicodeCmapLookup();
			this.glyphs = new GlyphSubset(bytes);
			font.getGlyph();
			float scale = 1000f / font.getHeader().getUnitsPerEm();
			this.advances = new int[glyphs.glyphCount()];
			for (int gid = 0; gid < advances.length; gid++) {
				advances[gid] = Math.round(font.getHorizontalMetrics().getAdvanceWidth(gid) * scale);
			}
			this.shared = PDType0Font.load(new PDDocument(), font, false);
			this.extra = PDType0Font.load(new PDDocument(), font, false);
			for (char c = 0; c < Character.MAX_VALUE; c++) {
				if (!Character.isSurrogate(c) && cmap.getGlyphId(c) != 0) {
					widths[c] = shared.getStringWidth(String.valueOf(c));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the CJK font", ex);
		}
		this.common = commonPrograms();
	}

	/** The glyphs of the documents' own wording (every value of {@code i18n/document.properties}), ASCII and amounts in words. */
	private FontPrograms commonPrograms() {
		var text = new StringBuilder(COMMON);
		try (var in = CjkFont.class.getResourceAsStream(WORDING)) {
			var wording = new Properties();
			wording.load(new InputStreamReader(in, StandardCharsets.UTF_8));
			wording.values().forEach(text::append);
		}
		catch (IOException | NullPointerException ex) {
			throw new IllegalStateException("Cannot read the documents' wording " + WORDING, ex);
		}
		var glyphs = new BitSet();
		var unicode = new HashMap<Integer, Integer>();
		text.codePoints().forEach(c -> {
			int gid = cmap.getGlyphId(c);
			if (gid != 0 && unicode.putIfAbsent(gid, c) == null) {
				glyphs.set(gid);
			}
		});
		return FontPrograms.of(this, glyphs, unicode::get);
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

	/** The glyphs of one document; see {@link CjkFace}. */
	CjkFace face() {
		return new CjkFace(this, true);
	}

	/** The glyphs of a drawing with few characters (a seal): all embedded as extra glyphs. */
	CjkFace smallFace() {
		return new CjkFace(this, false);
	}

	/** The font shared by all documents for the common characters (never saved itself). */
	PDType0Font shared() {
		return shared;
	}

	/** The font shared by all documents for other characters (never saved itself). */
	PDType0Font extra() {
		return extra;
	}

	/** The embedded form of a few glyphs (a seal's), made once per glyph set while it is among the last 256 used. */
	FontPrograms small(BitSet glyphs, IntUnaryOperator unicode) {
		FontPrograms programs = small.get(glyphs);
		if (programs == null) {
			programs = FontPrograms.of(this, glyphs, unicode);
			small.put(programs.glyphs(), programs);
		}
		return programs;
	}

	/** The embedded form of the common characters, made once. */
	FontPrograms common() {
		return common;
	}

	GlyphSubset glyphs() {
		return glyphs;
	}

	int glyphId(int codePoint) {
		return cmap.getGlyphId(codePoint);
	}

	/** The advance of a glyph in thousandths of the font size, as in PDFBox's {@code /W} arrays. */
	int advance(int gid) {
		return advances[gid];
	}

	/** A fresh copy of the shared font's descriptor without its font file. */
	COSDictionary descriptor() {
		COSDictionary descriptor = (COSDictionary) copy(cidFont().getDictionaryObject(COSName.FONT_DESC));
		descriptor.removeItem(COSName.FONT_FILE2);
		descriptor.removeItem(COSName.CID_SET);
		return descriptor;
	}

	COSDictionary systemInfo() {
		return (COSDictionary) copy(cidFont().getDictionaryObject(COSName.CIDSYSTEMINFO));
	}

	private COSDictionary cidFont() {
		return (COSDictionary) ((COSArray) shared.getCOSObject().getDictionaryObject(COSName.DESCENDANT_FONTS))
			.getObject(0);
	}

	private static COSBase copy(COSBase value) {
		if (value instanceof COSDictionary dictionary && !(value instanceof COSStream)) {
			var copy = new COSDictionary();
			for (COSName key : dictionary.keySet()) {
				if (!COSName.FONT_FILE2.equals(key) && !COSName.CID_SET.equals(key)) {
					copy.setItem(key, copy(dictionary.getDictionaryObject(key)));
				}
			}
			return copy;
		}
		if (value instanceof COSArray array) {
			var copy = new COSArray();
			for (int i = 0; i < array.size(); i++) {
				copy.add(copy(array.getObject(i)));
			}
			return copy;
		}
		return value;
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
