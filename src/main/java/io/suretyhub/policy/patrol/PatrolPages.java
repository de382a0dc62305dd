package io.suretyhub.policy.patrol;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import io.suretyhub.policy.Policies;
import io.suretyhub.policy.Policy;
import io.suretyhub.policy.PolicyNotFound;
import io.suretyhub.policy.PolicyStatus;
import io.suretyhub.shared.AccessScope;
import io.suretyhub.shared.InvalidInput;
import io.suretyhub.shared.Role;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The patrol pages (R-POL-8): the insurer records patrols on its issued policies; authorities read them. */
@Controller
@PreAuthorize("hasAnyRole('REGION_AUTHORITY','LOCAL_AUTHORITY','FINANCIAL_REGULATOR','INSURER_ADMIN','INSURER_STAFF')")
class PatrolPages {

	private final Patrols patrols;

	private final Policies policies;

	private final MessageSource messages;

	PatrolPages(Patrols patrols, Policies policies, MessageSource messages) {
		this.patrols = patrols;
		this.policies = policies;
		this.messages = messages;
	}

	@GetMapping("/patrols")
	String list(@RequestParam(required = false) Long policyId, @RequestParam(required = false) Long projectId,
			AccessScope scope, Model model) {
		return show(policyId, projectId, new Patrol.Entry(null, null, null, null), scope, model);
	}

	@PostMapping("/patrols")
	@PreAuthorize("hasAnyRole('INSURER_ADMIN','INSURER_STAFF')")
	String record(@RequestParam long policyId, Patrol.Entry entry,
			@RequestParam(name = "files", required = false) List<MultipartFile> files, AccessScope scope, Locale locale,
			Model model, RedirectAttributes redirect) {
		try {
			patrols.record(policyId, entry, uploads(files), scope);
		}
		catch (InvalidInput invalid) {
			model.addAttribute("problems", invalid.problems().stream()
				.collect(Collectors.toMap(InvalidInput.Problem::field, p -> p, (a, b) -> a)));
			return show(policyId, null, entry, scope, model);
		}
		redirect.addFlashAttribute("flash", messages.getMessage("policy.patrol.flash.recorded", null, locale));
		return "redirect:/patrols?policyId=" + policyId;
	}

	@GetMapping("/patrols/attachments/{id}")
	ResponseEntity<byte[]> attachment(@PathVariable long id, AccessScope scope) {
		Patrol.Content content = patrols.attachment(id, scope).orElseThrow(() -> new PolicyNotFound(id));
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_OCTET_STREAM)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(content.fileName(), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(content.content());
	}

	private String show(Long policyId, Long projectId, Patrol.Entry entry, AccessScope scope, Model model) {
		if (policyId != null) {
			policies.find(policyId, scope).orElseThrow(() -> new PolicyNotFound(policyId));
		}
		List<Policy> visible = policies.list(scope).stream()
			.filter(p -> p.status() != PolicyStatus.APPLIED && p.status() != PolicyStatus.REFUSED)
			.toList();
		Map<Long, String> numbers = visible.stream()
			.collect(Collectors.toMap(Policy::id, p -> p.underwritten().number()));
		boolean insurer = scope.role() == Role.INSURER_ADMIN || scope.role() == Role.INSURER_STAFF;
		model.addAttribute("patrols", patrols.visible(scope, policyId, projectId));
		model.addAttribute("numbers", numbers);
		model.addAttribute("policies", insurer ? visible : List.of());
		model.addAttribute("policyId", policyId);
		model.addAttribute("entry", entry);
		model.addAttribute("kinds", PatrolKind.values());
		model.addAttribute("mayRecord", insurer);
		model.addAttribute("maxAttachments", Patrols.MAX_ATTACHMENTS);
		return "policy/patrols";
	}

	private static List<Patrol.Upload> uploads(List<MultipartFile> files) {
		if (files == null) {
			return List.of();
		}
		return files.stream().filter(f -> !f.isEmpty()).map(f -> {
			try {
				return new Patrol.Upload(f.getOriginalFilename(), f.getContentType(), f.getBytes());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}).toList();
	}

}
