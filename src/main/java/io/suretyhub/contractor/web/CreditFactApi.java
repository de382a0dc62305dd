package io.suretyhub.contractor.web;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import io.suretyhub.contractor.CreditFact;
import io.suretyhub.contractor.CreditFacts;
import io.suretyhub.contractor.Eligibility;
import io.suretyhub.contractor.NewCreditFact;
import io.suretyhub.organisation.Organisation;
import io.suretyhub.organisation.Organisations;
import io.suretyhub.shared.AccessScope;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /api/v1/credit-facts} and {@code /api/v1/eligibility} (R-ELG-1, R-ELG-2). A contractor the viewer may
 * not see (outside an authority's area, or another contractor) answers 404 like a missing one (R-GEO-2).
 */
@RestController
@RequestMapping("/api/v1")
class CreditFactApi {

	private final CreditFacts facts;

	private final Eligibility eligibility;

	private final Clock clock;

	private final Organisations organisations;

	CreditFactApi(CreditFacts facts, Eligibility eligibility, Clock clock, Organisations organisations) {
		this.organisations = organisations;
		this.facts = facts;
		this.eligibility = eligibility;
		this.clock = clock;
	}

	@GetMapping("/credit-facts")
	@PreAuthorize("hasAnyRole('REGION_AUTHORITY','LOCAL_AUTHORITY','FINANCIAL_REGULATOR','CONTRACTOR')")
	List<CreditFact> list(@RequestParam(required = false) Long contractorId, AccessScope scope) {
		if (contractorId == null) {
			return facts.latest(scope, 200);
		}
		organisations.find(contractorId, scope)
			.filter(Organisation::isContractor)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return facts.of(contractorId, scope);
	}

	@PostMapping("/credit-facts")
	@PreAuthorize("hasAnyRole('REGION_AUTHORITY','LOCAL_AUTHORITY')")
	ResponseEntity<Long> record(@RequestBody NewCreditFact fact, AccessScope scope) {
		long id = facts.record(fact, scope);
		return ResponseEntity.created(URI.create("/api/v1/credit-facts/" + id)).body(id);
	}

	/** The contractor's own check today: every reason that bars insurance, with date and source. */
	@GetMapping("/eligibility")
	@PreAuthorize("hasRole('CONTRACTOR')")
	EligibilityView mine(AccessScope scope) {
		return EligibilityView.of(eligibility.check(scope.organisationId(), LocalDate.now(clock)));
	}


}
