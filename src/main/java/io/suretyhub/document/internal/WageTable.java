package io.suretyhub.document.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import io.suretyhub.document.PaymentNotice.Payee;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.util.Matrix;

/**
 * The wage payment table of Attachment 5: one ruled row per payee, drawn straight onto the sheet's pages
 * with the column header at the top of each. A roster of 10,000 rows fills a few hundred pages, so each row
 * costs only its strings: a cell is wrapped only when its text is wider than the cell, and a row is one
 * path of rectangles stroked once and one text object.
 */
final class WageTable {

	static final float[] WIDTHS = { 34, 70, 130, 90, 120, Sheet.WIDTH - (34 + 70 + 130 + 90 + 120) };

	private static final float PAD = 4;

	private final Sheet sheet;

	private final String[] header;

	WageTable(Sheet sheet, String[] header) {
		this.sheet = sheet;
		this.header = header;
	}

	void draw(List<Payee> payees) {
		row(header, true);
		int index = 1;
		for (Payee p : payees) {
			String[] cells = { String.valueOf(index++), p.name(), p.idNumber(), p.phone() == null ? "" : p.phone(),
					p.bankCard(), ChineseAmount.figures(p.amount()) };
			row(cells, false);
		}
	}

	private void row(String[] cells, boolean heading) {
		@SuppressWarnings("unchecked")
		List<String>[] lines = new List[cells.length];
		int most = 1;
		for (int i = 0; i < cells.length; i++) {
			lines[i] = lines(cells[i], WIDTHS[i] - 2 * PAD);
			most = Math.max(most, lines[i].size());
		}
		float height = Math.max(22, most * Sheet.LEADING + 2 * PAD);
		if (!heading && sheet.y() - height < Sheet.BOTTOM) {
			sheet.newPage();
			row(header, true);
		}
		float top = sheet.y();
		PDPageContentStream content = sheet.content();
		try {
			float x = Sheet.LEFT;
			for (float width : WIDTHS) {
				content.addRect(x, top - height, width, height);
				x += width;
			}
			content.stroke();
			content.beginText();
			x = Sheet.LEFT;
			for (int i = 0; i < cells.length; i++) {
				boolean centred = heading || i == 0;
				float offset = (height - lines[i].size() * Sheet.LEADING) / 2;
				for (int l = 0; l < lines[i].size(); l++) {
					String line = lines[i].get(l);
					float lineX = centred ? x + (WIDTHS[i] - sheet.width(line, Sheet.SIZE)) / 2 : x + PAD;
					float baseline = top - offset - l * Sheet.LEADING - Sheet.LEADING / 2 - Sheet.SIZE * 0.35f;
					content.setTextMatrix(Matrix.getTranslateInstance(lineX, baseline));
					sheet.showText(line, Sheet.SIZE);
				}
				x += WIDTHS[i];
			}
			content.endText();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		sheet.skip(height);
	}

	private List<String> lines(String text, float width) {
		if (text.indexOf('\n') < 0 && sheet.width(text, Sheet.SIZE) < width - 0.01f) {
			return List.of(text);
		}
		return sheet.wrap(text, width, Sheet.SIZE);
	}

}
