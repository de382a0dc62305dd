package io.suretyhub.openapi.web;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.Valid;

import io.suretyhub.payout.ArrearsCases;
import io.suretyhub.payout.PaymentRecord;
import io.suretyhub.payout.PaymentResult;
import io.suretyhub.payout.PayoutCase;
import io.suretyhub.payout.Payouts;
import io.suretyhub.shared.AccessScope;
import io.suretyhub.shared.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /open/v1/payment-notices}: the payment notices sent to the calling insurer, their rosters and the
 * payments it reports (R-CLM-2, R-CLM-5). Another insurer's notice answers 404. The full ID numbers and bank
 * cards come only from the payout module's audited display, one audit record per worker and read.
 */
@RestController
@RequestMapping("/open/v1/payment-notices")
@OpenApiOperations
class PaymentNoticesEndpoint {

	private final ArrearsCases cases;

	private final Payouts payouts;

	PaymentNoticesEndpoint(ArrearsCases cases, Payouts payouts) {
		this.cases = cases;
		this.payouts = payouts;
	}

	/** The insurer's payment notices, newest first (at most 200), without rosters. */
	@Operation(operationId = "listPaymentNotices", summary = "The payment notices sent to the insurer, newest first, without roster")
	@GetMapping
	List<PaymentNoticeView> list(AccessScope insurer) {
		return cases.list(insurer).stream().filter(c -> c.noticeNumber() != null)
			.map(c -> PaymentNoticeView.of(c, null))
			.toList();
	}

	/** One notice with its roster in full, for paying it; every worker's display is audited. */
	@Operation(operationId = "getPaymentNotice", summary = "One payment notice with its roster in full (each display audited)")
	@GetMapping("/{id}")
	PaymentNoticeView get(@PathVariable long id, AccessScope insurer) {
		PayoutCase notice = cases.find(id, insurer);
		AccessScope payer = payer(insurer);
		var roster = cases.workers(id, insurer).stream()
			.map(w -> PaymentNoticeView.Worker.of(w, payouts.reveal(id, w.id(), payer)))
			.toList();
		return PaymentNoticeView.of(notice, roster);
	}

	/**
	 * Reports a bank transfer to a roster line: 201 the first time, 200 with {@code repeated} for a bank
	 * reference already recorded with the same line and amount (nothing changes).
	 */
	@Operation(operationId = "reportPayment", summary = "Report a bank transfer to one roster line")
	@ApiResponse(responseCode = "201", description = "Recorded",
			content = @Content(mediaType = "application/json", schema = @Schema(implementation = PaymentView.class)))
	@ApiResponse(responseCode = "200", description = "This bank reference was already recorded (repeated: true)",
			content = @Content(mediaType = "application/json", schema = @Schema(implementation = PaymentView.class)))
	@PostMapping("/{id}/payments")
	ResponseEntity<PaymentView> pay(@PathVariable long id, @Valid @RequestBody PaymentRecord payment,
			AccessScope insurer) {
		cases.find(id, insurer);
		PaymentResult result = payouts.record(id, payment, payer(insurer));
		return ResponseEntity.status(result.repeated() ? HttpStatus.OK : HttpStatus.CREATED)
			.body(new PaymentView(result.paymentId(), result.bankReference(), result.repeated(),
					result.insurerOutstanding().amount()));
	}

	/** The insurer's system pays as the insurer's staff: it sees and pays the notices of the insurer and its branches. */
	private static AccessScope payer(AccessScope insurer) {
		return new AccessScope(insurer.accountId(), insurer.username(), insurer.organisationId(), insurer.area(),
				Role.INSURER_STAFF);
	}

	/**
	 * @param repeated {@code true} when this bank reference was already recorded: nothing changed
	 * @param insurerOutstanding what the insurer may still pay under the notice, in yuan
	 */
	record PaymentView(long paymentId, String bankReference, boolean repeated, BigDecimal insurerOutstanding) {
	}

}
