package io.suretyhub.payout.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

import io.suretyhub.calendar.WorkingCalendar;
import io.suretyhub.payout.Aftermath;
import io.suretyhub.payout.PaymentRecord;
import io.suretyhub.payout.Payouts;
import io.suretyhub.payout.internal.UploadedRows;
import io.suretyhub.shared.AccessScope;
import io.suretyhub.shared.Money;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The insurer's actions on a case page: show a worker in full (audited), record payments, reimbursements. */
@Controller
@PreAuthorize("hasAnyRole('INSURER_STAFF','INSURER_ADMIN')")
class InsurerPages {

	private final Payouts payouts;

	private final Aftermath aftermath;

	private final CaseModel page;

	InsurerPages(Payouts payouts, Aftermath aftermath, CaseModel page) {
		this.payouts = payouts;
		this.aftermath = aftermath;
		this.page = page;
	}

	/** POST, so that the full numbers never sit in a URL or a browser history. */
	@PostMapping("/payouts/{id}/workers/{worker}/reveal")
	@PreAuthorize("hasRole('INSURER_STAFF')")
	String reveal(@PathVariable long id, @PathVariable long worker, AccessScope scope, Model model) {
		model.addAttribute("revealedId", worker);
		model.addAttribute("revealed", payouts.reveal(id, worker, scope));
		return page.page(id, scope, model);
	}

	@PostMapping("/payouts/{id}/payments")
	@PreAuthorize("hasRole('INSURER_STAFF')")
	String pay(@PathVariable long id, @RequestParam(defaultValue = "") String line,
			@RequestParam(defaultValue = "") String bankReference, @RequestParam(defaultValue = "") String amount,
			@RequestParam(defaultValue = "") String paidAt, AccessScope scope, Model model, HttpServletResponse response) {
		return page.refusing(id, "payment", scope, model, response, () -> {
			FormInput in = new FormInput();
			Long number = in.whole("line", line, 1, 100_000);
			String reference = in.text("bankReference", bankReference, 64);
			BigDecimal yuan = in.amount("amount", amount);
			LocalDateTime at = in.dateTime("paidAt", paidAt);
			in.check();
			payouts.record(id, new PaymentRecord(number.intValue(), reference, yuan, at.atZone(WorkingCalendar.ZONE).toInstant()), scope);
		});
	}

	@PostMapping("/payouts/{id}/payments/file")
	@PreAuthorize("hasRole('INSURER_STAFF')")
	String payFile(@PathVariable long id, @RequestParam MultipartFile file, AccessScope scope, Model model,
			HttpServletResponse response) throws IOException {
		byte[] content = file.getBytes();
		return page.refusing(id, "bank", scope, model, response,
				() -> payouts.recordAll(id, UploadedRows.bankResult(file.getOriginalFilename(), content), scope));
	}

	@PostMapping("/payouts/{id}/reimbursements")
	String reimburse(@PathVariable long id, @RequestParam(defaultValue = "") String amount,
			@RequestParam(defaultValue = "") String receivedOn, @RequestParam(defaultValue = "") String reference,
			AccessScope scope, Model model, HttpServletResponse response) {
		return page.refusing(id, "reimbursement", scope, model, response, () -> {
			FormInput in = new FormInput();
			BigDecimal yuan = in.amount("amount", amount);
			LocalDate day = in.date("receivedOn", receivedOn);
			String text = in.text("reference", reference, 100);
			in.check();
			aftermath.recordReimbursement(id, new Money(yuan), day, text, scope);
		});
	}

}
