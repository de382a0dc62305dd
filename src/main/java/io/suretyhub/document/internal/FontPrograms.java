package io.suretyhub.document.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;
import java.util.HexFormat;
import java.util.function.IntUnaryOperator;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The embedded form of some glyphs of the CJK font: a deflated TrueType program and ToUnicode map made
 * once ({@link #of}), and the Type 0 font dictionary that puts them into one document ({@link #type0}).
 *
 * @param glyphs the glyph ids drawn (the CIDs, Identity mapped)
 * @param file the deflated font program
 * @param length1 its length before deflating
 * @param toUnicode the deflated ToUnicode CMap
 */
record FontPrograms(BitSet glyphs, byte[] file, int length1, byte[] toUnicode) {

	/** Cuts, deflates and maps {@code glyphs}; {@code unicode} gives each glyph's character. */
	static FontPrograms of(CjkFont font, BitSet glyphs, IntUnaryOperator unicode) {
		byte[] program = font.glyphs().keep(glyphs);
		return new FontPrograms((BitSet) glyphs.clone(), deflate(program), program.length,
				deflate(toUnicode(glyphs, unicode)));
	}

	/** A Type 0 font dictionary with these glyphs, its streams new objects of {@code document}. */
	COSDictionary type0(PDDocument document, CjkFont font) {
		String baseFont = tag() + "+" + font.shared().getCOSObject().getNameAsString(COSName.BASE_FONT);
		COSDictionary descriptor = font.descriptor();
		descriptor.setName(COSName.FONT_NAME, baseFont);
		COSStream program = stream(document, file);
		program.setInt(COSName.LENGTH1, length1);
		descriptor.setItem(COSName.FONT_FILE2, program);
		var cid = new COSDictionary();
		cid.setItem(COSName.TYPE, COSName.FONT);
		cid.setItem(COSName.SUBTYPE, COSName.CID_FONT_TYPE2);
		cid.setName(COSName.BASE_FONT, baseFont);
		cid.setItem(COSName.CIDSYSTEMINFO, font.systemInfo());
		cid.setItem(COSName.FONT_DESC, descriptor);
		cid.setItem(COSName.W, widths(font));
		cid.setItem(COSName.CID_TO_GID_MAP, COSName.IDENTITY);
		var type0 = new COSDictionary();
		type0.setItem(COSName.TYPE, COSName.FONT);
		type0.setItem(COSName.SUBTYPE, COSName.TYPE0);
		type0.setName(COSName.BASE_FONT, baseFont);
		type0.setItem(COSName.ENCODING, COSName.IDENTITY_H);
		var descendants = new COSArray();
		descendants.add(cid);
		type0.setItem(COSName.DESCENDANT_FONTS, descendants);
		type0.setItem(COSName.TO_UNICODE, stream(document, toUnicode));
		return type0;
	}

	private COSArray widths(CjkFont font) {
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

	private static byte[] toUnicode(BitSet glyphs, IntUnaryOperator unicode) {
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
			for (char c : Character.toChars(unicode.applyAsInt(gid))) {
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

	private static byte[] deflate(byte[] data) {
		var deflater = new Deflater(Deflater.DEFAULT_COMPRESSION);
		var bytes = new ByteArrayOutputStream(data.length / 2 + 64);
		try (OutputStream out = new DeflaterOutputStream(bytes, deflater, 8192)) {
			out.write(data);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			deflater.end();
		}
		return bytes.toByteArray();
	}

	private static COSStream stream(PDDocument document, byte[] deflated) {
		COSStream stream = document.getDocument().createCOSStream();
		try (OutputStream out = stream.createRawOutputStream()) {
			out.write(deflated);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		stream.setItem(COSName.FILTER, COSName.FLATE_DECODE);
		return stream;
	}

}
