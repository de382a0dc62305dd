package io.suretyhub.policy.patrol;

/** What a patrol was (R-POL-8); texts are {@code policy.patrol.kind.<NAME>}. */
public enum PatrolKind {

	SITE_INSPECTION, PUBLICITY, TRAINING, SATISFACTION_SURVEY

}
