package io.suretyhub.document;

import java.util.Objects;

import io.suretyhub.shared.CreditCode;

/**
 * The policyholder (投保人): the general contractor.
 *
 * @param name registered name
 * @param creditCode unified social credit code
 * @param address registered address
 */
public record Policyholder(String name, CreditCode creditCode, String address) {

	public Policyholder {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(creditCode, "creditCode");
		Objects.requireNonNull(address, "address");
	}

}
