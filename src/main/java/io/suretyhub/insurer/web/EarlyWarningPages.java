package io.suretyhub.insurer.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.suretyhub.area.Areas;
import io.suretyhub.insurer.internal.EarlyWarnings;
import io.suretyhub.shared.AccessScope;
import io.suretyhub.shared.AreaCode;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The early-warning list for the authorities (R-SUP-4): per insurer, per area and month by month, as a page
 * and as JSON; each viewer counts what arose in its own area.
 */
@Controller
@PreAuthorize("hasAnyRole('REGION_AUTHORITY','LOCAL_AUTHORITY','FINANCIAL_REGULATOR')")
class EarlyWarningPages {

	private final EarlyWarnings warnings;

	private final Areas areas;

	EarlyWarningPages(EarlyWarnings warnings, Areas areas) {
		this.warnings = warnings;
		this.areas = areas;
	}

	@GetMapping("/insurers/early-warning")
	String page(AccessScope scope, Locale locale, Model model) {
		model.addAttribute("parties", warnings.parties(scope));
		model.addAttribute("areas", byArea(scope, locale));
		model.addAttribute("months", warnings.months(scope));
		return "insurer/early-warning";
	}

	@GetMapping("/api/v1/insurers/early-warning")
	@ResponseBody
	EarlyWarningResponse api(AccessScope scope, Locale locale) {
		return new EarlyWarningResponse(warnings.parties(scope), byArea(scope, locale), warnings.months(scope));
	}

	/** The region-wide signals first (when the viewer covers the region), then every prefecture it covers. */
	private List<AreaRow> byArea(AccessScope scope, Locale locale) {
		Map<String, EarlyWarnings.Counts> counts = warnings.areas(scope);
		Map<String, AreaRow> rows = new LinkedHashMap<>();
		AreaCode region = AreaCode.of("650000");
		if (scope.covers(region)) {
			rows.put(region.value(), row(region, counts, locale));
		}
		areas.prefectures(region).stream().map(a -> a.code()).filter(scope::covers)
			.forEach(code -> rows.put(code.value(), row(code, counts, locale)));
		return List.copyOf(rows.values());
	}

	private AreaRow row(AreaCode code, Map<String, EarlyWarnings.Counts> counts, Locale locale) {
		return new AreaRow(code.value(), areas.name(code, locale),
				counts.getOrDefault(code.value(), new EarlyWarnings.Counts(0, 0, 0, 0, 0)));
	}

	/** One area's signals. */
	record AreaRow(String areaCode, String name, EarlyWarnings.Counts counts) {
	}

	/** The whole list as JSON. */
	record EarlyWarningResponse(List<EarlyWarnings.Party> parties, List<AreaRow> areas,
			List<EarlyWarnings.Month> months) {
	}

}
