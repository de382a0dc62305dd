package io.suretyhub.document.internal;

import java.io.IOException;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;

import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The CJK font in one document. Text is shown with two fonts shared by all documents, their glyph ids as
 * CIDs: the common one for the characters of the documents' own wording, whose embedded form is made once
 * at start ({@link CjkFont#common()}), and the extra one for every other character (names, addresses),
 * whose glyphs are noted; {@link #embed} puts the prepared common font and a font holding only the noted
 * extra glyphs into the document in their place. Nothing is parsed or subset by PDFBox per document.
 */
final class CjkFace {

	private final CjkFont font;

	private final boolean withCommon;

	private final BitSet extra = new BitSet();

	private final Map<Integer, Integer> unicode = new HashMap<>();

	/** @param withCommon whether common characters use the prepared common font (else all are extra) */
	CjkFace(CjkFont font, boolean withCommon) {
		this.font = font;
		this.withCommon = withCommon;
	}

	/** Shows {@code text} at the current text position, switching font where its characters need it. */
	void showText(PDPageContentStream content, String text, float size) throws IOException {
		int start = 0;
		int inCommon = -1;
		for (int i = 0; i < text.length();) {
			int c = text.codePointAt(i);
			int gid = font.glyphId(c);
			int common = gid == 0 || withCommon && font.common().glyphs().get(gid) ? 1 : 0;
			if (common == 0 && !extra.get(gid)) {
				extra.set(gid);
				unicode.put(gid, c);
			}
			if (inCommon >= 0 && common != inCommon) {
				run(content, text.substring(start, i), inCommon == 1, size);
				start = i;
			}
			inCommon = common;
			i += Character.charCount(c);
		}
		if (inCommon >= 0) {
			run(content, text.substring(start), inCommon == 1, size);
		}
	}

	private void run(PDPageContentStream content, String text, boolean common, float size) throws IOException {
		content.setFont(common ? font.shared() : font.extra(), size);
		content.showText(text);
	}

	private FontPrograms extraPrograms() {
		return withCommon ? FontPrograms.of(font, extra, unicode::get) : font.small(extra, unicode::get);
	}

	/** Replaces the shared fonts in {@code resources} by the common font and this document's extra glyphs. */
	void embed(PDDocument document, Iterable<PDResources> resources) {
		COSDictionary common = null;
		COSDictionary extraFont = null;
		for (PDResources each : resources) {
			COSDictionary fonts = each.getCOSObject().getCOSDictionary(COSName.FONT);
			if (fonts == null) {
				continue;
			}
			for (COSName name : fonts.keySet()) {
				COSBase value = fonts.getDictionaryObject(name);
				if (value == font.shared().getCOSObject()) {
					common = common == null ? font.common().type0(document, font) : common;
					fonts.setItem(name, common);
				}
				else if (value == font.extra().getCOSObject()) {
					extraFont = extraFont == null ? extraPrograms().type0(document, font) : extraFont;
					fonts.setItem(name, extraFont);
				}
			}
		}
	}

}
