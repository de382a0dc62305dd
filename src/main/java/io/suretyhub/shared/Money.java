package io.suretyhub.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** An amount in yuan, exact to the fen (scale 2); stored as {@code NUMERIC(18,2)}. */
public record Money(BigDecimal amount) implements Comparable<Money>, java.io.Serializable {

	public static final Money ZERO = new Money(BigDecimal.ZERO);

	public Money {
		if (amount == null) {
			throw new IllegalArgumentException("An amount is required");
		}
		if (amount.stripTrailingZeros().scale() > 2) {
			throw new IllegalArgumentException("An amount has at most two decimals (fen): " + amount);
		}
		amount = amount.setScale(2, RoundingMode.UNNECESSARY);
	}

	public static Money yuan(String amount) {
		return new Money(new BigDecimal(amount));
	}

	public Money plus(Money other) {
		return new Money(amount.add(other.amount));
	}

	public Money minus(Money other) {
		return new Money(amount.subtract(other.amount));
	}

	public boolean isNegative() {
		return amount.signum() < 0;
	}

	@Override
	public int compareTo(Money other) {
		return amount.compareTo(other.amount);
	}

	@Override
	public String toString() {
		return amount.toPlainString();
	}

}
