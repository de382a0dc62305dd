package io.suretyhub.organisation;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import io.suretyhub.organisation.internal.OrganisationRepository;
import io.suretyhub.organisation.internal.RegistrationCheck;
import io.suretyhub.shared.AccessScope;
import io.suretyhub.shared.AreaCode;
import io.suretyhub.shared.AuditEvent;
import io.suretyhub.shared.InvalidInput;
import io.suretyhub.shared.Role;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers organisations and answers who they are. Methods taking an {@link AccessScope} answer only
 * what that viewer may see (R-GEO-2): an organisation outside the scope is absent, exactly like one
 * that does not exist. Methods without a scope are for other modules and start-up data.
 */
@Service
public class Organisations {

	private static final Set<Role> CONTACT_READERS = Set.of(Role.REGION_AUTHORITY, Role.LOCAL_AUTHORITY,
			Role.SYSTEM_ADMIN);

	private final OrganisationRepository repository;

	private final RegistrationCheck check;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Organisations(OrganisationRepository repository, RegistrationCheck check, ApplicationEventPublisher events,
			Clock clock) {
		this.repository = repository;
		this.check = check;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Registers an organisation (start-up data, other modules).
	 * @return the new organisation's id
	 * @throws InvalidInput naming every refused field
	 */
	@Transactional
	public long register(OrganisationRegistration registration) {
		return register(registration, null);
	}

	/**
	 * Registers an organisation for a signed-in registrar, who may register only inside their own area.
	 * @return the new organisation's id
	 * @throws InvalidInput naming every refused field
	 */
	@Transactional
	public long register(OrganisationRegistration registration, AccessScope registrar) {
		OrganisationRegistration r = check.check(registration, registrar);
		long id;
		try {
			id = repository.insert(r.kind(), r.name(), AreaCode.of(r.areaCode()), r.creditCode(), r.parentId(),
					r.address(), r.contactPerson(), r.contactPhone(), clock.instant());
		}
		catch (DuplicateKeyException ex) {
			throw InvalidInput.of("creditCode", "organisation.error.creditCode.taken");
		}
		events.publishEvent(AuditEvent.success("organisation.register", "organisation", id,
				"kind=" + r.kind() + " area=" + r.areaCode()));
		return id;
	}

	/** The organisation with this id, whoever asks. */
	public Optional<Organisation> find(long id) {
		return repository.find(id);
	}

	/** The organisation with this id, if {@code viewer} may see it. */
	public Optional<Organisation> find(long id, AccessScope viewer) {
		return repository.find(id, viewer);
	}

	/** One page of the organisations {@code viewer} may see that match {@code search}. */
	public Page<Organisation> search(OrganisationSearch search, AccessScope viewer, Pageable pageable) {
		return repository.search(search, viewer, pageable);
	}

	/** Hands every matching organisation {@code viewer} may see to {@code sink} (at most 100,000). */
	@Transactional(readOnly = true)
	public void export(OrganisationSearch search, AccessScope viewer, Consumer<Organisation> sink) {
		repository.export(search, viewer, sink);
	}

	/** The prefecture branches of an insurer's region branch. */
	public List<Organisation> branches(long insurerId) {
		return repository.children(insurerId);
	}

	/** The prefecture branches of an insurer's region branch that {@code viewer} may see. */
	public List<Organisation> branches(long insurerId, AccessScope viewer) {
		return repository.children(insurerId, viewer);
	}

	/** The names of these organisations, by id; unknown ids are left out. */
	public Map<Long, String> names(Collection<Long> ids) {
		return repository.names(ids);
	}

	/** Whether {@code viewer}'s role needs organisations' contact phones unmasked. */
	public boolean mayReadContact(AccessScope viewer) {
		return CONTACT_READERS.contains(viewer.role());
	}

	/**
	 * The unmasked contact phone of an organisation {@code viewer} may see, for a role that needs it;
	 * the display is recorded in the audit trail.
	 */
	@Transactional
	public Optional<String> revealContactPhone(long id, AccessScope viewer) {
		if (!mayReadContact(viewer)) {
			return Optional.empty();
		}
		Optional<String> phone = repository.find(id, viewer).map(Organisation::contactPhone);
		phone.ifPresent(p -> events.publishEvent(AuditEvent.success("organisation.contact.reveal", "organisation", id,
				"contact phone shown unmasked")));
		return phone;
	}

}
