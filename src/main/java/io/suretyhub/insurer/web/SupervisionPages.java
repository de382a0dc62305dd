package io.suretyhub.insurer.web;

import java.time.LocalDate;
import java.util.Locale;

import io.suretyhub.insurer.internal.CreditRecords;
import io.suretyhub.insurer.internal.Evidence;
import io.suretyhub.insurer.internal.Filings;
import io.suretyhub.insurer.internal.Measures;
import io.suretyhub.insurer.internal.Reminders;
import io.suretyhub.insurer.internal.SanctionTrigger;
import io.suretyhub.insurer.internal.Sanctions;
import io.suretyhub.shared.AccessScope;
import io.suretyhub.shared.InvalidInput;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The actions of the insurer profile page: filing decisions, credit records, measures, reminders, sanctions. */
@Controller
@RequestMapping("/insurers/{id}")
@PreAuthorize("hasRole('REGION_AUTHORITY')")
class SupervisionPages {

	private final Filings filings;

	private final CreditRecords credit;

	private final Measures measures;

	private final Reminders reminders;

	private final Sanctions sanctions;

	private final Evidence evidence;

	private final Outcomes outcomes;

	SupervisionPages(Filings filings, CreditRecords credit, Measures measures, Reminders reminders, Sanctions sanctions,
			Evidence evidence, Outcomes outcomes) {
		this.evidence = evidence;
		this.filings = filings;
		this.credit = credit;
		this.measures = measures;
		this.reminders = reminders;
		this.sanctions = sanctions;
		this.outcomes = outcomes;
	}

	@PostMapping("/register")
	String register(@PathVariable long id, AccessScope scope, Locale locale, RedirectAttributes redirect) {
		return outcomes.run(page(id), "insurer.done.registered", null, locale, redirect, () -> filings.register(id, scope));
	}

	@PostMapping("/return")
	String giveBack(@PathVariable long id, @RequestParam(required = false) String reason, AccessScope scope,
			Locale locale, RedirectAttributes redirect) {
		return outcomes.run(page(id), "insurer.done.returned", null, locale, redirect,
				() -> filings.returnFiling(id, reason, scope));
	}

	@PostMapping("/revoke")
	String revoke(@PathVariable long id, @RequestParam(required = false) String reason, AccessScope scope,
			Locale locale, RedirectAttributes redirect) {
		return outcomes.run(page(id), "insurer.done.revoked", null, locale, redirect, () -> filings.revoke(id, reason, scope));
	}

	@PostMapping("/credit-records")
	String badCredit(@PathVariable long id, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate recordedOn,
			@RequestParam(required = false) String description, AccessScope scope, Locale locale,
			RedirectAttributes redirect) {
		return outcomes.run(page(id), "insurer.done.saved", null, locale, redirect, () -> {
			filings.of(id);
			credit.record(id, recordedOn, description, scope);
		});
	}

	@PostMapping("/measures")
	@PreAuthorize("hasAnyRole('LOCAL_AUTHORITY','FINANCIAL_REGULATOR')")
	String measure(@PathVariable long id, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String reason, @RequestParam(name = "evidence", required = false) String evidenceText,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate rectifyBy,
			@RequestParam(required = false) MultipartFile file, AccessScope scope, Locale locale,
			RedirectAttributes redirect) {
		return outcomes.run(page(id), "insurer.done.measure", null, locale, redirect, () -> {
			filings.of(id);
			Evidence.Upload upload = file == null || file.isEmpty() ? null : Uploads.of(file);
			evidence.takeMeasure(id, kind, reason, evidenceText, rectifyBy, upload, scope);
		});
	}

	@PostMapping("/measures/{measureId}/evidence")
	@PreAuthorize("hasAnyRole('LOCAL_AUTHORITY','FINANCIAL_REGULATOR')")
	String measureEvidence(@PathVariable long id, @PathVariable long measureId,
			@RequestParam(required = false) MultipartFile file, AccessScope scope, Locale locale,
			RedirectAttributes redirect) {
		return outcomes.run(page(id), "insurer.done.evidence", null, locale, redirect,
				() -> evidence.toMeasure(id, measureId, Uploads.required(file), scope));
	}

	@PostMapping("/sanctions/{sanctionId}/evidence")
	String sanctionEvidence(@PathVariable long id, @PathVariable long sanctionId,
			@RequestParam(required = false) MultipartFile file, AccessScope scope, Locale locale,
			RedirectAttributes redirect) {
		return outcomes.run(page(id), "insurer.done.evidence", null, locale, redirect,
				() -> evidence.toSanction(id, sanctionId, Uploads.required(file), scope));
	}

	@PostMapping("/reminders")
	String remind(@PathVariable long id, @RequestParam(required = false) String subject,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate respondBy,
			AccessScope scope, Locale locale, RedirectAttributes redirect) {
		return outcomes.run(page(id), "insurer.done.reminded", null, locale, redirect, () -> {
			filings.of(id);
			reminders.issue(id, subject, respondBy, scope);
		});
	}

	@PostMapping("/reminders/{reminderId}/decide")
	String decideReminder(@PathVariable long id, @PathVariable long reminderId, @RequestParam boolean accept,
			@RequestParam(required = false) String reason, AccessScope scope, Locale locale, RedirectAttributes redirect) {
		return outcomes.run(page(id), "insurer.done.decided", null, locale, redirect, () -> {
			requireInsurer(reminders.find(reminderId).insurerId(), id);
			if (accept) {
				reminders.accept(reminderId, scope);
			}
			else {
				reminders.reject(reminderId, reason, scope);
			}
		});
	}

	@PostMapping("/proposals")
	@PreAuthorize("hasAnyRole('REGION_AUTHORITY','LOCAL_AUTHORITY')")
	String propose(@PathVariable long id, @RequestParam(required = false) String trigger,
			@RequestParam(required = false) String detail, AccessScope scope, Locale locale, RedirectAttributes redirect) {
		return outcomes.run(page(id), "insurer.done.proposed", null, locale, redirect, () -> {
			filings.of(id);
			SanctionTrigger kind = SanctionTrigger.fromName(trigger);
			if (kind == null || kind == SanctionTrigger.UNHEEDED_REMINDERS) {
				throw InvalidInput.of("trigger", "insurer.sanction.trigger");
			}
			sanctions.propose(id, kind, Filings.requiredText(detail), null, scope);
		});
	}

	@PostMapping("/sanctions/{sanctionId}/{decision}")
	String decideSanction(@PathVariable long id, @PathVariable long sanctionId, @PathVariable String decision,
			@RequestParam(required = false) String reason, @RequestParam(defaultValue = "false") boolean ban,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate until,
			AccessScope scope, Locale locale, RedirectAttributes redirect) {
		return outcomes.run(page(id), "insurer.done.decided", null, locale, redirect, () -> {
			requireInsurer(sanctions.find(sanctionId).insurerId(), id);
			switch (decision) {
				case "confirm" -> sanctions.confirm(sanctionId, ban, until, reason, scope);
				case "dismiss" -> sanctions.dismiss(sanctionId, reason, scope);
				case "lift" -> sanctions.lift(sanctionId, reason, scope);
				default -> throw new org.springframework.web.server.ResponseStatusException(
						org.springframework.http.HttpStatus.NOT_FOUND);
			}
		});
	}

	private static void requireInsurer(long actual, long expected) {
		if (actual != expected) {
			throw new org.springframework.web.server.ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND);
		}
	}

	private static String page(long id) {
		return "/insurers/" + id;
	}

}
