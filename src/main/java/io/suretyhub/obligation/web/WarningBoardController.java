package io.suretyhub.obligation.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import io.suretyhub.calendar.WorkingCalendar;
import io.suretyhub.obligation.ObligationNotFound;
import io.suretyhub.obligation.ObligationStatus;
import io.suretyhub.obligation.Obligations;
import io.suretyhub.obligation.WarningLevel;
import io.suretyhub.obligation.internal.BoardFilter;
import io.suretyhub.obligation.internal.BoardRow;
import io.suretyhub.obligation.internal.PageOf;
import io.suretyhub.obligation.internal.WarningBoard;
import io.suretyhub.platform.Spreadsheet;
import io.suretyhub.shared.AccessScope;
import io.suretyhub.shared.AuditEvent;
import io.suretyhub.shared.RuleViolation;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The authorities' warning board (R-SUP-4): filter, page, export, detail, waive. Scoped to the viewer's
 * area; an obligation outside it answers 404 (R-GEO-2).
 */
@Controller
@RequestMapping("/warnings")
@PreAuthorize("hasAnyRole('REGION_AUTHORITY', 'LOCAL_AUTHORITY', 'FINANCIAL_REGULATOR')")
class WarningBoardController {

	private final WarningBoard board;

	private final Obligations obligations;

	private final BoardExport export;

	private final ApplicationEventPublisher events;

	private final MessageSource messages;

	private final PartyNames names;

	WarningBoardController(WarningBoard board, Obligations obligations, BoardExport export,
			ApplicationEventPublisher events, MessageSource messages, PartyNames names) {
		this.names = names;
		this.board = board;
		this.obligations = obligations;
		this.export = export;
		this.events = events;
		this.messages = messages;
	}

	@GetMapping
	String board(@Valid @ModelAttribute("filter") BoardFilterForm form, BindingResult result, AccessScope scope,
			Model model) {
		int size = result.hasErrors() ? BoardFilterForm.DEFAULT_SIZE : form.sizeOrDefault();
		var rows = result.hasErrors() ? new PageOf<BoardRow>(List.of(), 0, size, 0)
				: board.page(scope, form.filter(), form.pageOrFirst(), size);
		model.addAttribute("rows", rows);
		model.addAttribute("names", names.of(rows.rows().stream().map(BoardRow::parties).toList()));
		model.addAttribute("zone", WorkingCalendar.ZONE);
		model.addAttribute("levels", List.of(WarningLevel.REMINDER, WarningLevel.YELLOW, WarningLevel.ORANGE, WarningLevel.RED));
		model.addAttribute("statuses", ObligationStatus.values());
		return "obligation/board";
	}

	@GetMapping("/export.xlsx")
	void export(@Valid @ModelAttribute("filter") BoardFilterForm form, BindingResult result, AccessScope scope,
			HttpServletResponse response, Locale locale) throws IOException {
		if (result.hasErrors()) {
			response.sendError(HttpServletResponse.SC_BAD_REQUEST);
			return;
		}
		BoardFilter filter = form.filter();
		events.publishEvent(AuditEvent.success("obligation.board.export", "warning_board", scope.area(), filter.toString()));
		Spreadsheet.download(response, export.text("obligation.board.exportFile", locale),
				export.text("obligation.board.title", locale), export.headers(locale),
				sink -> {
					var seen = new java.util.HashMap<Long, String>();
					board.export(scope, filter, row -> sink.accept(export.cells(row, locale, id -> names.name(id, seen))));
				});
	}

	@GetMapping("/{id}")
	String detail(@PathVariable long id, AccessScope scope, Model model) {
		var detail = board.detail(scope, id).orElseThrow(() -> new ObligationNotFound(id));
		model.addAttribute("detail", detail);
		model.addAttribute("names", names.of(List.of(detail.obligation().parties())));
		model.addAttribute("zone", WorkingCalendar.ZONE);
		if (!model.containsAttribute("waive")) {
			model.addAttribute("waive", new WaiveForm(""));
		}
		return "obligation/detail";
	}

	@PostMapping("/{id}/waive")
	@PreAuthorize("hasAnyRole('REGION_AUTHORITY', 'LOCAL_AUTHORITY')")
	String waive(@PathVariable long id, @Valid @ModelAttribute("waive") WaiveForm form, BindingResult result,
			AccessScope scope, Model model, RedirectAttributes redirect, Locale locale) {
		if (result.hasErrors()) {
			return detail(id, scope, model);
		}
		try {
			obligations.waive(id, form.reason(), scope);
		}
		catch (RuleViolation ex) {
			model.addAttribute("violation", messages.getMessage(ex.messageKey(), ex.arguments(), locale));
			return detail(id, scope, model);
		}
		redirect.addFlashAttribute("flash", messages.getMessage("obligation.waived", new Object[] { id }, locale));
		return "redirect:/warnings/" + id;
	}

}
