package io.suretyhub.openapi.web;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import io.suretyhub.openapi.internal.OpenProblems;
import io.suretyhub.policy.HistoricalRegister;
import io.suretyhub.policy.PatrolReports;
import io.suretyhub.policy.Policies;
import io.suretyhub.shared.AccessScope;
import io.suretyhub.shared.InvalidInput;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** What the insurer reports: risk patrols on its policies (R-POL-8) and its historical policies (R-POL-9). */
@RestController
@OpenApiOperations
class RecordsEndpoint {

	private final Policies policies;

	private final PatrolReports patrols;

	private final HistoricalRegister register;

	private final OpenProblems problems;

	private final MessageSource messages;

	RecordsEndpoint(Policies policies, PatrolReports patrols, HistoricalRegister register, OpenProblems problems,
			MessageSource messages) {
		this.policies = policies;
		this.patrols = patrols;
		this.register = register;
		this.problems = problems;
		this.messages = messages;
	}

	@Operation(summary = "Report a risk patrol on one of the insurer's issued policies (R-POL-8)",
			description = "Checked as on the insurer's patrol form. Attachments are added on the patrol page.")
	@ApiResponse(responseCode = "201", description = "Recorded; the patrol's id")
	@PostMapping("/open/v1/patrols")
	@ResponseStatus(HttpStatus.CREATED)
	Map<String, Long> patrol(@Valid @RequestBody PatrolRequest request, AccessScope insurer) {
		ApplicationsEndpoint.own(policies, request.policyId(), insurer);
		return Map.of("id", patrols.record(request.policyId(), request.kind(), request.heldOn(), request.findings(),
				request.followUp(), insurer));
	}

	@Operation(summary = "Import historical (pre-platform) policies into the register (R-POL-9), all or none",
			description = "Either rows (JSON) or a workbook (Base64 of the .xlsx or .csv laid out as on the import page), "
					+ "not both. Any bad row stores nothing: 422 IMPORT_REJECTED with each bad row and field in problems.")
	@ApiResponse(responseCode = "201", description = "Every row was stored")
	@PostMapping("/open/v1/historical-policies")
	ResponseEntity<?> historical(@Valid @RequestBody HistoricalRequest request, AccessScope insurer,
			HttpServletRequest http) {
		HistoricalRegister.Report report = request.rows() != null
				? register.importRows(request.fileName(), request.rows(), insurer)
				: register.importFile(request.fileName(), request.content(), insurer);
		if (report.accepted()) {
			return ResponseEntity.status(HttpStatus.CREATED).body(new ImportAccepted(report.importId(), report.rows()));
		}
		ProblemDetail problem = problems.problem(HttpStatus.UNPROCESSABLE_CONTENT, "IMPORT_REJECTED", null, null, null, http);
		problem.setProperty("rule", "R-POL-9");
		problem.setProperty("importId", report.importId());
		problem.setProperty("problems", report.problems().stream().map(this::rowProblem).toList());
		return ResponseEntity.unprocessableContent().contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

	private Map<String, Object> rowProblem(HistoricalRegister.Problem p) {
		Object[] args = { p.argument() };
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("row", p.row());
		row.put("field", p.field());
		row.put("value", p.value());
		row.put("messages", Map.of("zh-CN", messages.getMessage(p.messageKey(), args, p.messageKey(), Locale.SIMPLIFIED_CHINESE),
				"en", messages.getMessage(p.messageKey(), args, p.messageKey(), Locale.ENGLISH)));
		return row;
	}

	@Schema(name = "PatrolReport")
	record PatrolRequest(@Schema(description = "The insurer's issued policy (application id)") long policyId,
			@Schema(allowableValues = { "SITE_INSPECTION", "PUBLICITY", "TRAINING", "SATISFACTION_SURVEY" }) @NotBlank String kind,
			@Schema(description = "yyyy-MM-dd, not in the future, not before the policy was issued", example = "2026-11-20") @NotBlank String heldOn,
			@Schema(description = "What was found, 1–2,000 characters") @NotBlank @Size(max = 2000) String findings,
			@Schema(description = "What is to be done, up to 1,000 characters") @Size(max = 1000) String followUp) {
	}

	@Schema(name = "HistoricalImport", description = "rows or workbook, exactly one")
	record HistoricalRequest(@Schema(description = "A name for the import, shown on the report", example = "2025年承保清单")
			@Size(max = 200) String fileName,
			@Schema(description = "The policies; a problem's row is the position here, from 1") @Size(max = 5000)
			List<HistoricalRegister.Row> rows,
			@Schema(description = "Base64 of an .xlsx workbook (first sheet) or a UTF-8 CSV with the header row; a "
					+ "problem's row is the spreadsheet row (the header is row 1)") String workbook) {

		byte[] content() {
			if (workbook == null || workbook.isBlank()) {
				throw InvalidInput.of("rows", "openapi.error.historical.oneOf");
			}
			try {
				return Base64.getDecoder().decode(workbook.strip());
			}
			catch (IllegalArgumentException ex) {
				throw InvalidInput.of("workbook", "openapi.error.historical.base64");
			}
		}

		@Override
		public List<HistoricalRegister.Row> rows() {
			if (rows != null && workbook != null) {
				throw InvalidInput.of("rows", "openapi.error.historical.oneOf");
			}
			return rows;
		}

	}

	@Schema(name = "HistoricalImportAccepted")
	record ImportAccepted(long importId, @Schema(description = "The rows stored") int rows) {
	}

}
