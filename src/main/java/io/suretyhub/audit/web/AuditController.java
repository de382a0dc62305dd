package io.suretyhub.audit.web;

import java.time.Clock;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import io.suretyhub.audit.ChainVerification;
import io.suretyhub.audit.internal.AuditPage;
import io.suretyhub.audit.internal.AuditRecords;
import io.suretyhub.audit.internal.AuditedVerification;
import io.suretyhub.audit.internal.VerificationMessages;
import io.suretyhub.shared.AuditEvent.Outcome;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** The audit administrator's page: the trail, newest first, with filters, and the chain check (htmx). */
@Controller
@RequestMapping("/audit")
@PreAuthorize("hasRole('AUDIT_ADMIN')")
class AuditController {

	private final AuditRecords records;

	private final AuditedVerification verification;

	private final Clock clock;

	AuditController(AuditRecords records, AuditedVerification verification, Clock clock) {
		this.records = records;
		this.verification = verification;
		this.clock = clock;
	}

	@GetMapping
	String list(@Valid @ModelAttribute("filter") AuditFilter filter, BindingResult errors, Model model,
			HttpServletResponse response) {
		model.addAttribute("outcomes", Outcome.values());
		if (errors.hasErrors()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("rows", List.of());
			return "audit/list";
		}
		AuditPage page = records.find(filter.toSearch());
		model.addAttribute("rows", page.records().stream().map(r -> AuditRow.of(r, clock.getZone())).toList());
		model.addAttribute("newestLink", page.newer() ? filter.link("before", null) : null);
		model.addAttribute("newerLink", page.newer() ? filter.link("after", page.newestSequence()) : null);
		model.addAttribute("olderLink", page.older() ? filter.link("before", page.oldestSequence()) : null);
		return "audit/list";
	}

	@PostMapping("/verification")
	String verify(Model model) {
		ChainVerification result = verification.run();
		model.addAttribute("result", result);
		model.addAttribute("messageKey", VerificationMessages.key(result));
		model.addAttribute("messageArgument", VerificationMessages.argument(result));
		model.addAttribute("verifiedAt", AuditRow.TIME.format(result.verifiedAt().atZone(clock.getZone())));
		return "audit/verification :: result";
	}

}
