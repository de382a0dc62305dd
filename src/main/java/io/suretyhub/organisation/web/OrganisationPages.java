package io.suretyhub.organisation.web;

import java.io.IOException;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import io.suretyhub.area.Area;
import io.suretyhub.area.AreaLevel;
import io.suretyhub.area.Areas;
import io.suretyhub.organisation.Organisation;
import io.suretyhub.organisation.OrganisationKind;
import io.suretyhub.organisation.OrganisationSearch;
import io.suretyhub.organisation.Organisations;
import io.suretyhub.platform.Spreadsheet;
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

/** The organisation pages: list with search and filters, detail, Excel export, create form. */
@Controller
@RequestMapping("/organisations")
@PreAuthorize("hasAnyRole('REGION_AUTHORITY','LOCAL_AUTHORITY','FINANCIAL_REGULATOR','SYSTEM_ADMIN')")
class OrganisationPages {

	private final Organisations organisations;

	private final Areas areas;

	private final MessageSource messages;

	private final Clock clock;

	OrganisationPages(Organisations organisations, Areas areas, MessageSource messages, Clock clock) {
		this.organisations = organisations;
		this.areas = areas;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping
	String list(OrganisationFilter filter, @RequestParam(defaultValue = "1") int page,
			@RequestParam(defaultValue = "20") int size, AccessScope scope,
			Locale locale, Model model) {
		var found = organisations.search(filter.search(), scope, PageRequest.of(Math.max(page, 1) - 1, Math.min(Math.max(size, 1), 100)));
		model.addAttribute("filter", filter);
		model.addAttribute("page", found.map(o -> OrganisationView.masked(o, areas, locale, clock.getZone())));
		model.addAttribute("kinds", OrganisationKind.values());
		model.addAttribute("areas", areas.within(scope.area()));
		return "organisation/list";
	}

	@GetMapping("/{id}")
	String detail(@PathVariable long id, AccessScope scope, Locale locale, Model model) {
		Organisation organisation = organisations.find(id, scope)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		String phone = organisations.revealContactPhone(id, scope).orElse(PhoneMask.mask(organisation.contactPhone()));
		model.addAttribute("organisation", OrganisationView.of(organisation, phone, areas, locale, clock.getZone()));
		model.addAttribute("parent", organisation.parentId() == null ? null
				: organisations.find(organisation.parentId(), scope).orElse(null));
		model.addAttribute("branches", organisations.branches(id, scope)
			.stream()
			.map(o -> OrganisationView.masked(o, areas, locale, clock.getZone()))
			.toList());
		return "organisation/detail";
	}

	@GetMapping("/export.xlsx")
	void export(OrganisationFilter filter, AccessScope scope, Locale locale, HttpServletResponse response)
			throws IOException {
		List<String> headers = Stream.of(OrganisationView.COLUMNS).map(c -> text("organisation.field." + c, locale)).toList();
		Spreadsheet.download(response, text("organisation.export.file", locale), text("organisation.export.sheet", locale),
				headers, sink -> organisations.export(filter.search(), scope, o -> {
					var view = OrganisationView.masked(o, areas, locale, clock.getZone());
					sink.accept(view.cells(text("organisation.kind." + view.kind(), locale)));
				}));
	}

	@GetMapping("/new")
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN','REGION_AUTHORITY')")
	String form(AccessScope scope, Model model) {
		model.addAttribute("form", new OrganisationForm());
		return showForm(scope, model);
	}

	@PostMapping
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN','REGION_AUTHORITY')")
	String create(@ModelAttribute("form") OrganisationForm form, BindingResult binding, AccessScope scope,
			Locale locale, Model model, RedirectAttributes redirect) {
		try {
			long id = organisations.register(form.registration(), scope);
			redirect.addFlashAttribute("flash",
					messages.getMessage("organisation.flash.registered", new Object[] { form.getName() }, locale));
			return "redirect:/organisations/" + id;
		}
		catch (InvalidInput invalid) {
			invalid.problems().forEach(p -> binding.rejectValue(p.field(), p.messageKey(), p.arguments(), p.messageKey()));
			return showForm(scope, model);
		}
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}

	private String showForm(AccessScope scope, Model model) {
		List<Area> places = areas.within(scope.area()).stream().filter(a -> a.level() != AreaLevel.GROUP).toList();
		model.addAttribute("kinds", Arrays.asList(OrganisationKind.values()));
		model.addAttribute("areas", places);
		model.addAttribute("insurers", organisations
			.search(new OrganisationSearch(null, OrganisationKind.INSURER, null), scope, PageRequest.of(0, 500))
			.getContent());
		return "organisation/form";
	}

}
