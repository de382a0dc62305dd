package io.suretyhub.statistics.web;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import io.suretyhub.shared.AccessScope;
import io.suretyhub.statistics.QuarterlyReport;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The quarterly report (PDF, Chinese) of the viewer's area, to hand upward (R-STAT-1). */
@Controller
@Validated
@PreAuthorize("hasAnyRole('REGION_AUTHORITY','LOCAL_AUTHORITY','FINANCIAL_REGULATOR')")
class ReportDownload {

	private final QuarterlyReport report;

	private final MessageSource messages;

	ReportDownload(QuarterlyReport report, MessageSource messages) {
		this.report = report;
		this.messages = messages;
	}

	@GetMapping("/statistics/report.pdf")
	ResponseEntity<byte[]> pdf(@RequestParam @Min(2000) @Max(2100) int year, @RequestParam @Min(1) @Max(4) int quarter,
			AccessScope scope, Locale locale) {
		byte[] pdf = report.pdf(year, quarter, scope);
		String name = messages.getMessage("statistics.report.file", new Object[] { year, quarter }, locale);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
			.body(pdf);
	}

}
