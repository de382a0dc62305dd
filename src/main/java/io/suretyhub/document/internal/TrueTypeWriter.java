package io.suretyhub.document.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/** Writes TrueType tables as a font file: table directory in tag order, checksums, 4-byte alignment. */
final class TrueTypeWriter {

	private TrueTypeWriter() {
	}

	static byte[] write(Map<String, byte[]> tables) {
		var sorted = new TreeMap<>(tables);
		int count = sorted.size();
		int size = 12 + 16 * count;
		for (byte[] table : sorted.values()) {
			size += padded(table.length);
		}
		ByteBuffer out = ByteBuffer.allocate(size);
		int power = Integer.highestOneBit(count);
		out.putInt(0x00010000).putShort((short) count).putShort((short) (power * 16))
			.putShort((short) Integer.numberOfTrailingZeros(power)).putShort((short) (count * 16 - power * 16));
		int offset = 12 + 16 * count;
		int headOffset = 0;
		for (var table : sorted.entrySet()) {
			out.put(table.getKey().getBytes(StandardCharsets.US_ASCII)).putInt((int) checksum(table.getValue()))
				.putInt(offset).putInt(table.getValue().length);
			if (table.getKey().equals("head")) {
				headOffset = offset;
			}
			offset += padded(table.getValue().length);
		}
		for (byte[] table : sorted.values()) {
			out.put(table);
			out.position(out.position() + padded(table.length) - table.length);
		}
		byte[] font = out.array();
		ByteBuffer.wrap(font).putInt(headOffset + 8, (int) (0xB1B0AFBAL - checksum(font)));
		return font;
	}

	private static int padded(int length) {
		return (length + 3) & ~3;
	}

	private static long checksum(byte[] data) {
		long sum = 0;
		ByteBuffer in = ByteBuffer.wrap(data);
		int whole = data.length / 4 * 4;
		for (int i = 0; i < whole; i += 4) {
			sum += in.getInt(i) & 0xFFFFFFFFL;
		}
		long last = 0;
		for (int i = whole; i < data.length; i++) {
			last |= (data[i] & 0xFFL) << (24 - 8 * (i - whole));
		}
		return (sum + last) & 0xFFFFFFFFL;
	}

}
