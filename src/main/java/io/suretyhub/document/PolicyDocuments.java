package io.suretyhub.document;

import java.util.Optional;
import java.util.UUID;

/**
 * Issuing e-policies (R-POL-5): the platform renders the policy from data, the insurer signs it with
 * a certificate on file, and the signed bytes are kept unchanged for ever. Either way of signing
 * issues the policy completely or not at all: a refusal ({@link SigningRefused}) leaves no document.
 */
public interface PolicyDocuments {

	/** The policy rendered but unsigned, for checking before issue; nothing is stored. */
	byte[] preview(PolicyDocument policy);

	/**
	 * Renders, signs with the hosted key of the insurer's certificate {@code certificateId} and stores the policy.
	 * @throws SigningRefused when the certificate is not the insurer's, has no hosted key, is not valid
	 * now, or the number is already issued
	 */
	IssuedDocument issueHosted(PolicyDocument policy, long certificateId);

	/**
	 * Renders the policy, reserves its signature and keeps the prepared bytes, for the insurer's own
	 * system to sign: it signs {@link RemoteSigning#digest()} (see {@code docs/signing.md}).
	 * A new preparation for the same number replaces a pending one.
	 */
	RemoteSigning prepareRemote(PolicyDocument policy);

	/** A pending remote signing of the insurer. */
	Optional<RemoteSigning> pendingRemote(long insurerId, UUID requestId);

	/** The prepared (not yet signed) PDF of a pending remote signing, for the insurer to inspect. */
	Optional<byte[]> preparedContent(long insurerId, UUID requestId);

	/**
	 * Embeds the CMS signature the insurer's system made, checks it and issues the policy.
	 * @throws SigningRefused with the precise reason; the request then stays pending until it expires
	 */
	IssuedDocument completeRemote(long insurerId, UUID requestId, byte[] cmsSignature);

	/** The issued document with this policy number. */
	Optional<IssuedDocument> find(String number);

	/** The signed PDF, byte for byte as issued. */
	Optional<byte[]> content(String number);

}
