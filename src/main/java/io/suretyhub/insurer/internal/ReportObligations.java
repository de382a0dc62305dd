package io.suretyhub.insurer.internal;

import java.time.LocalTime;
import java.time.ZoneId;

import io.suretyhub.calendar.TimeLimit;
import io.suretyhub.obligation.NewObligation;
import io.suretyhub.obligation.Obligations;
import io.suretyhub.obligation.Parties;
import io.suretyhub.obligation.Subject;
import io.suretyhub.shared.AreaCode;

import org.springframework.stereotype.Component;

/**
 * Each quarterly report a registered insurer owes (R-INS-6) is a stored obligation of the deadline engine,
 * owed to the region authority, starting on the quarter's last day and due the configured number of
 * calendar days later (R-TIME-2); submitting the report meets it.
 */
@Component
public class ReportObligations {

	public static final String RULE = "R-INS-6";

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private final Obligations obligations;

	private final InsurerSettings settings;

	ReportObligations(Obligations obligations, InsurerSettings settings) {
		this.obligations = obligations;
		this.settings = settings;
	}

	/** Opens the obligation for this quarter's report; opening it again answers the same id. */
	public long open(long insurerId, Quarter quarter) {
		AreaCode region = AreaCode.of("650000");
		return obligations.open(new NewObligation(Parties.toAuthority(insurerId, region), subject(insurerId, quarter), RULE,
				region, quarter.end().atTime(LocalTime.NOON).atZone(CHINA).toInstant(),
				TimeLimit.days(settings.reportDueDays())));
	}

	public void met(long insurerId, Quarter quarter) {
		obligations.meet(subject(insurerId, quarter), RULE);
	}

	static Subject subject(long insurerId, Quarter quarter) {
		return new Subject("insurer-quarterly-report", insurerId + "-" + quarter);
	}

	/** The insurer and quarter of a report obligation's subject id ({@code 42-2026Q4}). */
	static long insurerOf(String subjectId) {
		return Long.parseLong(subjectId.substring(0, subjectId.indexOf('-')));
	}

	static Quarter quarterOf(String subjectId) {
		String q = subjectId.substring(subjectId.indexOf('-') + 1);
		return new Quarter(Integer.parseInt(q.substring(0, 4)), Integer.parseInt(q.substring(5)));
	}

}
