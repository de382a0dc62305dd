package io.suretyhub.statistics.web;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import io.suretyhub.platform.Spreadsheet;
import io.suretyhub.shared.AccessScope;
import io.suretyhub.shared.AuditEvent;
import io.suretyhub.statistics.Dimension;
import io.suretyhub.statistics.FigureRow;
import io.suretyhub.statistics.Figures;
import io.suretyhub.statistics.Filter;
import io.suretyhub.statistics.ProjectRow;
import io.suretyhub.statistics.Scorecard;
import io.suretyhub.statistics.WarningRow;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * Every dashboard table as an Excel workbook, cut to the viewer's area like the page. The read models
 * hold no personal data (organisations, projects and amounts only), so nothing needs masking.
 */
@Controller
@PreAuthorize("hasAnyRole('REGION_AUTHORITY','LOCAL_AUTHORITY','FINANCIAL_REGULATOR','INSURER_ADMIN')")
class StatisticsExports {

	private static final List<String> FIGURE_COLUMNS = List.of("group", "enterprises", "projects", "policies",
			"sumInsured", "premium", "depositsReleased", "payouts", "workersPaid");

	private final Figures figures;

	private final MessageSource messages;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	StatisticsExports(Figures figures, MessageSource messages, ApplicationEventPublisher events, Clock clock) {
		this.figures = figures;
		this.messages = messages;
		this.events = events;
		this.clock = clock;
	}

	@GetMapping("/statistics/export/{table}.xlsx")
	void export(@PathVariable String table, @ModelAttribute Period period, AccessScope scope, Locale locale,
			HttpServletResponse response) throws IOException {
		Filter filter = period.filter(clock);
		String file = text("statistics.table." + table, locale) + " " + filter.from() + "_" + filter.to() + ".xlsx";
		switch (table) {
			case "insurers", "areas", "lines", "months", "quarters" -> {
				List<FigureRow> rows = figures.by(dimension(table), filter, scope, locale);
				write(response, file, table, FIGURE_COLUMNS, locale, sink -> rows.forEach(r -> sink.accept(List.of(r.label(),
						r.enterprises(), r.projects(), r.policies(), r.sumInsured().amount(), r.premium().amount(),
						r.depositsReleased().amount(), r.payouts().amount(), r.workersPaid()))));
			}
			case "projects" -> write(response, file, table, List.of("project", "area", "policies", "sumInsured", "premium",
					"depositsReleased"), locale, sink -> figures.projects(filter, scope, locale).forEach(
							(ProjectRow p) -> sink.accept(List.of(p.name(), p.areaLabel(), p.policies(),
									p.sumInsured().amount(), p.premium().amount(), p.depositsReleased().amount()))));
			case "scorecards" -> write(response, file, table, List.of("insurer", "applications", "decided", "late",
					"onTime", "notices", "noticesDue", "noticesLate", "noticesOnTime", "openWarnings", "activeSanctions"),
					locale, sink -> figures.scorecards(filter, scope).forEach((Scorecard s) -> sink.accept(
							java.util.Arrays.asList(s.insurerName(), s.applications(), s.decided(), s.late(),
									s.onTimePercent(), s.notices(), s.noticesDue(), s.noticesLate(),
									s.noticesOnTimePercent(), s.openWarnings(), s.activeSanctions()))));
			case "warnings" -> write(response, file, table, List.of("rule", "level", "area", "count", "open"), locale,
					sink -> figures.warnings(filter, scope, locale).forEach((WarningRow w) -> sink.accept(List.of(w.rule(),
							text("statistics.level." + w.level(), locale), w.areaLabel(), w.count(), w.open()))));
			default -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		events.publishEvent(AuditEvent.success("statistics.export", "statistics", table,
				"area=" + figures.areaOf(filter, scope) + " " + filter.from() + ".." + filter.to()));
	}

	private void write(HttpServletResponse response, String file, String table, List<String> columns, Locale locale,
			Consumer<Consumer<List<?>>> rows) throws IOException {
		Spreadsheet.download(response, file, text("statistics.table." + table, locale),
				columns.stream().map(c -> text("statistics.column." + c, locale)).toList(), rows);
	}

	private static Dimension dimension(String table) {
		return switch (table) {
			case "insurers" -> Dimension.INSURER;
			case "areas" -> Dimension.AREA;
			case "lines" -> Dimension.LINE;
			case "months" -> Dimension.MONTH;
			default -> Dimension.QUARTER;
		};
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}

}
