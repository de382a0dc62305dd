package io.suretyhub.project.web;

import java.net.URI;
import java.util.Locale;

import io.suretyhub.project.ProjectRegistration;
import io.suretyhub.project.Projects;
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

/** {@code /api/v1/projects}: the same projects, filters and scope as the pages, as JSON. */
@RestController
@RequestMapping("/api/v1/projects")
@PreAuthorize("hasAnyRole('REGION_AUTHORITY','LOCAL_AUTHORITY','FINANCIAL_REGULATOR','CONTRACTOR','INSURER_ADMIN','INSURER_STAFF')")
class ProjectApi {

	private final Projects projects;

	private final ProjectViews views;

	ProjectApi(Projects projects, ProjectViews views) {
		this.projects = projects;
		this.views = views;
	}

	@GetMapping
	PagedModel<ProjectView> list(ProjectFilter filter, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size, AccessScope scope, Locale locale) {
		var pageable = PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 100));
		return new PagedModel<>(views.page(projects.search(filter.search(), scope, pageable), locale));
	}

	@GetMapping("/{id}")
	ProjectView get(@PathVariable long id, AccessScope scope, Locale locale) {
		return projects.find(id, scope)
			.map(project -> views.one(project, locale))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	@PostMapping
	@PreAuthorize("hasRole('CONTRACTOR')")
	ResponseEntity<ProjectView> register(@RequestBody ProjectRequest request, AccessScope scope, Locale locale) {
		long id = projects.register(request.registration(scope.organisationId()));
		return ResponseEntity.created(URI.create("/api/v1/projects/" + id)).body(get(id, scope, locale));
	}

	/** The JSON body of a registration; the contractor is always the caller's own organisation. */
	record ProjectRequest(String name, String areaCode, String ownerName, String contractPrice, String address,
			String type, String works, String kind, String periodStart, String periodEnd, String permitNumber,
			String permitDate, String contractDate) {

		ProjectRegistration registration(long contractorId) {
			return new ProjectRegistration(contractorId, name, areaCode, ownerName, contractPrice, address, type, works,
					kind, periodStart, periodEnd, permitNumber, permitDate, contractDate);
		}

	}

}
