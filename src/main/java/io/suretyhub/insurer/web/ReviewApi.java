package io.suretyhub.insurer.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import io.suretyhub.insurer.InsurerChoice;
import io.suretyhub.insurer.internal.CreditRecords;
import io.suretyhub.insurer.internal.Filing;
import io.suretyhub.insurer.internal.Filings;
import io.suretyhub.insurer.internal.Profiles;
import io.suretyhub.shared.AccessScope;
import io.suretyhub.shared.AreaCode;
import io.suretyhub.shared.InvalidInput;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/insurers}: the review queue, profiles and filing decisions; who may be chosen where. */
@RestController
@RequestMapping("/api/v1/insurers")
@PreAuthorize("hasRole('REGION_AUTHORITY')")
class ReviewApi {

	private final Filings filings;

	private final Profiles profiles;

	private final CreditRecords credit;

	private final InsurerChoice choice;

	private final java.time.Clock clock;

	ReviewApi(Filings filings, Profiles profiles, CreditRecords credit, InsurerChoice choice, java.time.Clock clock) {
		this.clock = clock;
		this.filings = filings;
		this.profiles = profiles;
		this.credit = credit;
		this.choice = choice;
	}

	@GetMapping("/queue")
	List<Filing> queue() {
		return filings.queue().stream().map(ReviewApi::masked).toList();
	}

	@GetMapping("/choice")
	@PreAuthorize("isAuthenticated()")
	List<InsurerChoice.SelectableInsurer> choice(@RequestParam String area,
			@RequestParam(required = false) LocalDate day) {
		if (!AreaCode.isValid(area)) {
			throw InvalidInput.of("area", "insurer.area.format");
		}
		return choice.selectable(AreaCode.of(area), day == null ? LocalDate.now(clock) : day);
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAnyRole('REGION_AUTHORITY','LOCAL_AUTHORITY','FINANCIAL_REGULATOR')")
	Profiles.Profile profile(@PathVariable long id, AccessScope scope, Locale locale) {
		return profiles.of(id, scope, locale);
	}

	@PostMapping("/{id}/register")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void register(@PathVariable long id, AccessScope scope) {
		filings.register(id, scope);
	}

	@PostMapping("/{id}/return")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void giveBack(@PathVariable long id, @RequestBody FilingApi.TextRequest request, AccessScope scope) {
		filings.returnFiling(id, request.text(), scope);
	}

	@PostMapping("/{id}/revoke")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void revoke(@PathVariable long id, @RequestBody FilingApi.TextRequest request, AccessScope scope) {
		filings.revoke(id, request.text(), scope);
	}

	@PostMapping("/{id}/credit-records")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void badCredit(@PathVariable long id, @RequestBody CreditRequest request, AccessScope scope) {
		filings.of(id);
		credit.record(id, request.recordedOn(), request.description(), scope);
	}

	/** A bad industry credit record. */
	record CreditRequest(LocalDate recordedOn, String description) {
	}

	private static Filing masked(Filing f) {
		return new Filing(f.insurerId(), f.status(), f.name(), f.creditCode(), f.businessAddress(),
				f.legalRepresentative(), io.suretyhub.insurer.internal.Phones.mask(f.legalRepIdNumber()),
				f.provincialHead(), io.suretyhub.insurer.internal.Phones.mask(f.contactPhone()), f.submittedAt(),
				f.reviewedAt(), f.reviewedBy(), f.returnReason(), f.registeredOn(), f.revokedOn(), f.revokeReason());
	}

}
