package io.suretyhub.policy.history;

import java.io.IOException;
import java.util.List;

import io.suretyhub.policy.PolicyNotFound;
import io.suretyhub.policy.history.HistoricalPolicy.ImportReport;
import io.suretyhub.shared.AccessScope;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code /api/v1/historical-policies}: the register and its imports (R-POL-9). An import answers 201 with
 * its report when every row was stored, 422 with the report naming each bad row and field when none was.
 */
@RestController
@RequestMapping("/api/v1/historical-policies")
@PreAuthorize("hasAnyRole('REGION_AUTHORITY','LOCAL_AUTHORITY','INSURER_ADMIN','INSURER_STAFF')")
class HistoricalApi {

	private final HistoricalImports imports;

	HistoricalApi(HistoricalImports imports) {
		this.imports = imports;
	}

	@GetMapping
	List<HistoricalPolicy> list(AccessScope scope) {
		return imports.visible(scope);
	}

	@PostMapping("/imports")
	ResponseEntity<ImportReport> upload(@RequestParam MultipartFile file, AccessScope scope) throws IOException {
		ImportReport report = imports.importFile(file.getOriginalFilename(), file.getBytes(), scope);
		return ResponseEntity.status(report.accepted() ? HttpStatus.CREATED : HttpStatus.UNPROCESSABLE_CONTENT).body(report);
	}

	@GetMapping("/imports/{id}")
	ImportReport report(@PathVariable long id, AccessScope scope) {
		return imports.report(id, scope).orElseThrow(() -> new PolicyNotFound(id));
	}

}
