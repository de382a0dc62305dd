package io.suretyhub.project.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import io.suretyhub.project.Project;
import io.suretyhub.platform.Spreadsheet;
import io.suretyhub.project.Projects;
import io.suretyhub.shared.AccessScope;
import io.suretyhub.shared.InvalidInput;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The project pages: list with search, detail, Excel export, and the contractor's registration form. */
@Controller
@RequestMapping("/projects")
@PreAuthorize("hasAnyRole('REGION_AUTHORITY','LOCAL_AUTHORITY','FINANCIAL_REGULATOR','CONTRACTOR','INSURER_ADMIN','INSURER_STAFF')")
class ProjectPages {

	private final Projects projects;

	private final ProjectViews views;

	private final MessageSource messages;

	ProjectPages(Projects projects, ProjectViews views, MessageSource messages) {
		this.projects = projects;
		this.views = views;
		this.messages = messages;
	}

	@GetMapping
	String list(ProjectFilter filter, @RequestParam(defaultValue = "1") int page,
			@RequestParam(defaultValue = "20") int size, AccessScope scope, Locale locale,
			Model model) {
		var found = projects.search(filter.search(), scope, PageRequest.of(Math.max(page, 1) - 1, Math.min(Math.max(size, 1), 100)));
		model.addAttribute("filter", filter);
		model.addAttribute("page", views.page(found, locale));
		model.addAttribute("areas", views.filterAreas(scope));
		return "project/list";
	}

	@GetMapping("/{id}")
	String detail(@PathVariable long id, AccessScope scope, Locale locale, Model model) {
		Project project = projects.find(id, scope).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("project", views.one(project, locale));
		return "project/detail";
	}

	@GetMapping("/export.xlsx")
	void export(ProjectFilter filter, AccessScope scope, Locale locale, HttpServletResponse response)
			throws IOException {
		List<String> headers = Stream.of(ProjectView.COLUMNS).map(c -> text("project.field." + c, locale)).toList();
		Spreadsheet.download(response, text("project.export.file", locale), text("project.export.sheet", locale), headers,
				sink -> projects.export(filter.search(), scope, views.converting(locale, view -> sink.accept(view.cells()))));
	}

	@GetMapping("/new")
	@PreAuthorize("hasRole('CONTRACTOR')")
	String form(AccessScope scope, Model model) {
		model.addAttribute("form", new ProjectForm());
		model.addAttribute("areas", views.places(scope));
		return "project/form";
	}

	@PostMapping
	@PreAuthorize("hasRole('CONTRACTOR')")
	String register(@ModelAttribute("form") ProjectForm form, BindingResult binding, AccessScope scope, Locale locale,
			Model model, RedirectAttributes redirect) {
		try {
			long id = projects.register(form.registration(scope.organisationId()));
			redirect.addFlashAttribute("flash",
					messages.getMessage("project.flash.registered", new Object[] { form.getName() }, locale));
			return "redirect:/projects/" + id;
		}
		catch (InvalidInput invalid) {
			invalid.problems().forEach(p -> binding.rejectValue(p.field(), p.messageKey(), p.arguments(), p.messageKey()));
			model.addAttribute("areas", views.places(scope));
			return "project/form";
		}
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}

}
