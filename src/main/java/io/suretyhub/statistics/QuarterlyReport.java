package io.suretyhub.statistics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.suretyhub.area.Areas;
import io.suretyhub.shared.AccessScope;
import io.suretyhub.shared.AuditEvent;
import io.suretyhub.statistics.internal.ReportPdf;
import io.suretyhub.statistics.internal.ReportPdf.Paragraph;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * The quarterly report to hand upward (R-STAT-1), in Chinese, in the shape of the city's report: the
 * overall figures, one paragraph per insurer with its lines, enterprises, sums, premium and releases, the
 * warnings, from the figures of the viewer's area.
 */
@Service
public class QuarterlyReport {

	private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

	private static final String NUMERALS = "一二三四五六七八九十";

	private final Figures figures;

	private final Areas areas;

	private final ReportPdf pdf;

	private final MessageSource messages;

	private final ApplicationEventPublisher events;

	QuarterlyReport(Figures figures, Areas areas, ReportPdf pdf, MessageSource messages,
			ApplicationEventPublisher events) {
		this.figures = figures;
		this.areas = areas;
		this.pdf = pdf;
		this.messages = messages;
		this.events = events;
	}

	/** The report's paragraphs, title first. */
	public List<String> text(int year, int quarter, AccessScope viewer) {
		Filter filter = Filter.quarter(year, quarter);
		String place = areas.name(figures.areaOf(filter, viewer), ZH);
		FigureRow total = figures.total(filter, viewer, ZH);
		List<FigureRow> insurers = figures.by(Dimension.INSURER, filter, viewer, ZH);
		List<String> text = new ArrayList<>();
		text.add(t("statistics.report.title", place, year, quarter));
		text.add(t("statistics.report.salutation"));
		text.add(t("statistics.report.intro", year, quarter, place, insurers.size(), total.enterprises(),
				total.projects(), total.policies(), total.sumInsured(), total.premium(), total.depositsReleased()));
		text.add(t("statistics.report.results"));
		for (int i = 0; i < insurers.size(); i++) {
			text.add(insurer(i, insurers.get(i), filter, viewer));
		}
		List<WarningRow> warnings = figures.warnings(filter, viewer, ZH);
		text.add(t("statistics.report.warningsHeading"));
		text.add(t("statistics.report.warnings", count(warnings, "YELLOW"), count(warnings, "ORANGE"),
				count(warnings, "RED"), warnings.stream().mapToLong(WarningRow::open).sum()));
		text.add(t("statistics.report.closing"));
		return text;
	}

	/** The report as a PDF; its making is audited. */
	public byte[] pdf(int year, int quarter, AccessScope viewer) {
		List<String> text = text(year, quarter, viewer);
		List<Paragraph> paragraphs = new ArrayList<>();
		for (int i = 1; i < text.size(); i++) {
			String line = text.get(i);
			paragraphs.add(new Paragraph(line, i == 1 || line.length() < 16));
		}
		byte[] document = pdf.render(text.get(0), paragraphs);
		events.publishEvent(AuditEvent.success("statistics.report", "statistics", year + "-Q" + quarter,
				"area=" + figures.areaOf(Filter.quarter(year, quarter), viewer)));
		return document;
	}

	private String insurer(int index, FigureRow row, Filter filter, AccessScope viewer) {
		Filter own = filter.forInsurer(Long.valueOf(row.key()));
		String lines = String.join("、", figures.by(Dimension.LINE, own, viewer, ZH).stream().map(FigureRow::label).toList());
		int places = figures.by(Dimension.AREA, own, viewer, ZH).size();
		String paragraph = t("statistics.report.insurer", numeral(index), row.label(), lines, places, row.enterprises(),
				row.sumInsured(), row.projects(), row.policies(), row.premium(), row.depositsReleased());
		if (row.payouts().amount().signum() > 0) {
			paragraph += t("statistics.report.payouts", row.payouts(), row.workersPaid());
		}
		return paragraph;
	}

	private static String numeral(int index) {
		return index < 10 ? String.valueOf(NUMERALS.charAt(index)) : String.valueOf(index + 1);
	}

	private static long count(List<WarningRow> warnings, String level) {
		return warnings.stream().filter(w -> level.equals(w.level())).mapToLong(WarningRow::count).sum();
	}

	private String t(String key, Object... args) {
		return messages.getMessage(key, args, ZH);
	}

}
