package io.suretyhub.policy.history;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;

/**
 * Reads an uploaded table as rows of cell texts: an Excel workbook (.xlsx, first sheet) or a CSV file
 * (RFC 4180 quoting; UTF-8 with or without BOM, else GB18030 as Chinese Excel saves it).
 */
final class TableReader {

	private TableReader() {
	}

	/** @throws IOException when the file is neither a readable workbook nor text */
	static List<List<String>> read(byte[] content) throws IOException {
		if (content.length > 4 && content[0] == 'P' && content[1] == 'K') {
			return workbook(content);
		}
		return csv(text(content));
	}

	private static List<List<String>> workbook(byte[] content) throws IOException {
		try (var book = new ReadableWorkbook(new ByteArrayInputStream(content)); var rows = book.getFirstSheet().openStream()) {
			return rows.map(row -> {
				List<String> cells = new ArrayList<>();
				for (int i = 0; i < row.getCellCount(); i++) {
					Cell cell = row.getCell(i);
					cells.add(cell == null || cell.getText() == null ? "" : cell.getText());
				}
				return (List<String>) cells;
			}).toList();
		}
		catch (RuntimeException ex) {
			throw new IOException("Not a readable workbook", ex);
		}
	}

	private static String text(byte[] content) {
		int start = content.length >= 3 && (content[0] & 0xff) == 0xef && (content[1] & 0xff) == 0xbb
				&& (content[2] & 0xff) == 0xbf ? 3 : 0;
		ByteBuffer bytes = ByteBuffer.wrap(content, start, content.length - start);
		try {
			return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes).toString();
		}
		catch (CharacterCodingException ex) {
			return new String(content, Charset.forName("GB18030"));
		}
	}

	static List<List<String>> csv(String text) {
		List<List<String>> rows = new ArrayList<>();
		List<String> row = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
					cell.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					cell.append(c);
				}
			}
			else if (c == '"' && cell.isEmpty()) {
				quoted = true;
			}
			else if (c == ',') {
				row.add(cell.toString());
				cell.setLength(0);
			}
			else if (c == '\n' || c == '\r') {
				if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
					i++;
				}
				row.add(cell.toString());
				cell.setLength(0);
				rows.add(row);
				row = new ArrayList<>();
			}
			else {
				cell.append(c);
			}
		}
		if (!cell.isEmpty() || !row.isEmpty()) {
			row.add(cell.toString());
			rows.add(row);
		}
		return rows;
	}

}
