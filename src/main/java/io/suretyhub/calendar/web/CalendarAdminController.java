package io.suretyhub.calendar.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import io.suretyhub.calendar.WorkingCalendar;
import io.suretyhub.calendar.internal.CalendarDocument;
import io.suretyhub.calendar.internal.CalendarYears;
import io.suretyhub.calendar.internal.Scope;
import io.suretyhub.shared.AccessScope;
import io.suretyhub.shared.InvalidInput;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrators' page for calendar years (R-TIME-1): what is in force, its history, a new year. */
@Controller
@RequestMapping("/admin/calendar")
@PreAuthorize("hasRole('SYSTEM_ADMIN')")
class CalendarAdminController {

	private final CalendarYears years;

	private final MessageSource messages;

	private final Clock clock;

	CalendarAdminController(CalendarYears years, MessageSource messages, Clock clock) {
		this.years = years;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping
	String overview(Model model) {
		model.addAttribute("form", YearForm.empty(LocalDate.now(clock).getYear() + 1));
		return page(model);
	}

	@PostMapping
	String publish(@ModelAttribute("form") YearForm form, BindingResult result, AccessScope scope, Model model,
			RedirectAttributes redirect, Locale locale) {
		var input = new CalendarInput();
		try {
			Scope target = form.target(input);
			CalendarDocument document = form.document(input);
			input.check();
			var published = years.publish(target, document, form.note(), scope.username());
			redirect.addFlashAttribute("flash", messages.getMessage("calendar.admin.published",
					new Object[] { target.key(), published.year(), published.version() }, locale));
			return "redirect:/admin/calendar/" + target.key() + "/" + published.year();
		}
		catch (InvalidInput invalid) {
			invalid.problems().forEach(p -> result.rejectValue(formField(p.field()), p.messageKey(), p.arguments(), null));
			return page(model);
		}
	}

	/** Problems of single days belong to the days text. */
	private static String formField(String field) {
		return field.startsWith("days") ? "days" : field;
	}

	@GetMapping("/{scope}/{year}")
	String year(@PathVariable String scope, @PathVariable int year, Model model) {
		if (!Scope.isValid(scope)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		var inForce = years.inForce(new Scope(scope), year);
		if (inForce == null) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		model.addAttribute("inForce", inForce);
		model.addAttribute("history", years.history(new Scope(scope), year));
		model.addAttribute("zone", WorkingCalendar.ZONE);
		model.addAttribute("scopes", scopes());
		model.addAttribute("form", new YearForm(scope, String.valueOf(year), String.join("\n", inForce.document().sources()),
				"", DaysText.format(inForce.document().days())));
		return "calendar/year";
	}

	private String page(Model model) {
		model.addAttribute("arrangements", years.inForce());
		model.addAttribute("scopes", scopes());
		return "calendar/admin";
	}

	/** The scopes an administrator picks from: national and every region with days of its own. */
	private List<String> scopes() {
		return years.inForce().stream().map(a -> a.scope().key()).distinct().toList();
	}

}
