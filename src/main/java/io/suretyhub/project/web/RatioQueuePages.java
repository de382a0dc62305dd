package io.suretyhub.project.web;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.Locale;

import io.suretyhub.project.DepositRatios;
import io.suretyhub.project.Projects;
import io.suretyhub.shared.AccessScope;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The local authority's queue of deposit ratio confirmations awaiting its decision, oldest first (R-PRJ-2). */
@Controller
@PreAuthorize("hasRole('LOCAL_AUTHORITY')")
class RatioQueuePages {

	private final DepositRatios ratios;

	private final Projects projects;

	private final ProjectViews views;

	private final Clock clock;

	RatioQueuePages(DepositRatios ratios, Projects projects, ProjectViews views, Clock clock) {
		this.ratios = ratios;
		this.projects = projects;
		this.views = views;
		this.clock = clock;
	}

	@GetMapping("/ratios")
	String queue(AccessScope scope, Locale locale, Model model) {
		var rows = ratios.awaiting(scope).stream()
			.flatMap(r -> projects.find(r.projectId(), scope)
				.map(p -> new Row(views.one(p, locale), RatioView.of(r), r.submittedAt().atZone(clock.getZone())))
				.stream())
			.toList();
		model.addAttribute("rows", rows);
		return "project/ratios";
	}

	/** One confirmation in the queue with its project. */
	record Row(ProjectView project, RatioView ratio, ZonedDateTime submittedAt) {
	}

}
