package io.suretyhub.seal;

/**
 * Who may manage an insurer's seal certificates. The default answers "its own organisation"; the
 * insurer module replaces it (a bean of this type) to add the insurer's region branch.
 */
public interface InsurerAccess {

	/** Whether an admin of {@code organisationId} may manage the certificates of {@code insurerId}. */
	boolean mayManage(long organisationId, long insurerId);

}
