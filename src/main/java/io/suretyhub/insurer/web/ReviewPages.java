package io.suretyhub.insurer.web;

import java.util.Locale;

import io.suretyhub.insurer.internal.DocumentStore;
import io.suretyhub.insurer.internal.Evidence;
import io.suretyhub.insurer.internal.Filings;
import io.suretyhub.insurer.internal.Measures;
import io.suretyhub.insurer.internal.Profiles;
import io.suretyhub.insurer.internal.Reminders;
import io.suretyhub.insurer.internal.SanctionTrigger;
import io.suretyhub.insurer.internal.Sanctions;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;

import io.suretyhub.shared.AccessScope;
import io.suretyhub.shared.AuditEvent;

/** The authorities' pages: insurer list with the review queue and supervision work, and each insurer's profile. */
@Controller
@RequestMapping("/insurers")
@PreAuthorize("hasAnyRole('REGION_AUTHORITY','LOCAL_AUTHORITY','FINANCIAL_REGULATOR')")
class ReviewPages {

	private final Filings filings;

	private final Profiles profiles;

	private final Sanctions sanctions;

	private final Reminders reminders;

	private final DocumentStore documents;

	private final ApplicationEventPublisher events;

	private final Evidence evidence;

	ReviewPages(Filings filings, Profiles profiles, Sanctions sanctions, Reminders reminders, DocumentStore documents,
			ApplicationEventPublisher events, Evidence evidence) {
		this.evidence = evidence;
		this.filings = filings;
		this.profiles = profiles;
		this.sanctions = sanctions;
		this.reminders = reminders;
		this.documents = documents;
		this.events = events;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("filings", filings.all());
		model.addAttribute("queue", filings.queue());
		model.addAttribute("proposals", sanctions.proposals());
		model.addAttribute("active", sanctions.active());
		model.addAttribute("reported", reminders.awaitingDecision());
		return "insurer/list";
	}

	@GetMapping("/{id}")
	String profile(@PathVariable long id, AccessScope scope, Locale locale, Model model) {
		model.addAttribute("profile", profiles.of(id, scope, locale));
		model.addAttribute("triggers", SanctionTrigger.values());
		model.addAttribute("measureKinds", Measures.KINDS);
		return "insurer/profile";
	}

	@GetMapping("/{id}/documents/{documentId}")
	ResponseEntity<byte[]> document(@PathVariable long id, @PathVariable long documentId, AccessScope scope) {
		var stored = documents.list(id).stream().filter(d -> d.id() == documentId)
			.filter(d -> evidence.visible(id, documentId, scope)).findFirst()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		byte[] content = documents.content(id, documentId).orElseThrow();
		events.publishEvent(AuditEvent.success("insurer.document.view", "insurer-document", documentId,
				"kind=" + stored.kind()));
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_TYPE, stored.contentType())
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"document-" + documentId + "\"")
			.header("X-Content-Type-Options", "nosniff")
			.body(content);
	}

}
