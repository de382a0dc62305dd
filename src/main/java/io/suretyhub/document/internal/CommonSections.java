package io.suretyhub.document.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;

import io.suretyhub.document.ConstructionProject;
import io.suretyhub.document.Policyholder;
import io.suretyhub.document.SigningRefused;
import io.suretyhub.document.internal.Sheet.Cell;
import io.suretyhub.document.internal.Sheet.Row;
import io.suretyhub.document.internal.Sheet.Section;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.springframework.stereotype.Component;

/** The parts Attachments 1 and 4 share (policyholder, project), and writing a sheet out as a PDF. */
@Component
class CommonSections {

	static final float LABEL = 92;

	static final float HALF = (Sheet.WIDTH - Sheet.LABEL_COLUMN - 2 * LABEL) / 2;

	private final Texts texts;

	private final CjkFont font;

	CommonSections(Texts texts, CjkFont font) {
		this.texts = texts;
		this.font = font;
	}

	Section policyholder(Policyholder holder) {
		return Section.of(texts.get("policyholder"),
				Row.of(Cell.label(texts.get("name"), LABEL), Cell.value(holder.name(), HALF),
						Cell.label(texts.get("creditCode"), LABEL), Cell.value(holder.creditCode().value(), 0)),
				Row.of(Cell.label(texts.get("address"), LABEL), Cell.value(holder.address(), 0)));
	}

	Section project(ConstructionProject project) {
		return Section.of(texts.get("project"),
				Row.of(Cell.label(texts.get("projectName"), LABEL), Cell.value(project.name(), HALF),
						Cell.label(texts.get("totalCost"), LABEL), Cell.value(ChineseAmount.figures(project.totalCost()), 0)),
				Row.of(Cell.label(texts.get("constructionPeriod"), LABEL),
						Cell.value(texts.get("dateRange", PolicyLayout.date(project.start()), PolicyLayout.date(project.end())), 0)),
				Row.of(Cell.label(texts.get("projectAddress"), LABEL), Cell.value(project.address(), 0)));
	}

	/** Draws onto a fresh A4 sheet and saves the PDF. */
	byte[] pdf(String title, Consumer<Sheet> draw) {
		try (var document = new PDDocument()) {
			var sheet = new Sheet(document, font);
			draw.accept(sheet);
			sheet.close();
			document.getDocumentInformation().setTitle(title);
			document.getDocumentInformation().setCreator("SuretyHub");
			var out = new PdfBuffer(128 * 1024);
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	void checkCharacters(String... values) {
		for (String value : values) {
			if (value == null) {
				continue;
			}
			int missing = font.firstMissing(value);
			if (missing >= 0) {
				throw new SigningRefused(SigningRefused.Reason.UNSUPPORTED_CHARACTER,
						Character.toString(missing), String.format("U+%04X", missing));
			}
		}
	}

}
