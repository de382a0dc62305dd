package io.suretyhub.policy.patrol;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A recorded risk patrol on a policy (R-POL-8).
 *
 * @param id its id
 * @param policyId the policy
 * @param projectId the policy's project
 * @param areaCode the project's area
 * @param kind inspection, publicity, training or survey
 * @param heldOn the day it took place
 * @param findings what was found
 * @param followUp what is to be done about it, or {@code null}
 * @param recordedAt when it was recorded
 * @param attachments its attachments, without content
 */
public record Patrol(long id, long policyId, long projectId, String areaCode, PatrolKind kind, LocalDate heldOn,
		String findings, String followUp, Instant recordedAt, List<Attachment> attachments) {

	/** An attachment's description; the content is fetched separately. */
	public record Attachment(long id, String fileName, String contentType, int size) {
	}

	/** An uploaded file, as received. */
	public record Upload(String fileName, String contentType, byte[] content) {
	}

	/** An attachment with its content, for download. */
	public record Content(String fileName, String contentType, byte[] content) {
	}

	/**
	 * A patrol as typed.
	 *
	 * @param kind a {@link PatrolKind} name
	 * @param heldOn ISO date, not in the future, not before the policy was issued
	 * @param findings 1 to 2,000 characters
	 * @param followUp up to 1,000 characters, may be empty
	 */
	public record Entry(String kind, String heldOn, String findings, String followUp) {
	}

}
