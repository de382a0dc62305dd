package io.suretyhub.payout.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import io.suretyhub.payout.Aftermath;
import io.suretyhub.payout.ArrearsCases;
import io.suretyhub.payout.NewDecision;
import io.suretyhub.payout.NoticeRequest;
import io.suretyhub.payout.PaymentRecord;
import io.suretyhub.payout.PaymentResult;
import io.suretyhub.payout.Payouts;
import io.suretyhub.payout.UnmaskedWorker;
import io.suretyhub.payout.internal.PaymentRepository;
import io.suretyhub.payout.internal.UploadedRows;
import io.suretyhub.shared.AccessScope;
import io.suretyhub.shared.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** {@code /api/v1/payouts}: arrears cases, payment notices, payments and what follows them, as JSON. */
@RestController
@RequestMapping("/api/v1/payouts")
@PreAuthorize("hasAnyRole('REGION_AUTHORITY','LOCAL_AUTHORITY','FINANCIAL_REGULATOR','CONTRACTOR','INSURER_ADMIN','INSURER_STAFF')")
class PayoutApi {

	private final ArrearsCases cases;

	private final Payouts payouts;

	private final Aftermath aftermath;

	PayoutApi(ArrearsCases cases, Payouts payouts, Aftermath aftermath) {
		this.cases = cases;
		this.payouts = payouts;
		this.aftermath = aftermath;
	}

	@GetMapping("/cases")
	List<PayoutJson.CaseView> list(AccessScope scope) {
		return cases.list(scope).stream().map(PayoutJson.CaseView::of).toList();
	}

	@GetMapping("/cases/{id}")
	PayoutJson.CaseView get(@PathVariable long id, AccessScope scope) {
		return PayoutJson.CaseView.of(cases.find(id, scope));
	}

	@PostMapping("/cases")
	@PreAuthorize("hasRole('LOCAL_AUTHORITY')")
	ResponseEntity<PayoutJson.CaseView> decide(@Valid @RequestBody NewDecision decision, AccessScope scope) {
		long id = cases.decide(decision, scope);
		return ResponseEntity.created(URI.create("/api/v1/payouts/cases/" + id)).body(get(id, scope));
	}

	@PostMapping("/cases/{id}/unpaid")
	@PreAuthorize("hasRole('LOCAL_AUTHORITY')")
	PayoutJson.CaseView unpaid(@PathVariable long id, AccessScope scope) {
		cases.recordUnpaid(id, scope);
		return get(id, scope);
	}

	@PostMapping("/cases/{id}/notice")
	@PreAuthorize("hasRole('LOCAL_AUTHORITY')")
	ResponseEntity<PayoutJson.NoticeView> notice(@PathVariable long id, @Valid @RequestBody NoticeRequest request,
			AccessScope scope) {
		return ResponseEntity.status(HttpStatus.CREATED).body(PayoutJson.NoticeView.of(cases.issueNotice(id, request, scope)));
	}

