package io.suretyhub.project.web;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import io.suretyhub.area.Area;
import io.suretyhub.area.Areas;
import io.suretyhub.organisation.Organisations;
import io.suretyhub.project.Project;
import io.suretyhub.shared.AccessScope;
import io.suretyhub.shared.AreaCode;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Component;

/** Turns projects into {@link ProjectView}s, resolving contractor and area names in one go per page. */
@Component
class ProjectViews {

	private final Organisations organisations;

	private final Areas areas;

	private final Clock clock;

	ProjectViews(Organisations organisations, Areas areas, Clock clock) {
		this.organisations = organisations;
		this.areas = areas;
		this.clock = clock;
	}

	Page<ProjectView> page(Page<Project> projects, Locale locale) {
		var names = organisations.names(projects.map(Project::contractorId).toSet());
		return projects.map(p -> ProjectView.of(p, names, areas, locale, clock.getZone()));
	}

	ProjectView one(Project project, Locale locale) {
		var names = organisations.names(Set.of(project.contractorId()));
		return ProjectView.of(project, names, areas, locale, clock.getZone());
	}

	/** Converts projects one by one, looking each contractor's name up once. */
	Consumer<Project> converting(Locale locale, Consumer<ProjectView> sink) {
		Map<Long, String> names = new HashMap<>();
		return project -> {
			names.computeIfAbsent(project.contractorId(),
					id -> organisations.names(Set.of(id)).getOrDefault(id, ""));
			sink.accept(ProjectView.of(project, names, areas, locale, clock.getZone()));
		};
	}

	/** The areas a viewer may filter by: their own area, or the region for region-wide viewers. */
	List<Area> filterAreas(AccessScope scope) {
		AreaCode root = switch (scope.role()) {
			case LOCAL_AUTHORITY -> scope.area();
			case INSURER_ADMIN, INSURER_STAFF -> scope.area().prefecture();
			default -> scope.area().region();
		};
		return areas.within(root);
	}

	/** The places a project may lie in: every prefecture and county of the viewer's region. */
	List<Area> places(AccessScope scope) {
		return areas.within(scope.area().region()).stream().filter(Area::isPlace).toList();
	}

}
