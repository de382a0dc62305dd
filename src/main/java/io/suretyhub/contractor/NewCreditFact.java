package io.suretyhub.contractor;

/**
 * An authority's entry of a credit fact, as typed; checked field by field.
 *
 * @param contractorId the contractor
 * @param kind a {@link CreditFactKind} name that an authority records (not (3) or (4))
 * @param occurredOn ISO date, not in the future
 * @param evidence document number or description, 1 to 500 characters
 * @param source the establishing authority or proceeding, 1 to 200 characters
 */
public record NewCreditFact(long contractorId, String kind, String occurredOn, String evidence, String source) {
}
