package io.suretyhub.insurer.web;

import java.time.LocalDate;
import java.util.List;

import io.suretyhub.insurer.internal.Filings;
import io.suretyhub.insurer.internal.Measures;
import io.suretyhub.insurer.internal.Reminders;
import io.suretyhub.insurer.internal.Sanction;
import io.suretyhub.insurer.internal.SanctionTrigger;
import io.suretyhub.insurer.internal.Sanctions;
import io.suretyhub.shared.AccessScope;
import io.suretyhub.shared.InvalidInput;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/insurers/...}: measures, work reminders, sanction proposals and sanctions (R-SUP-1 … R-SUP-3). */
@RestController
@RequestMapping("/api/v1/insurers")
@PreAuthorize("hasRole('REGION_AUTHORITY')")
class SupervisionApi {

	private final Filings filings;

	private final Measures measures;

	private final Reminders reminders;

	private final Sanctions sanctions;

	SupervisionApi(Filings filings, Measures measures, Reminders reminders, Sanctions sanctions) {
		this.filings = filings;
		this.measures = measures;
		this.reminders = reminders;
		this.sanctions = sanctions;
	}

	@PostMapping("/{id}/measures")
	@PreAuthorize("hasAnyRole('LOCAL_AUTHORITY','FINANCIAL_REGULATOR')")
	@ResponseStatus(HttpStatus.CREATED)
	IdResponse measure(@PathVariable long id, @RequestBody MeasureRequest request, AccessScope scope) {
		filings.of(id);
		return new IdResponse(measures.take(id, request.kind(), request.reason(), request.evidence(), request.rectifyBy(),
				scope));
	}

	@PostMapping("/{id}/reminders")
	@ResponseStatus(HttpStatus.CREATED)
	IdResponse remind(@PathVariable long id, @RequestBody ReminderRequest request, AccessScope scope) {
		filings.of(id);
		return new IdResponse(reminders.issue(id, request.subject(), request.respondBy(), scope));
	}

	@PostMapping("/reminders/{id}/accept")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void accept(@PathVariable long id, AccessScope scope) {
		reminders.accept(id, scope);
	}

	@PostMapping("/reminders/{id}/reject")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void reject(@PathVariable long id, @RequestBody FilingApi.TextRequest request, AccessScope scope) {
		reminders.reject(id, request.text(), scope);
	}

	@PostMapping("/{id}/proposals")
	@PreAuthorize("hasAnyRole('REGION_AUTHORITY','LOCAL_AUTHORITY')")
	@ResponseStatus(HttpStatus.CREATED)
	IdResponse propose(@PathVariable long id, @RequestBody ProposalRequest request, AccessScope scope) {
		filings.of(id);
		SanctionTrigger trigger = SanctionTrigger.fromName(request.trigger());
		if (trigger == null || trigger == SanctionTrigger.UNHEEDED_REMINDERS) {
			throw InvalidInput.of("trigger", "insurer.sanction.trigger");
		}
		return new IdResponse(sanctions.propose(id, trigger, Filings.requiredText(request.detail()), null, scope)
			.orElseThrow());
	}

	@GetMapping("/proposals")
	List<Sanction> proposals() {
		return sanctions.proposals();
	}

	@PostMapping("/sanctions/{id}/confirm")
	Sanction confirm(@PathVariable long id, @RequestBody ConfirmRequest request, AccessScope scope) {
		return sanctions.confirm(id, request.ban(), request.until(), request.reason(), scope);
	}

	@PostMapping("/sanctions/{id}/dismiss")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void dismiss(@PathVariable long id, @RequestBody FilingApi.TextRequest request, AccessScope scope) {
		sanctions.dismiss(id, request.text(), scope);
	}

	@PostMapping("/sanctions/{id}/lift")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void lift(@PathVariable long id, @RequestBody FilingApi.TextRequest request, AccessScope scope) {
		sanctions.lift(id, request.text(), scope);
	}

	record IdResponse(long id) {
	}

	record MeasureRequest(String kind, String reason, String evidence, LocalDate rectifyBy) {
	}

	record ReminderRequest(String subject, LocalDate respondBy) {
	}

	record ProposalRequest(String trigger, String detail) {
	}

	record ConfirmRequest(boolean ban, LocalDate until, String reason) {
	}

}
