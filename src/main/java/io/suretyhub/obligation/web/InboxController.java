package io.suretyhub.obligation.web;

import java.util.Locale;

import io.suretyhub.calendar.WorkingCalendar;
import io.suretyhub.obligation.internal.Inbox;
import io.suretyhub.shared.AccessScope;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in organisation's notices: warnings and moved deadlines. */
@Controller
@RequestMapping("/inbox")
@PreAuthorize("isAuthenticated()")
class InboxController {

	private static final int PAGE_SIZE = 30;

	private final Inbox inbox;

	private final MessageSource messages;

	InboxController(Inbox inbox, MessageSource messages) {
		this.inbox = inbox;
		this.messages = messages;
	}

	@GetMapping
	String inbox(@RequestParam(defaultValue = "0") int page, AccessScope scope, Model model) {
		model.addAttribute("items", inbox.page(scope, Math.max(0, page), PAGE_SIZE));
		model.addAttribute("unread", inbox.unread(scope));
		model.addAttribute("zone", WorkingCalendar.ZONE);
		return "obligation/inbox";
	}

	@PostMapping("/{id}/read")
	String read(@PathVariable long id, @RequestParam(defaultValue = "0") int page, AccessScope scope) {
		if (!inbox.markRead(scope, id)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return "redirect:/inbox?page=" + Math.max(0, page);
	}

	@PostMapping("/read-all")
	String readAll(AccessScope scope, RedirectAttributes redirect, Locale locale) {
		int marked = inbox.markAllRead(scope);
		redirect.addFlashAttribute("flash", messages.getMessage("obligation.inbox.allRead", new Object[] { marked }, locale));
		return "redirect:/inbox";
	}

}
