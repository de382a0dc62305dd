package io.suretyhub.obligation;

import java.util.Optional;

import io.suretyhub.shared.AccessScope;

/**
 * The module API: record, meet and waive obligations (R-TIME-2). Deadlines are computed once, when the
 * obligation is opened, by the working-day calendar, and stored with the rule that produced them.
 */
public interface Obligations {

	/**
	 * Records that a clock started. Opening the same rule, subject and start again answers the first
	 * obligation's id (a redelivered event is harmless).
	 * @return the obligation's id
	 */
	long open(NewObligation obligation);

	/** The owing party did what it owed. Meeting a closed obligation changes nothing. */
	void meet(long obligationId);

	/**
	 * Meets every open obligation under {@code rule} about {@code subject}, for modules that do not keep
	 * obligation ids.
	 * @return how many were met
	 */
	int meet(Subject subject, String rule);

	/**
	 * Tells the owing organisation, in its inbox, that the open obligation under {@code rule} about
	 * {@code subject} has started and when it is due. Each obligation is announced at most once: announcing
	 * it again (a redelivered event) changes nothing.
	 * @return how many messages were delivered now
	 */
	int announce(Subject subject, String rule);

	/**
	 * An authority releases the owing party. Only a region or local labour authority whose area covers the
	 * obligation may, and only with a reason; audited.
	 * @throws io.suretyhub.shared.RuleViolation if {@code by} is not such an authority, there is no reason,
	 * or the obligation is closed
	 * @throws ObligationNotFound if it does not exist or lies outside {@code by}'s area
	 */
	void waive(long obligationId, String reason, AccessScope by);

	Optional<ObligationView> find(long obligationId);

}
