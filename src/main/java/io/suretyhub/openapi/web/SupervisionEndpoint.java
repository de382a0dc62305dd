package io.suretyhub.openapi.web;

import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;

import io.suretyhub.insurer.InsurerSelfService;
import io.suretyhub.shared.AccessScope;
import io.swagger.v3.oas.annotations.Operation;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The insurer's own supervision: reminders (R-SUP-2), sanctions (R-SUP-3) and quarterly reports (R-INS-6). */
@RestController
@OpenApiOperations
class SupervisionEndpoint {

	private final InsurerSelfService insurers;

	SupervisionEndpoint(InsurerSelfService insurers) {
		this.insurers = insurers;
	}

	@Operation(operationId = "listReminders", summary = "The insurer's work reminders, newest first")
	@GetMapping("/open/v1/reminders")
	List<InsurerSelfService.ReminderItem> reminders(AccessScope insurer) {
		return insurers.reminders(insurer.organisationId());
	}

	@Operation(operationId = "listSanctions", summary = "The insurer's sanctions as confirmed by the authority")
	@GetMapping("/open/v1/sanctions")
	List<InsurerSelfService.SanctionItem> sanctions(AccessScope insurer) {
		return insurers.sanctions(insurer.organisationId());
	}

	@Operation(operationId = "submitQuarterlyReport", summary = "Submit a quarterly report")
	@PostMapping("/open/v1/quarterly-reports")
	@ResponseStatus(HttpStatus.CREATED)
	Map<String, Long> submit(@Valid @RequestBody InsurerSelfService.QuarterlyReport report, AccessScope insurer) {
		return Map.of("id", insurers.submitQuarterlyReport(insurer.organisationId(), report, insurer));
	}

}
