package io.suretyhub.policy;

import java.time.LocalDate;
import java.util.List;

import io.suretyhub.insurer.InsurerChoice;
import io.suretyhub.shared.AreaCode;
import io.suretyhub.shared.RuleViolation;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The insurer module's {@link InsurerChoice}; where no insurer register is deployed, no insurer is
 * registered, so none can be chosen (R-INS-1).
 */
@Component
class Insurers {

	private final ObjectProvider<InsurerChoice> choice;

	Insurers(ObjectProvider<InsurerChoice> choice) {
		this.choice = choice;
	}

	List<InsurerChoice.SelectableInsurer> selectable(AreaCode area, LocalDate day) {
		InsurerChoice registry = choice.getIfAvailable();
		return registry == null ? List.of() : registry.selectable(area, day);
	}

	long branchFor(long insurerId, AreaCode area, LocalDate day) {
		InsurerChoice registry = choice.getIfAvailable();
		if (registry == null) {
			throw new RuleViolation("R-INS-1", "policy.error.insurerNotRegistered");
		}
		return registry.branchFor(insurerId, area, day);
	}

}
