package io.suretyhub.policy.history;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import io.suretyhub.platform.Spreadsheet;
import io.suretyhub.policy.PolicyNotFound;
import io.suretyhub.policy.history.HistoricalPolicy.RowProblem;
import io.suretyhub.shared.AccessScope;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The historical policy register (R-POL-9): upload a CSV or Excel file, read the report, download it. */
@Controller
@RequestMapping("/historical-policies")
@PreAuthorize("hasAnyRole('REGION_AUTHORITY','LOCAL_AUTHORITY','INSURER_ADMIN','INSURER_STAFF')")
class HistoricalPages {

	private final HistoricalImports imports;

	private final MessageSource messages;

	HistoricalPages(HistoricalImports imports, MessageSource messages) {
		this.imports = imports;
		this.messages = messages;
	}

	@GetMapping
	String list(AccessScope scope, Model model) {
		model.addAttribute("policies", imports.visible(scope));
		model.addAttribute("columns", HistoricalPolicy.COLUMNS);
		return "policy/historical";
	}

	@PostMapping("/imports")
	String upload(@RequestParam(required = false) MultipartFile file, AccessScope scope, Model model) throws IOException {
		byte[] content = file == null ? new byte[0] : file.getBytes();
		model.addAttribute("report", imports.importFile(file == null ? null : file.getOriginalFilename(), content, scope));
		return list(scope, model);
	}

	@GetMapping("/imports/{id}")
	String report(@PathVariable long id, AccessScope scope, Model model) {
		model.addAttribute("report", imports.report(id, scope).orElseThrow(() -> new PolicyNotFound(id)));
		return list(scope, model);
	}

	/** The report of an import as a workbook: one line per bad row and field. */
	@GetMapping("/imports/{id}/report.xlsx")
	void reportWorkbook(@PathVariable long id, AccessScope scope, Locale locale, HttpServletResponse response)
			throws IOException {
		var report = imports.report(id, scope).orElseThrow(() -> new PolicyNotFound(id));
		List<String> headers = List.of(text("policy.historical.report.row", locale),
				text("policy.historical.report.field", locale), text("policy.historical.report.problem", locale),
				text("policy.historical.report.value", locale));
		Spreadsheet.download(response, text("policy.historical.report.file", locale) + "-" + id + ".xlsx",
				text("policy.historical.report.sheet", locale), headers, sink -> report.problems()
					.forEach(p -> sink.accept(List.of(p.row(), field(p, locale), problem(p, locale), value(p)))));
	}

	/** An empty import file with the header row, to fill in. */
	@GetMapping("/template.csv")
	ResponseEntity<byte[]> template(Locale locale) {
		String header = String.join(",", HistoricalPolicy.COLUMNS.stream()
			.map(c -> text("policy.historical.column." + c, locale)).toList()) + "\r\n";
		byte[] bom = { (byte) 0xef, (byte) 0xbb, (byte) 0xbf };
		byte[] body = header.getBytes(StandardCharsets.UTF_8);
		byte[] content = new byte[bom.length + body.length];
		System.arraycopy(bom, 0, content, 0, bom.length);
		System.arraycopy(body, 0, content, bom.length, body.length);
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename(text("policy.historical.template.file", locale), StandardCharsets.UTF_8).build().toString())
			.body(content);
	}

	private String field(RowProblem p, Locale locale) {
		return text("policy.historical.column." + p.field(), locale);
	}

	private String problem(RowProblem p, Locale locale) {
		return messages.getMessage(p.messageKey(), new Object[] { p.argument() }, locale);
	}

	private static String value(RowProblem p) {
		return p.value() == null ? "" : p.value();
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}

}
