package io.suretyhub.policy;

import java.util.List;

import io.suretyhub.policy.patrol.Patrol;
import io.suretyhub.policy.patrol.Patrols;
import io.suretyhub.shared.AccessScope;

import org.springframework.stereotype.Service;

/** Risk patrols (R-POL-8) recorded for other modules, checked as on the insurer's patrol form; no attachments. */
@Service
public class PatrolReports {

	private final Patrols patrols;

	PatrolReports(Patrols patrols) {
		this.patrols = patrols;
	}

	/**
	 * Records a patrol on one of the insurer's issued policies.
	 * @param kind {@code SITE_INSPECTION}, {@code PUBLICITY}, {@code TRAINING} or {@code SATISFACTION_SURVEY}
	 * @param heldOn ISO date, not in the future, not before the policy was issued
	 * @return the patrol's id
	 */
	public long record(long policyId, String kind, String heldOn, String findings, String followUp,
			AccessScope insurer) {
		return patrols.record(policyId, new Patrol.Entry(kind, heldOn, findings, followUp), List.of(), insurer);
	}

}
