package io.suretyhub.document.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/**
 * A4 pages written top to bottom: centred titles, lines of text and ruled tables whose cells wrap
 * Chinese text; a new page starts when a table section no longer fits. In cell texts
 * {@link #CHECKED} and {@link #UNCHECKED} draw check boxes.
 */
final class Sheet implements AutoCloseable {

	static final char CHECKED = '\uE001';

	static final char UNCHECKED = '\uE000';

	static final float LEFT = 40;

	static final float WIDTH = PDRectangle.A4.getWidth() - 2 * LEFT;

	static final float TOP = PDRectangle.A4.getHeight() - 40;

	static final float BOTTOM = 40;

	static final float SIZE = 10;

	static final float LEADING = 14;

	static final float LABEL_COLUMN = 62;

	private static final float PAD = 4;

	private final PDDocument document;

	private final CjkFace face;

	private final CjkFont widths;

	private PDPageContentStream content;

	private float y;

	private int pageIndex = -1;

	Sheet(PDDocument document, CjkFont font) {
		this.document = document;
		this.face = font.face();
		this.widths = font;
		newPage();
	}

	/** A cell of {@code width} points (0: the rest of the row). */
	record Cell(String text, float width, boolean centred) {

		static Cell label(String text, float width) {
			return new Cell(text, width, true);
		}

		static Cell value(String text, float width) {
			return new Cell(text, width, false);
		}

	}

	record Row(List<Cell> cells) {

		static Row of(Cell... cells) {
			return new Row(List.of(cells));
		}

	}

	/** Rows with an optional label in the left column spanning all of them. */
	record Section(String label, List<Row> rows) {

		static Section of(String label, Row... rows) {
			return new Section(label, List.of(rows));
		}

	}

	/** Where a drawn row lies: page index, top and height. */
	record Placed(int page, float top, float height) {
	}

	float y() {
		return y;
	}

	int pageIndex() {
		return pageIndex;
	}

	PDPageContentStream content() {
		return content;
	}

	/** Shows {@code text} at the current text position, for callers that draw text themselves. */
	void showText(String text, float size) throws IOException {
		face.showText(content, text, size);
	}

	void newPage() {
		try {
			if (content != null) {
				content.close();
			}
			PDPage page = new PDPage(PDRectangle.A4);
			document.addPage(page);
			content = new PDPageContentStream(document, page);
			content.setLineWidth(0.6f);
			pageIndex++;
			y = TOP;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	void title(String text, float size) {
		float width = width(text, size);
		try {
			content.setRenderingMode(RenderingMode.FILL_STROKE);
			content.setLineWidth(0.35f);
			write(text, LEFT + (WIDTH - width) / 2, y - size, size);
			content.setRenderingMode(RenderingMode.FILL);
			content.setLineWidth(0.6f);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		y -= size + 12;
	}

	/** A line of text at {@code x} (wrapped within {@code width}), then moves down. */
	void paragraph(String text, float x, float width, float size) {
		for (String line : wrap(text, width, size)) {
			write(line, x, y - size, size);
			y -= size * 1.45f;
		}
	}

	void skip(float points) {
		y -= points;
	}

	/** Draws a section; answers where each of its rows went. */
	List<Placed> section(Section section) {
		float cellsLeft = section.label() == null ? LEFT : LEFT + LABEL_COLUMN;
		List<Float> heights = new ArrayList<>();
		for (Row row : section.rows()) {
			heights.add(rowHeight(row, cellsLeft));
		}
		float total = (float) heights.stream().mapToDouble(Float::doubleValue).sum();
		if (section.label() != null) {
			float labelHeight = wrap(section.label(), LABEL_COLUMN - 2 * PAD, SIZE).size() * LEADING + 2 * PAD;
			if (labelHeight > total) {
				heights.set(heights.size() - 1, heights.get(heights.size() - 1) + labelHeight - total);
				total = labelHeight;
			}
		}
		if (y - total < BOTTOM) {
			newPage();
		}
		if (section.label() != null) {
			cell(Cell.label(section.label(), LABEL_COLUMN), LEFT, y, total);
		}
		List<Placed> placed = new ArrayList<>();
		for (int i = 0; i < section.rows().size(); i++) {
			float x = cellsLeft;
			for (Cell cell : section.rows().get(i).cells()) {
				float width = widthOf(cell, x);
				cell(cell, x, y, heights.get(i));
				x += width;
			}
			placed.add(new Placed(pageIndex, y, heights.get(i)));
			y -= heights.get(i);
		}
		return placed;
	}

	private float rowHeight(Row row, float left) {
		int lines = 1;
		float x = left;
		for (Cell cell : row.cells()) {
			float width = widthOf(cell, x);
			lines = Math.max(lines, wrap(cell.text(), width - 2 * PAD, SIZE).size());
			x += width;
		}
		return Math.max(22, lines * LEADING + 2 * PAD);
	}

	private static float widthOf(Cell cell, float x) {
		return cell.width() > 0 ? cell.width() : LEFT + WIDTH - x;
	}

	private void cell(Cell cell, float x, float top, float height) {
		float width = widthOf(cell, x);
		List<String> lines = wrap(cell.text(), width - 2 * PAD, SIZE);
		float offset = (height - lines.size() * LEADING) / 2;
		try {
			content.addRect(x, top - height, width, height);
			content.stroke();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i);
			float lineX = cell.centred() ? x + (width - width(line, SIZE)) / 2 : x + PAD;
			write(line, lineX, top - offset - i * LEADING - LEADING / 2 - SIZE * 0.35f, SIZE);
		}
	}

	List<String> wrap(String text, float width, float size) {
		return LineBreaker.wrap(text, width, token -> width(token, size));
	}

	float width(String text, float size) {
		return widths.width(boxesAsSquares(text)) / 1000 * size;
	}

	/** Writes one line at a baseline; check box markers become boxes, ticked or not. */
	void write(String text, float x, float baseline, float size) {
		try {
			content.beginText();
			content.newLineAtOffset(x, baseline);
			face.showText(content, boxesAsSquares(text), size);
			content.endText();
			int tick = text.indexOf(CHECKED);
			while (tick >= 0) {
				float at = x + width(text.substring(0, tick), size);
				content.beginText();
				content.newLineAtOffset(at + size * 0.12f, baseline + size * 0.05f);
				face.showText(content, "✓", size);
				content.endText();
				tick = text.indexOf(CHECKED, tick + 1);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String boxesAsSquares(String text) {
		return text.replace(CHECKED, '□').replace(UNCHECKED, '□');
	}

	/** Finishes the last page and embeds the glyphs the pages use. */
	@Override
	public void close() {
		try {
			content.close();
			List<PDResources> resources = new ArrayList<>();
			document.getPages().forEach(page -> resources.add(page.getResources()));
			face.embed(document, resources);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
