package io.suretyhub.openapi.internal;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.interfaces.ECPublicKey;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import io.suretyhub.identity.SecretsAtRest;
import io.suretyhub.shared.AccessScope;
import io.suretyhub.shared.AuditEvent;
import io.suretyhub.shared.InvalidInput;
import io.suretyhub.shared.Role;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * The insurer admin registers its business systems and manages their keys: an HMAC secret (shown
 * once) or an ECDSA P-256 public key; at most two keys are active, so a new key is added, rolled out and
 * then the old one revoked. A system outside the admin's insurer is not found.
 */
@Service
public class InsurerSystems {

	static final int MAX_ACTIVE_KEYS = 2;

	private final SystemRepository systems;

	private final SecretsAtRest secrets;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	InsurerSystems(SystemRepository systems, SecretsAtRest secrets, ApplicationEventPublisher events, Clock clock) {
		this.systems = systems;
		this.secrets = secrets;
		this.events = events;
		this.clock = clock;
	}

	/** A new system with a first HMAC secret; the secret is in the answer and nowhere else in clear. */
	@Transactional
	public IssuedSecret register(String name, AccessScope admin) {
		String text = name == null ? "" : name.strip();
		if (text.isEmpty() || text.length() > 100) {
			throw InvalidInput.of("name", "openapi.system.name.required");
		}
		long insurer = insurerOf(admin);
		String appId = "sh" + HexFormat.of().formatHex(randomBytes(8));
		long id = systems.insert(appId, insurer, admin.area().value(), text, admin.username(), clock.instant());
		audit("openapi.system.register", id, "appId=" + appId);
		return addSecret(id, admin);
	}

	/** Adds an HMAC secret (rotation): refused when two keys are already active. */
	@Transactional
	public IssuedSecret addSecret(long systemId, AccessScope admin) {
		InsurerSystem system = own(systemId, admin);
		requireRoom(system);
		String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes(32));
		byte[] sealed = secrets.encrypt(secret.getBytes(StandardCharsets.UTF_8), system.owner("key"));
		long key = systems.insertKey(system.id(), KeyKind.HMAC, sealed, null, admin.username(), clock.instant());
		audit("openapi.key.add", systemId, "key=" + key + " kind=HMAC");
		return new IssuedSecret(system.appId(), key, secret);
	}

	/** Registers the system's ECDSA P-256 public key (PEM, {@code BEGIN PUBLIC KEY}). */
	@Transactional
	public long addPublicKey(long systemId, String pem, AccessScope admin) {
		InsurerSystem system = own(systemId, admin);
		requireRoom(system);
		byte[] der = p256(pem);
		long key = systems.insertKey(system.id(), KeyKind.ECDSA, null, der, admin.username(), clock.instant());
		audit("openapi.key.add", systemId, "key=" + key + " kind=ECDSA");
		return key;
	}

	@Transactional
	public void revoke(long systemId, long keyId, AccessScope admin) {
		own(systemId, admin);
		if (!systems.revoke(systemId, keyId, clock.instant())) {
			throw new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND);
		}
		audit("openapi.key.revoke", systemId, "key=" + keyId);
	}

	/**
	 * Sets where events are delivered (HTTPS; plain HTTP only to this host, for development) and a new
	 * secret webhooks are signed with, returned once.
	 */
	@Transactional
	public String webhook(long systemId, String url, AccessScope admin) {
		InsurerSystem system = own(systemId, admin);
		URI uri = webhookUri(url);
		String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes(32));
		systems.webhook(system.id(), uri.toString(),
				secrets.encrypt(secret.getBytes(StandardCharsets.UTF_8), system.owner("webhook")));
		audit("openapi.webhook.set", systemId, "url=" + uri);
		return secret;
	}

	public List<InsurerSystem> list(AccessScope admin) {
		return systems.ofInsurer(insurerOf(admin));
	}

	public List<SigningKey> keys(long systemId, AccessScope admin) {
		return systems.keys(own(systemId, admin).id());
	}

	private InsurerSystem own(long systemId, AccessScope admin) {
		long insurer = insurerOf(admin);
		return systems.find(systemId).filter(s -> s.insurerId() == insurer)
			.orElseThrow(() -> new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND));
	}

	private void requireRoom(InsurerSystem system) {
		if (systems.activeKeys(system.id()).size() >= MAX_ACTIVE_KEYS) {
			throw InvalidInput.of("key", "openapi.key.tooMany", MAX_ACTIVE_KEYS);
		}
	}

	private static long insurerOf(AccessScope admin) {
		if (admin.role() != Role.INSURER_ADMIN) {
			throw new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND);
		}
		return admin.organisationId();
	}

	static URI webhookUri(String url) {
		try {
			URI uri = URI.create(url == null ? "" : url.strip());
			String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
			boolean local = "localhost".equals(uri.getHost()) || "127.0.0.1".equals(uri.getHost());
			if (uri.getHost() == null || !(scheme.equals("https") || (scheme.equals("http") && local))
					|| uri.getUserInfo() != null || uri.toString().length() > 500) {
				throw InvalidInput.of("webhookUrl", "openapi.webhook.url.invalid");
			}
			return uri;
		}
		catch (IllegalArgumentException ex) {
			throw InvalidInput.of("webhookUrl", "openapi.webhook.url.invalid");
		}
	}

	private static byte[] p256(String pem) {
		try {
			String base64 = (pem == null ? "" : pem).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
			byte[] der = Base64.getDecoder().decode(base64);
			if (SigningRules.publicKey(der) instanceof ECPublicKey ec && ec.getParams().getCurve().getField().getFieldSize() == 256) {
				return der;
			}
		}
		catch (GeneralSecurityException | IllegalArgumentException ex) {
			// falls through to the refusal below
		}
		throw InvalidInput.of("publicKey", "openapi.key.publicKey.invalid");
	}

	private byte[] randomBytes(int n) {
		byte[] bytes = new byte[n];
		random.nextBytes(bytes);
		return bytes;
	}

	private void audit(String action, long systemId, String detail) {
		events.publishEvent(AuditEvent.success(action, "openapi-system", systemId, detail));
	}

	/** A secret as issued: shown to the admin once. */
	public record IssuedSecret(String appId, long keyId, String secret) {
	}

}
