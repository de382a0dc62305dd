package io.suretyhub.payout.web;

import java.io.IOException;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import io.suretyhub.calendar.WorkingCalendar;
import io.suretyhub.payout.ArrearsCases;
import io.suretyhub.payout.PayoutCase;
import io.suretyhub.payout.PayoutWorker;
import io.suretyhub.payout.Payouts;
import io.suretyhub.payout.internal.PaymentRepository;
import io.suretyhub.platform.Spreadsheet;
import io.suretyhub.shared.AccessScope;
import io.suretyhub.shared.AuditEvent;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The case's roster and payments as an Excel workbook, for the authorities and the insurer that see the case
 * page. ID and card numbers are masked for every role: the full numbers are only shown one worker at a
 * time through the audited reveal. A case outside the viewer's scope answers 404 like a missing one.
 */
@Controller
@PreAuthorize("hasAnyRole('REGION_AUTHORITY','LOCAL_AUTHORITY','FINANCIAL_REGULATOR','INSURER_ADMIN','INSURER_STAFF')")
class CaseExport {

	private static final List<String> ROSTER = List.of("line", "name", "idNumber", "bankCard", "bank", "amount", "paid",
			"bankReference", "paidAt");

	private static final List<String> PAYMENTS = List.of("bankReference", "line", "amount", "paidAt");

	private final ArrearsCases cases;

	private final Payouts payouts;

	private final MessageSource messages;

	private final ApplicationEventPublisher events;

	CaseExport(ArrearsCases cases, Payouts payouts, MessageSource messages, ApplicationEventPublisher events) {
		this.cases = cases;
		this.payouts = payouts;
		this.messages = messages;
		this.events = events;
	}

	@GetMapping("/payouts/{id}/roster.xlsx")
	void export(@PathVariable long id, AccessScope scope, Locale locale, HttpServletResponse response) throws IOException {
		PayoutCase c = cases.find(id, scope);
		List<PayoutWorker> workers = cases.workers(id, scope);
		List<PaymentRepository.Paid> payments = payouts.payments(id, scope);
		Map<Integer, List<PaymentRepository.Paid>> byLine = payments.stream()
			.collect(Collectors.groupingBy(PaymentRepository.Paid::line));
		events.publishEvent(AuditEvent.success("payout.roster.export", "payout-case", c.id(),
				"workers=" + workers.size() + " payments=" + payments.size()));
		Spreadsheet.download(response, text("payout.export.file", locale, String.valueOf(c.id())), List.of(
				new Spreadsheet.Sheet(text("payout.export.roster", locale), headers(ROSTER, locale),
						sink -> workers.forEach(w -> sink.accept(roster(w, byLine.getOrDefault(w.line(), List.of()))))),
				new Spreadsheet.Sheet(text("payout.export.payments", locale), headers(PAYMENTS, locale),
						sink -> payments.forEach(p -> sink.accept(
								List.of(p.bankReference(), p.line(), p.amount().amount(), local(p.paidAt())))))));
	}

	/** A worker's row: the bank references of its payments, and when the last one was made. */
	private static List<?> roster(PayoutWorker w, List<PaymentRepository.Paid> paid) {
		String references = paid.stream().map(PaymentRepository.Paid::bankReference).collect(Collectors.joining("; "));
		ZonedDateTime last = paid.stream().map(PaymentRepository.Paid::paidAt).max(Comparator.naturalOrder())
			.map(CaseExport::local).orElse(null);
		return Arrays.asList(w.line(), w.name(), w.idMasked(), w.cardMasked(), w.bank(), w.amount().amount(),
				w.paid().amount(), references, last);
	}

	private static ZonedDateTime local(Instant at) {
		return at.atZone(WorkingCalendar.ZONE);
	}

	private List<String> headers(List<String> fields, Locale locale) {
		return fields.stream().map(f -> text("payout.field." + f, locale)).toList();
	}

	private String text(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}

}
