package io.suretyhub.project;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;

import io.suretyhub.project.internal.ProjectCheck;
import io.suretyhub.project.internal.ProjectRepository;
import io.suretyhub.shared.AccessScope;
import io.suretyhub.shared.AuditEvent;
import io.suretyhub.shared.InvalidInput;
import io.suretyhub.shared.Role;
import io.suretyhub.shared.RuleViolation;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers projects and answers what they are. Methods taking an {@link AccessScope} answer only what
 * that viewer may see (R-GEO-2): a project outside the scope is absent, exactly like one that does not
 * exist. Methods without a scope are for other modules and start-up data.
 */
@Service
public class Projects {

	private final ProjectRepository repository;

	private final ProjectCheck check;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Projects(ProjectRepository repository, ProjectCheck check, ApplicationEventPublisher events, Clock clock) {
		this.repository = repository;
		this.check = check;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Registers a project for the general contractor named in the registration.
	 * @return the new project's id
	 * @throws InvalidInput naming every refused field
	 */
	@Transactional
	public long register(ProjectRegistration registration) {
		ProjectCheck.Checked p = check.check(registration);
		long id = repository.insert(p, clock.instant());
		events.publishEvent(AuditEvent.success("project.register", "project", id,
				"contractor=" + p.contractorId() + " area=" + p.area().code()));
		Project project = repository.find(id).orElseThrow();
		events.publishEvent(new ProjectRegistered(id, project.contractorId(), project.area(), project.ratioClockStart()));
		return id;
	}

	/**
	 * The local authority of the project's area records that the project is complete and the no-arrears
	 * public notice is done (R-POL-6): its policy chain may then end.
	 * @throws ProjectNotFound outside the authority's area
	 */
	@Transactional
	public void complete(long id, LocalDate day, AccessScope authority) {
		if (authority.role() != Role.LOCAL_AUTHORITY) {
			throw new RuleViolation("R-POL-6", "project.error.complete.notLocalAuthority");
		}
		Project project = find(id, authority).orElseThrow(() -> new ProjectNotFound(id));
		if (day.isAfter(LocalDate.now(clock)) || (project.periodStart() != null && day.isBefore(project.periodStart()))) {
			throw InvalidInput.of("completedOn", "project.error.completedOn.range");
		}
		if (repository.complete(id, day)) {
			events.publishEvent(AuditEvent.success("project.complete", "project", id, "completedOn=" + day));
		}
	}

	/** The project with this id, whoever asks. */
	public Optional<Project> find(long id) {
		return repository.find(id);
	}

	/** The project with this id, if {@code viewer} may see it. */
	public Optional<Project> find(long id, AccessScope viewer) {
		return repository.find(id, viewer);
	}

	/** One page of the projects {@code viewer} may see that match {@code search}, newest first. */
	public Page<Project> search(ProjectSearch search, AccessScope viewer, Pageable pageable) {
		return repository.search(search, viewer, pageable);
	}

	/** Hands every matching project {@code viewer} may see to {@code sink} (at most 100,000), newest first. */
	@Transactional(readOnly = true)
	public void export(ProjectSearch search, AccessScope viewer, Consumer<Project> sink) {
		repository.export(search, viewer, sink);
	}

}
