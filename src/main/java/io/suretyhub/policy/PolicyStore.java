package io.suretyhub.policy;

import java.util.Optional;
import java.util.function.Function;

import io.suretyhub.shared.AccessScope;
import io.suretyhub.shared.AuditEvent;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Applies a transition to a stored policy and saves it: the policy's events are published, each with an
 * audit record, inside the caller's transaction.
 */
@Component
class PolicyStore {

	private final PolicyRepository repository;

	private final ApplicationEventPublisher events;

	PolicyStore(PolicyRepository repository, ApplicationEventPublisher events) {
		this.repository = repository;
		this.events = events;
	}

	<T> T change(long id, AccessScope viewer, Function<Policy, T> transition) {
		var loaded = (viewer == null ? repository.find(id) : repository.find(id, viewer))
			.orElseThrow(() -> new PolicyNotFound(id));
		T result = transition.apply(loaded.policy());
		repository.save(loaded);
		publish(loaded.policy());
		return result;
	}

	/** Like {@link #change} without a viewer, holding the policy's row lock until the transaction ends. */
	<T> T changeLocked(long id, Function<Policy, T> transition) {
		var loaded = repository.findForUpdate(id).orElseThrow(() -> new PolicyNotFound(id));
		T result = transition.apply(loaded.policy());
		repository.save(loaded);
		publish(loaded.policy());
		return result;
	}

	void publish(Policy policy) {
		for (PolicyEvent event : policy.drainEvents()) {
			events.publishEvent(event);
			events.publishEvent(AuditEvent.success("policy." + event.getClass().getSimpleName(), "policy",
					policy.id(), "status=" + policy.status()));
		}
	}

	Optional<Policy> find(long id) {
		return repository.find(id).map(PolicyRepository.Versioned::policy);
	}

}
