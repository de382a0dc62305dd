package io.suretyhub.document.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;
import java.util.HexFormat;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The CJK font in one document: text is shown with the font shared by all documents ({@link #font()}, its
 * glyph ids as CIDs), the glyphs shown are noted, and {@link #embed} puts a font holding only those glyphs
 * into the document in place of the shared one. Nothing is parsed or subset by PDFBox per document.
 */
final class CjkFace {

	private final CjkFont font;

	private final BitSet glyphs = new BitSet();

	private final int[] unicode;

	CjkFace(CjkFont font) {
		this.font = font;
		this.unicode = new int[font.glyphs().glyphCount()];
	}

	/** The font to pass to {@code setFont}; every text shown with it goes through {@link #show}. */
	PDType0Font font() {
		return font.shared();
	}

	/** Notes the glyphs of {@code text}; answers it unchanged for {@code showText}. */
	String show(String text) {
		text.codePoints().forEach(c -> {
			int gid = font.glyphId(c);
			if (gid > 0 && !glyphs.get(gid)) {
				glyphs.set(gid);
				unicode[gid] = c;
			}
		});
		return text;
	}

	/** Replaces the shared font in {@code resources} by this document's subset. */
	void embed(PDDocument document, Iterable<PDResources> resources) {
		COSDictionary type0 = null;
		for (PDResources each : resources) {
			COSDictionary fonts = each.getCOSObject().getCOSDictionary(COSName.FONT);
			if (fonts == null) {
				continue;
			}
			for (COSName name : fonts.keySet()) {
				COSBase value = fonts.getDictionaryObject(name);
				if (value == font.shared().getCOSObject()) {
					type0 = type0 == null ? type0(document) : type0;
					fonts.setItem(name, type0);
				}
			}
		}
	}

	private COSDictionary type0(PDDocument document) {
		String tag = tag();
		String baseFont = tag + "+" + font.shared().getCOSObject().getNameAsString(COSName.BASE_FONT);
		COSDictionary descriptor = font.descriptor();
		descriptor.setName(COSName.FONT_NAME, baseFont);
		byte[] subset = font.glyphs().keep(glyphs);
		COSStream file = stream(document, subset);
		file.setInt(COSName.LENGTH1, subset.length);
		descriptor.setItem(COSName.FONT_FILE2, file);
		var cid = new COSDictionary();
		cid.setItem(COSName.TYPE, COSName.FONT);
		cid.setItem(COSName.SUBTYPE, COSName.CID_FONT_TYPE2);
		cid.setName(COSName.BASE_FONT, baseFont);
		cid.setItem(COSName.CIDSYSTEMINFO, font.systemInfo());
		cid.setItem(COSName.FONT_DESC, descriptor);
		cid.setItem(COSName.W, widths());
		cid.setItem(COSName.CID_TO_GID_MAP, COSName.IDENTITY);
		var type0 = new COSDictionary();
		type0.setItem(COSName.TYPE, COSName.FONT);
		type0.setItem(COSName.SUBTYPE, COSName.TYPE0);
		type0.setName(COSName.BASE_FONT, baseFont);
		type0.setItem(COSName.ENCODING, COSName.IDENTITY_H);
		var descendants = new COSArray();
		descendants.add(cid);
		type0.setItem(COSName.DESCENDANT_FONTS, descendants);
		type0.setItem(COSName.TO_UNICODE, stream(document, toUnicode()));
		return type0;
	}

	private COSArray widths() {
		var w = new COSArray();
		for (int gid = glyphs.nextSetBit(0); gid >= 0;) {
			var run = new COSArray();
			w.add(COSInteger.get(gid));
			int next = gid;
			while (next >= 0 && next == gid + run.size()) {
				run.add(COSInteger.get(font.advance(next)));
				next = glyphs.nextSetBit(next + 1);
			}
			w.add(run);
			gid = next;
		}
		return w;
	}

	private byte[] toUnicode() {
		var cmap = new StringBuilder(64 * glyphs.cardinality() + 512).append("""
				/CIDInit /ProcSet findresource begin
				12 dict begin
				begincmap
				/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
				/CMapName /Adobe-Identity-UCS def
				/CMapType 2 def
				1 begincodespacerange
				<0000> <FFFF>
				endcodespacerange
				""");
		var hex = HexFormat.of().withUpperCase();
		int inBlock = 0;
		int left = glyphs.cardinality();
		for (int gid = glyphs.nextSetBit(0); gid >= 0; gid = glyphs.nextSetBit(gid + 1)) {
			if (inBlock == 0) {
				cmap.append(Math.min(100, left)).append(" beginbfchar\n");
			}
			cmap.append('<').append(hex.toHexDigits((short) gid)).append("> <");
			for (char c : Character.toChars(unicode[gid])) {
				cmap.append(hex.toHexDigits(c));
			}
			cmap.append(">\n");
			left--;
			if (++inBlock == 100 || left == 0) {
				cmap.append("endbfchar\n");
				inBlock = 0;
			}
		}
		cmap.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
		return cmap.toString().getBytes(StandardCharsets.US_ASCII);
	}

	private String tag() {
		long hash = glyphs.hashCode() & 0xFFFFFFFFL;
		var tag = new StringBuilder();
		for (int i = 0; i < 6; i++) {
			tag.append((char) ('A' + hash % 26));
			hash /= 26;
		}
		return tag.toString();
	}

	private static COSStream stream(PDDocument document, byte[] data) {
		COSStream stream = document.getDocument().createCOSStream();
		var deflater = new Deflater(Deflater.DEFAULT_COMPRESSION);
		try (OutputStream out = new DeflaterOutputStream(stream.createRawOutputStream(), deflater, 8192)) {
			out.write(data);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			deflater.end();
		}
		stream.setItem(COSName.FILTER, COSName.FLATE_DECODE);
		return stream;
	}

}
