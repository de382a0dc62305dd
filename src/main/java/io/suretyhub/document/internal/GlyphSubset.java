package io.suretyhub.document.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Cuts a TrueType font down to some of its glyphs without renumbering them: the glyphs not kept are empty,
 * so text encoded with the full font's glyph ids (Identity-H, CIDToGIDMap Identity) shows unchanged. Only the
 * tables a PDF viewer needs are written (as PDFBox's own subsets); the font is read once, each subset is a
 * few array copies.
 */
final class GlyphSubset {

	/** Copied as they are; {@code hmtx}, {@code loca} and {@code glyf} are rebuilt. */
	private static final String[] COPIED = { "head", "hhea", "maxp", "cvt ", "fpgm", "prep" };

	private final byte[] font;

	private final Map<String, int[]> tables = new LinkedHashMap<>();

	private final int glyphCount;

	private final int metricsCount;

	private final long[] offsets;

	GlyphSubset(byte[] font) {
		this.font = font;
		ByteBuffer in = ByteBuffer.wrap(font);
		int count = in.getShort(4) & 0xFFFF;
		for (int i = 0; i < count; i++) {
			int record = 12 + 16 * i;
			String tag = new String(font, record, 4, StandardCharsets.US_ASCII);
			tables.put(tag, new int[] { in.getInt(record + 8), in.getInt(record + 12) });
		}
		this.glyphCount = in.getShort(table("maxp")[0] + 4) & 0xFFFF;
		this.metricsCount = in.getShort(table("hhea")[0] + 34) & 0xFFFF;
		boolean longOffsets = in.getShort(table("head")[0] + 50) != 0;
		int loca = table("loca")[0];
		this.offsets = new long[glyphCount + 1];
		for (int gid = 0; gid <= glyphCount; gid++) {
			offsets[gid] = longOffsets ? in.getInt(loca + 4 * gid) & 0xFFFFFFFFL : 2L * (in.getShort(loca + 2 * gid) & 0xFFFF);
		}
	}

	int glyphCount() {
		return glyphCount;
	}

	/** The font with only {@code glyphs} (and .notdef and the parts of composite glyphs) drawn. */
	byte[] keep(BitSet glyphs) {
		BitSet kept = (BitSet) glyphs.clone();
		kept.set(0);
		kept.set(metricsCount - 1);
		for (int gid = kept.nextSetBit(0); gid >= 0; gid = kept.nextSetBit(gid + 1)) {
			addComponents(gid, kept);
		}
		int glyfStart = table("glyf")[0];
		int hmtxStart = table("hmtx")[0];
		int size = 0;
		for (int gid = kept.nextSetBit(0); gid >= 0; gid = kept.nextSetBit(gid + 1)) {
			size += padded(offsets[gid + 1] - offsets[gid]);
		}
		byte[] glyf = new byte[size];
		int[] loca = new int[glyphCount + 1];
		byte[] hmtx = new byte[4 * metricsCount + 2 * (glyphCount - metricsCount)];
		int end = 0;
		int previous = 0;
		for (int gid = kept.nextSetBit(0); gid >= 0; gid = kept.nextSetBit(gid + 1)) {
			Arrays.fill(loca, previous + 1, gid + 1, end);
			int length = (int) (offsets[gid + 1] - offsets[gid]);
			System.arraycopy(font, glyfStart + (int) offsets[gid], glyf, end, length);
			end += padded(length);
			int metric = gid < metricsCount ? 4 * gid : 4 * metricsCount + 2 * (gid - metricsCount);
			System.arraycopy(font, hmtxStart + metric, hmtx, metric, gid < metricsCount ? 4 : 2);
			previous = gid;
		}
		Arrays.fill(loca, previous + 1, glyphCount + 1, end);
		Map<String, byte[]> out = new LinkedHashMap<>();
		for (String tag : COPIED) {
			if (tables.containsKey(tag)) {
				out.put(tag, copy(tag));
			}
		}
		ByteBuffer.wrap(out.get("head")).putShort(50, (short) 1).putInt(8, 0);
		out.put("hmtx", hmtx);
		ByteBuffer locaTable = ByteBuffer.allocate(4 * loca.length);
		locaTable.asIntBuffer().put(loca);
		out.put("loca", locaTable.array());
		out.put("glyf", glyf);
		return TrueTypeWriter.write(out);
	}

	private void addComponents(int gid, BitSet kept) {
		int start = table("glyf")[0] + (int) offsets[gid];
		if (offsets[gid + 1] - offsets[gid] < 10 || ByteBuffer.wrap(font).getShort(start) >= 0) {
			return;
		}
		ByteBuffer glyph = ByteBuffer.wrap(font);
		int at = start + 10;
		int flags;
		do {
			flags = glyph.getShort(at) & 0xFFFF;
			int component = glyph.getShort(at + 2) & 0xFFFF;
			if (!kept.get(component)) {
				kept.set(component);
				addComponents(component, kept);
			}
			at += 4 + ((flags & 1) != 0 ? 4 : 2) + ((flags & 0x80) != 0 ? 8 : (flags & 0x40) != 0 ? 4 : (flags & 8) != 0 ? 2 : 0);
		}
		while ((flags & 0x20) != 0);
	}

	private static int padded(long length) {
		return (int) ((length + 3) & ~3);
	}

	private int[] table(String tag) {
		int[] table = tables.get(tag);
		if (table == null) {
			throw new IllegalStateException("The CJK font has no " + tag + " table");
		}
		return table;
	}

	private byte[] copy(String tag) {
		int[] table = table(tag);
		byte[] bytes = new byte[table[1]];
		System.arraycopy(font, table[0], bytes, 0, table[1]);
		return bytes;
	}

}
