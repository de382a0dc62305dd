package io.suretyhub.project;

import io.suretyhub.shared.Money;

/**
 * How the contractor lodges the deposit, in any proportion (R-FAIR-3); the parts add up to the deposit.
 *
 * @param cash cash deposited
 * @param bankGuarantee covered by a bank guarantee
 * @param insurance covered by a wage guarantee policy: that policy's sum insured (R-PRJ-3)
 */
public record DepositSplit(Money cash, Money bankGuarantee, Money insurance) {

	public DepositSplit {
		if (cash.isNegative() || bankGuarantee.isNegative() || insurance.isNegative()) {
			throw new IllegalArgumentException("No part of a deposit is negative");
		}
	}

	public static DepositSplit allInsured(Money amount) {
		return new DepositSplit(Money.ZERO, Money.ZERO, amount);
	}

	public Money total() {
		return cash.plus(bankGuarantee).plus(insurance);
	}

}
