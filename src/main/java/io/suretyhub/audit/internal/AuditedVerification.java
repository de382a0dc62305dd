package io.suretyhub.audit.internal;

import io.suretyhub.audit.AuditTrail;
import io.suretyhub.audit.ChainVerification;
import io.suretyhub.shared.AuditEvent;

import org.springframework.stereotype.Component;

/** A verification asked for by a person (page or API), itself recorded as {@code audit.verify}. */
@Component
public class AuditedVerification {

	private final AuditTrail trail;

	AuditedVerification(AuditTrail trail) {
		this.trail = trail;
	}

	public ChainVerification run() {
		ChainVerification result = trail.verify();
		String detail = result.intact() ? "intact, " + result.recordsChecked() + " records"
				: "broken: record " + result.firstBrokenSequence() + " " + result.problem();
		trail.append(new AuditEvent("audit.verify", "audit_chain", null,
				result.intact() ? AuditEvent.Outcome.SUCCESS : AuditEvent.Outcome.FAILURE, detail, null));
		return result;
	}

}
