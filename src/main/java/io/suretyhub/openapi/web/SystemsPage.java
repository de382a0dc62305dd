package io.suretyhub.openapi.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.suretyhub.openapi.internal.DeliveryLog;
import io.suretyhub.openapi.internal.InsurerSystem;
import io.suretyhub.openapi.internal.InsurerSystems;
import io.suretyhub.openapi.internal.SigningKey;
import io.suretyhub.shared.AccessScope;
import io.suretyhub.shared.InvalidInput;
import io.suretyhub.shared.Role;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /open/systems}: the insurer admin registers its systems, rotates and revokes their keys and
 * sets the webhook; a new secret is shown on the answer page once and never again.
 * {@code /open/deliveries}: webhook delivery status, the insurer's own or, for platform admins, all.
 */
@Controller
class SystemsPage {

	private final InsurerSystems systems;

	private final DeliveryLog deliveries;

	private final MessageSource messages;

	SystemsPage(InsurerSystems systems, DeliveryLog deliveries, MessageSource messages) {
		this.systems = systems;
		this.deliveries = deliveries;
		this.messages = messages;
	}

	@GetMapping("/open/systems")
	@PreAuthorize("hasRole('INSURER_ADMIN')")
	String page(AccessScope admin, Model model) {
		Map<InsurerSystem, List<SigningKey>> all = new LinkedHashMap<>();
		for (InsurerSystem system : systems.list(admin)) {
			all.put(system, systems.keys(system.id(), admin));
		}
		model.addAttribute("systems", all);
		return "openapi/systems";
	}

	@PostMapping("/open/systems")
	@PreAuthorize("hasRole('INSURER_ADMIN')")
	String register(@RequestParam String name, AccessScope admin, Model model, Locale locale) {
		return act(admin, model, locale, () -> model.addAttribute("issued", systems.register(name, admin)));
	}

	@PostMapping("/open/systems/{id}/secrets")
	@PreAuthorize("hasRole('INSURER_ADMIN')")
	String addSecret(@PathVariable long id, AccessScope admin, Model model, Locale locale) {
		return act(admin, model, locale, () -> model.addAttribute("issued", systems.addSecret(id, admin)));
	}

	@PostMapping("/open/systems/{id}/public-keys")
	@PreAuthorize("hasRole('INSURER_ADMIN')")
	String addPublicKey(@PathVariable long id, @RequestParam String publicKey, AccessScope admin, Model model,
			Locale locale) {
		return act(admin, model, locale, () -> systems.addPublicKey(id, publicKey, admin));
	}

	@PostMapping("/open/systems/{id}/keys/{keyId}/revocation")
	@PreAuthorize("hasRole('INSURER_ADMIN')")
	String revoke(@PathVariable long id, @PathVariable long keyId, AccessScope admin, Model model, Locale locale) {
		return act(admin, model, locale, () -> systems.revoke(id, keyId, admin));
	}

	@PostMapping("/open/systems/{id}/webhook")
	@PreAuthorize("hasRole('INSURER_ADMIN')")
	String webhook(@PathVariable long id, @RequestParam String url, AccessScope admin, Model model, Locale locale) {
		return act(admin, model, locale, () -> model.addAttribute("webhookSecret", systems.webhook(id, url, admin)));
	}

	@GetMapping("/open/deliveries")
	@PreAuthorize("hasAnyRole('INSURER_ADMIN','SYSTEM_ADMIN','REGION_AUTHORITY')")
	String deliveries(AccessScope viewer, Model model) {
		Long insurer = viewer.role() == Role.INSURER_ADMIN ? viewer.organisationId() : null;
		model.addAttribute("deliveries", deliveries.recent(insurer, 200));
		return "openapi/deliveries";
	}

	private String act(AccessScope admin, Model model, Locale locale, Runnable action) {
		try {
			action.run();
		}
		catch (InvalidInput invalid) {
			model.addAttribute("errors", invalid.problems().stream()
				.map(p -> messages.getMessage(p.messageKey(), p.arguments(), p.messageKey(), locale))
				.toList());
		}
		return page(admin, model);
	}

}
