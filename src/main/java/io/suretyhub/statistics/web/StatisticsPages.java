package io.suretyhub.statistics.web;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import io.suretyhub.area.Area;
import io.suretyhub.area.Areas;
import io.suretyhub.shared.AccessScope;
import io.suretyhub.shared.AreaCode;
import io.suretyhub.shared.Role;
import io.suretyhub.statistics.Dimension;
import io.suretyhub.statistics.FigureRow;
import io.suretyhub.statistics.Figures;
import io.suretyhub.statistics.Filter;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The dashboards (R-STAT-1): one per authority role (region, local, regulator) and the insurer's own, with
 * the figures of the chosen months in the viewer's area, drill-down region → prefecture → projects.
 */
@Controller
@PreAuthorize("hasAnyRole('REGION_AUTHORITY','LOCAL_AUTHORITY','FINANCIAL_REGULATOR','INSURER_ADMIN')")
class StatisticsPages {

	private final Figures figures;

	private final Areas areas;

	private final Clock clock;

	StatisticsPages(Figures figures, Areas areas, Clock clock) {
		this.figures = figures;
		this.areas = areas;
		this.clock = clock;
	}

	@GetMapping("/statistics")
	String dashboard(@ModelAttribute("period") Period period, AccessScope scope, Locale locale, Model model) {
		Filter filter = period.filter(clock);
		AreaCode area = figures.areaOf(filter, scope);
		boolean insurer = scope.role() == Role.INSURER_ADMIN;
		List<FigureRow> months = figures.by(Dimension.MONTH, filter, scope, locale);
		model.addAttribute("role", scope.role().name())
			.addAttribute("insurer", insurer)
			.addAttribute("from", filter.from().toString())
			.addAttribute("to", filter.to().toString())
			.addAttribute("reportYear", filter.to().getYear())
			.addAttribute("reportQuarter", (filter.to().getMonthValue() + 2) / 3)
			.addAttribute("area", area.value())
			.addAttribute("trail", trail(scope.area(), area))
			.addAttribute("total", figures.total(filter, scope, locale))
			.addAttribute("byArea", figures.by(Dimension.AREA, filter, scope, locale))
			.addAttribute("byInsurer", figures.by(Dimension.INSURER, filter, scope, locale))
			.addAttribute("byLine", figures.by(Dimension.LINE, filter, scope, locale))
			.addAttribute("byMonth", months)
			.addAttribute("byQuarter", figures.by(Dimension.QUARTER, filter, scope, locale))
			.addAttribute("projects", area.isRegion() ? List.of() : figures.projects(filter, scope, locale))
			.addAttribute("scorecards", figures.scorecards(filter, scope))
			.addAttribute("warnings", insurer ? List.of() : figures.warnings(filter, scope, locale))
			.addAttribute("chartLabels", join(months.stream().map(FigureRow::key).toList()))
			.addAttribute("chartSums", join(months.stream().map(r -> r.sumInsured().toString()).toList()))
			.addAttribute("chartReleased", join(months.stream().map(r -> r.depositsReleased().toString()).toList()))
			.addAttribute("chartPremium", join(months.stream().map(r -> r.premium().toString()).toList()));
		return "statistics/dashboard";
	}

	/** The areas from the viewer's own down to the one looked at, for the breadcrumb. */
	private List<Area> trail(AreaCode own, AreaCode current) {
		return areas.path(current).stream().filter(a -> own.contains(a.code())).toList();
	}

	private static String join(List<String> values) {
		return values.stream().collect(Collectors.joining(","));
	}

}
