package io.suretyhub.statistics.internal;

import java.math.BigDecimal;

/** What one fact adds to the additive figures and scorecard counts of {@code stat_figure}. */
record Amounts(int policies, BigDecimal sumInsured, BigDecimal premium, BigDecimal released, BigDecimal payouts,
		int applications, int decided, int late, int notices, int noticesDue, int noticesLate) {

	static final Amounts ZERO = new Amounts(0, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, 0, 0,
			0, 0, 0, 0);

	static Amounts issued(BigDecimal sumInsured, BigDecimal premium, BigDecimal released) {
		return new Amounts(1, sumInsured, premium, released, BigDecimal.ZERO, 0, 0, 0, 0, 0, 0);
	}

	static Amounts payout(BigDecimal amount) {
		return new Amounts(0, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, amount, 0, 0, 0, 0, 0, 0);
	}

	/** An application (R-POL-2): decided once issued or refused; late once decided after the overdue warning. */
	static Amounts application(boolean decided, boolean late) {
		return new Amounts(0, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, 1, decided ? 1 : 0,
				decided && late ? 1 : 0, 0, 0, 0);
	}

	/** A payment notice (R-CLM-2): due once paid or overdue; late once overdue. */
	static Amounts notice(boolean settled, boolean late) {
		return new Amounts(0, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, 0, 0, 0, 1,
				settled || late ? 1 : 0, late ? 1 : 0);
	}

	Amounts plus(Amounts o) {
		return new Amounts(policies + o.policies, sumInsured.add(o.sumInsured), premium.add(o.premium),
				released.add(o.released), payouts.add(o.payouts), applications + o.applications, decided + o.decided,
				late + o.late, notices + o.notices, noticesDue + o.noticesDue, noticesLate + o.noticesLate);
	}

	Amounts negate() {
		return new Amounts(-policies, sumInsured.negate(), premium.negate(), released.negate(), payouts.negate(),
				-applications, -decided, -late, -notices, -noticesDue, -noticesLate);
	}

	boolean isZero() {
		return policies == 0 && sumInsured.signum() == 0 && premium.signum() == 0 && released.signum() == 0
				&& payouts.signum() == 0 && applications == 0 && decided == 0 && late == 0 && notices == 0
				&& noticesDue == 0 && noticesLate == 0;
	}

}
