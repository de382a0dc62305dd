package io.suretyhub.document;

import java.time.Instant;
import java.time.LocalDate;

import io.suretyhub.shared.AreaCode;
import io.suretyhub.shared.Money;

/**
 * An issued, signed policy document as recorded (the bytes themselves come from
 * {@link PolicyDocuments#content(String)}).
 *
 * @param number policy number
 * @param insurerId the signing insurer
 * @param insurerName its name
 * @param area the project's area
 * @param policyholderName the policyholder
 * @param projectName the project
 * @param sumInsured sum insured
 * @param periodStart first day of cover
 * @param periodEnd last day of cover
 * @param sha256 SHA-256 of the signed PDF, lower-case hex
 * @param size its length in bytes
 * @param signedAt when the platform accepted the signature
 * @param mode hosted or remote
 * @param certificateId the seal certificate on file that signed it
 */
public record IssuedDocument(String number, long insurerId, String insurerName, AreaCode area,
		String policyholderName, String projectName, Money sumInsured, LocalDate periodStart, LocalDate periodEnd,
		String sha256, int size, Instant signedAt, SigningMode mode, long certificateId) {

	/** How a document was signed. */
	public enum SigningMode {

		HOSTED, REMOTE

	}

}
