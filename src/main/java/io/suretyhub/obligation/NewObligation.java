package io.suretyhub.obligation;

import java.time.Instant;
import java.util.regex.Pattern;

import io.suretyhub.calendar.TimeLimit;
import io.suretyhub.shared.AreaCode;

/**
 * A clock of the rules has started.
 *
 * @param parties who owes it, to whom
 * @param subject what it is about
 * @param rule the rule that sets the limit, e.g. {@code R-POL-2}
 * @param area where it is supervised (the project's or branch's area; R-GEO-2)
 * @param startedAt the event that started the clock
 * @param limit the time limit, in working days or a calendar period
 */
public record NewObligation(Parties parties, Subject subject, String rule, AreaCode area, Instant startedAt,
		TimeLimit limit) {

	private static final Pattern RULE = Pattern.compile("R-[A-Z]+-\\d+");

	public NewObligation {
		if (parties == null || subject == null || area == null || startedAt == null || limit == null) {
			throw new IllegalArgumentException("An obligation needs parties, subject, area, start and limit");
		}
		if (rule == null || !RULE.matcher(rule).matches()) {
			throw new IllegalArgumentException("Not a rule of RULES.md: " + rule);
		}
	}

}