	/** The notice with the roster uploaded as CSV or Excel; a file with any bad row is refused whole, each row named. */
	@PostMapping(path = "/cases/{id}/notice/roster", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasRole('LOCAL_AUTHORITY')")
	ResponseEntity<PayoutJson.NoticeView> noticeWithFile(@PathVariable long id, @RequestParam MultipartFile file,
			@RequestParam(required = false) String head, @RequestParam(required = false) String handler,
			@RequestParam(required = false) String phone, AccessScope scope) throws IOException {
		var roster = UploadedRows.roster(file.getOriginalFilename(), file.getBytes());
		var issued = cases.issueNotice(id, new NoticeRequest(head, handler, phone, roster), scope);
		return ResponseEntity.status(HttpStatus.CREATED).body(PayoutJson.NoticeView.of(issued));
	}

	@GetMapping(path = "/cases/{id}/notice.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	@PreAuthorize("hasAnyRole('LOCAL_AUTHORITY','INSURER_STAFF')")
	byte[] document(@PathVariable long id, AccessScope scope) {
		return cases.document(id, scope);
	}

	@GetMapping("/cases/{id}/workers")
	List<PayoutJson.WorkerView> workers(@PathVariable long id, AccessScope scope) {
		return cases.workers(id, scope).stream().map(PayoutJson.WorkerView::of).toList();
	}

	/** The full numbers of one worker, for the insurer staff paying it; audited. */
	@GetMapping("/cases/{id}/workers/{worker}/unmasked")
	@PreAuthorize("hasRole('INSURER_STAFF')")
	UnmaskedWorker unmasked(@PathVariable long id, @PathVariable long worker, AccessScope scope) {
		return payouts.reveal(id, worker, scope);
	}

	@GetMapping("/queue")
	@PreAuthorize("hasRole('INSURER_STAFF')")
	List<PayoutJson.CaseView> queue(AccessScope scope) {
		return cases.queue(scope).stream().map(PayoutJson.CaseView::of).toList();
	}

	/** Records a payment: 201 the first time, 200 with {@code repeated} for a bank reference already on file. */
	@PostMapping("/cases/{id}/payments")
	@PreAuthorize("hasRole('INSURER_STAFF')")
	ResponseEntity<PayoutJson.PaymentView> pay(@PathVariable long id, @Valid @RequestBody PaymentRecord payment,
			AccessScope scope) {
		PaymentResult result = payouts.record(id, payment, scope);
		return ResponseEntity.status(result.repeated() ? HttpStatus.OK : HttpStatus.CREATED).body(PayoutJson.PaymentView.of(result));
	}

	/** A bank result file (CSV or Excel): all rows recorded or none; known bank references change nothing. */
	@PostMapping(path = "/cases/{id}/payments/file", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasRole('INSURER_STAFF')")
	List<PayoutJson.PaymentView> payFile(@PathVariable long id, @RequestParam MultipartFile file, AccessScope scope)
			throws IOException {
		var rows = UploadedRows.bankResult(file.getOriginalFilename(), file.getBytes());
		return payouts.recordAll(id, rows, scope).stream().map(PayoutJson.PaymentView::of).toList();
	}

	@GetMapping("/cases/{id}/payments")
	List<PaymentRepository.Paid> payments(@PathVariable long id, AccessScope scope) {
		return payouts.payments(id, scope);
	}

	@PostMapping("/cases/{id}/excess-payment")
	@PreAuthorize("hasRole('LOCAL_AUTHORITY')")
	PayoutJson.CaseView excessPaid(@PathVariable long id, AccessScope scope) {
		aftermath.recordExcessPaid(id, scope);
		return get(id, scope);
	}

	@PostMapping("/cases/{id}/replacement")
	@PreAuthorize("hasRole('LOCAL_AUTHORITY')")
	PayoutJson.CaseView replacement(@PathVariable long id, @RequestBody Replacement replacement, AccessScope scope) {
		aftermath.recordReplacement(id, replacement.kind(), replacement.reference(), scope);
		return get(id, scope);
	}

	/**
	 * Records a reimbursement (200). A receipt reference already recorded on the case with the same amount and day
	 * answers that recording with {@code repeated} and changes nothing (like a repeated bank reference of a
	 * payment); with another amount or day it is refused (422, {@code R-CLM-7}).
	 */
	@PostMapping("/cases/{id}/reimbursements")
	@PreAuthorize("hasAnyRole('INSURER_STAFF','INSURER_ADMIN')")
	PayoutJson.ReimbursementView reimbursement(@PathVariable long id, @Valid @RequestBody Reimbursement r, AccessScope scope) {
		return PayoutJson.ReimbursementView.of(
				aftermath.recordReimbursement(id, new Money(r.amount()), r.receivedOn(), r.reference(), scope));
	}

	record Replacement(String kind, String reference) {
	}

	record Reimbursement(@NotNull @DecimalMin("0.01") @Digits(integer = 16, fraction = 2) BigDecimal amount,
			@NotNull LocalDate receivedOn, @NotBlank @Size(max = 100) String reference) {
	}

}
