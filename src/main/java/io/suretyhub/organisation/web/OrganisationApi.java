package io.suretyhub.organisation.web;

import java.net.URI;
import java.time.Clock;
import java.util.Locale;

import io.suretyhub.area.Areas;
import io.suretyhub.organisation.Organisation;
import io.suretyhub.organisation.OrganisationKind;
import io.suretyhub.organisation.OrganisationRegistration;
import io.suretyhub.organisation.Organisations;
import io.suretyhub.shared.AccessScope;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.web.PagedModel;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** {@code /api/v1/organisations}: the same organisations, filters and scope as the pages, as JSON. */
@RestController
@RequestMapping("/api/v1/organisations")
@PreAuthorize("hasAnyRole('REGION_AUTHORITY','LOCAL_AUTHORITY','FINANCIAL_REGULATOR','SYSTEM_ADMIN')")
class OrganisationApi {

	private final Organisations organisations;

	private final Areas areas;

	private final Clock clock;

	OrganisationApi(Organisations organisations, Areas areas, Clock clock) {
		this.organisations = organisations;
		this.areas = areas;
		this.clock = clock;
	}

	@GetMapping
	PagedModel<OrganisationView> list(OrganisationFilter filter, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size, AccessScope scope, Locale locale) {
		var pageable = PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 100));
		return new PagedModel<>(organisations.search(filter.search(), scope, pageable)
			.map(o -> OrganisationView.masked(o, areas, locale, clock.getZone())));
	}

	@GetMapping("/{id}")
	OrganisationView get(@PathVariable long id, AccessScope scope, Locale locale) {
		Organisation organisation = organisations.find(id, scope)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		String phone = organisations.revealContactPhone(id, scope).orElse(PhoneMask.mask(organisation.contactPhone()));
		return OrganisationView.of(organisation, phone, areas, locale, clock.getZone());
	}

	@PostMapping
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN','REGION_AUTHORITY')")
	ResponseEntity<OrganisationView> register(@RequestBody OrganisationRequest request, AccessScope scope,
			Locale locale) {
		long id = organisations.register(request.registration(), scope);
		return ResponseEntity.created(URI.create("/api/v1/organisations/" + id)).body(get(id, scope, locale));
	}

	/** The JSON body of a registration; every field as typed, checked by the registration. */
	record OrganisationRequest(String name, String kind, String areaCode, String creditCode, Long parentId,
			String address, String contactPerson, String contactPhone) {

		OrganisationRegistration registration() {
			return new OrganisationRegistration(name, OrganisationKind.fromName(kind), areaCode, creditCode, parentId,
					address, contactPerson, contactPhone);
		}

	}

}
