package io.suretyhub.payout.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import io.suretyhub.payout.Aftermath;
import io.suretyhub.payout.ArrearsCases;
import io.suretyhub.payout.NoticeRequest;
import io.suretyhub.payout.internal.UploadedRows;
import io.suretyhub.project.ProjectNotFound;
import io.suretyhub.shared.AccessScope;
import io.suretyhub.shared.InvalidInput;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The arrears case pages: the list, the local authority's decision, notice and follow-up. */
@Controller
@PreAuthorize("hasAnyRole('REGION_AUTHORITY','LOCAL_AUTHORITY','FINANCIAL_REGULATOR','CONTRACTOR','INSURER_ADMIN','INSURER_STAFF')")
class CasePages {

	private final ArrearsCases cases;

	private final Aftermath aftermath;

	private final CaseModel page;

	CasePages(ArrearsCases cases, Aftermath aftermath, CaseModel page) {
		this.cases = cases;
		this.aftermath = aftermath;
		this.page = page;
	}

	@GetMapping("/payouts")
	String list(AccessScope scope, Model model) {
		return list(scope, model, DecisionForm.empty(), Map.of());
	}

	/** The decision as typed; a refused one comes back on the list (400) with each reason next to its field. */
	@PostMapping("/payouts")
	@PreAuthorize("hasRole('LOCAL_AUTHORITY')")
	String decide(@ModelAttribute DecisionForm form, AccessScope scope, Model model, HttpServletResponse response) {
		try {
			return "redirect:/payouts/" + cases.decide(form.decision(), scope);
		}
		catch (InvalidInput invalid) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return list(scope, model, form, page.reasons(invalid));
		}
		catch (ProjectNotFound missing) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return list(scope, model, form, page.reasons(InvalidInput.of("projectId", "payout.error.noSuchProject")));
		}
	}

	private String list(AccessScope scope, Model model, DecisionForm form, Map<String, String> errors) {
		model.addAttribute("cases", "INSURER_STAFF".equals(scope.role().name()) ? cases.queue(scope) : cases.list(scope));
		model.addAttribute("role", scope.role().name());
		model.addAttribute("decision", form);
		model.addAttribute("errors", errors);
		return "payout/list";
	}

	@GetMapping("/payouts/{id}")
	String show(@PathVariable long id, AccessScope scope, Model model) {
		return page.page(id, scope, model);
	}

	@PostMapping("/payouts/{id}/unpaid")
	@PreAuthorize("hasRole('LOCAL_AUTHORITY')")
	String unpaid(@PathVariable long id, AccessScope scope) {
		cases.recordUnpaid(id, scope);
		return "redirect:/payouts/" + id;
	}

	/** The notice with the roster from an uploaded file, or typed on the page (one CSV line per worker). */
	@PostMapping("/payouts/{id}/notice")
	@PreAuthorize("hasRole('LOCAL_AUTHORITY')")
	String notice(@PathVariable long id, @RequestParam(required = false) MultipartFile file,
			@RequestParam(defaultValue = "") String rows, @RequestParam(defaultValue = "") String head,
			@RequestParam(defaultValue = "") String handler, @RequestParam(defaultValue = "") String phone,
			AccessScope scope, Model model, HttpServletResponse response) throws IOException {
		boolean uploaded = file != null && !file.isEmpty();
		String name = uploaded ? file.getOriginalFilename() : "rows.csv";
		byte[] content = uploaded ? file.getBytes() : ("header\n" + rows).getBytes(StandardCharsets.UTF_8);
		return page.refusing(id, "notice", scope, model, response, () -> cases.issueNotice(id,
				new NoticeRequest(head, handler, phone, UploadedRows.roster(name, content)), scope));
	}

	@GetMapping("/payouts/{id}/notice.pdf")
	@PreAuthorize("hasAnyRole('LOCAL_AUTHORITY','INSURER_STAFF')")
	ResponseEntity<byte[]> document(@PathVariable long id, AccessScope scope) {
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).body(cases.document(id, scope));
	}

	@PostMapping("/payouts/{id}/excess")
	@PreAuthorize("hasRole('LOCAL_AUTHORITY')")
	String excess(@PathVariable long id, AccessScope scope) {
		aftermath.recordExcessPaid(id, scope);
		return "redirect:/payouts/" + id;
	}

	@PostMapping("/payouts/{id}/replacement")
	@PreAuthorize("hasRole('LOCAL_AUTHORITY')")
	String replacement(@PathVariable long id, @RequestParam(defaultValue = "") String kind,
			@RequestParam(defaultValue = "") String reference,
			AccessScope scope, Model model, HttpServletResponse response) {
		return page.refusing(id, "replacement", scope, model, response,
				() -> aftermath.recordReplacement(id, kind, reference, scope));
	}

}
