package io.suretyhub.policy.patrol;

import java.net.URI;
import java.util.List;

import io.suretyhub.policy.Policies;
import io.suretyhub.policy.PolicyNotFound;
import io.suretyhub.shared.AccessScope;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/policies/{id}/patrols} and {@code /api/v1/patrols}: risk patrols as JSON (R-POL-8). */
@RestController
@RequestMapping("/api/v1")
@PreAuthorize("hasAnyRole('REGION_AUTHORITY','LOCAL_AUTHORITY','FINANCIAL_REGULATOR','INSURER_ADMIN','INSURER_STAFF')")
class PatrolApi {

	private final Patrols patrols;

	private final Policies policies;

	PatrolApi(Patrols patrols, Policies policies) {
		this.patrols = patrols;
		this.policies = policies;
	}

	@GetMapping("/patrols")
	List<Patrol> list(@RequestParam(required = false) Long policyId, @RequestParam(required = false) Long projectId,
			AccessScope scope) {
		return patrols.visible(scope, policyId, projectId);
	}

	@GetMapping("/policies/{id}/patrols")
	List<Patrol> ofPolicy(@PathVariable long id, AccessScope scope) {
		policies.find(id, scope).orElseThrow(() -> new PolicyNotFound(id));
		return patrols.visible(scope, id, null);
	}

	/** Records a patrol without attachments; the page takes attachments too. */
	@PostMapping("/policies/{id}/patrols")
	@PreAuthorize("hasAnyRole('INSURER_ADMIN','INSURER_STAFF')")
	ResponseEntity<Long> record(@PathVariable long id, @RequestBody Patrol.Entry entry, AccessScope scope) {
		long patrol = patrols.record(id, entry, List.of(), scope);
		return ResponseEntity.created(URI.create("/api/v1/patrols?policyId=" + id)).body(patrol);
	}

}
