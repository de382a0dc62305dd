package io.suretyhub.insurer.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.suretyhub.shared.AccessScope;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The early-warning list (R-SUP-4): every supervision signal on insurers, per party (each filed insurer,
 * with a level) and per area (each prefecture the viewer covers), over the last twelve months, and the
 * same signals as monthly numbers. A viewer counts only what arose inside its own area (R-GEO-2);
 * sanctions, which apply region-wide and are public, show for every viewer.
 */
@Component
public class EarlyWarnings {

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private final Filings filings;

	private final Qualification qualification;

	private final QuarterlyReports reports;

	private final Sanctions sanctions;

	private final JdbcClient jdbc;

	private final Clock clock;

	EarlyWarnings(Filings filings, Qualification qualification, QuarterlyReports reports, Sanctions sanctions,
			JdbcClient jdbc, Clock clock) {
		this.filings = filings;
		this.qualification = qualification;
		this.reports = reports;
		this.sanctions = sanctions;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Every filed insurer with its signals, the most serious first (then by name). */
	public List<Party> parties(AccessScope viewer) {
		LocalDate today = LocalDate.now(clock);
		Map<String, Counts> counts = counts(viewer, "insurer_id");
		List<Party> parties = new ArrayList<>();
		for (Filing filing : filings.all()) {
			if (filing.status() == FilingStatus.DRAFT) {
				continue;
			}
			long id = filing.insurerId();
			Counts c = counts.getOrDefault(String.valueOf(id), Counts.NONE);
			Sanction applying = sanctions.applying(id, today).orElse(null);
			boolean qualified = qualification.check(id, today).passed();
			String missing = reports.missing(filing, today).map(Quarter::toString).orElse(null);
			Level level = Level.of(filing.status() == FilingStatus.REVOKED || applying != null,
					c.proposals() > 0 || c.overdue() > 0 || missing != null
							|| (filing.status() == FilingStatus.REGISTERED && !qualified),
					c.measures() > 0 || c.unheeded() > 0);
			parties.add(new Party(id, filing.name(), filing.status().name(), level, applying, qualified, missing, c));
		}
		parties.sort(Comparator.comparing(Party::level).reversed().thenComparing(Party::name));
		return parties;
	}

	/** Per prefecture the viewer covers: the signals that arose there. */
	public Map<String, Counts> areas(AccessScope viewer) {
		return counts(viewer, "substring(area_code, 1, 4) || '00'");
	}

	/** The same signals month by month, the last twelve months, oldest first. */
	public List<Month> months(AccessScope viewer) {
		YearMonth now = YearMonth.now(clock);
		Map<String, Counts> byMonth = counts(viewer, "to_char(at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM')");
		List<Month> months = new ArrayList<>();
		for (int i = 11; i >= 0; i--) {
			YearMonth month = now.minusMonths(i);
			months.add(new Month(month, byMonth.getOrDefault(month.toString(), Counts.NONE)));
		}
		return months;
	}

	private Map<String, Counts> counts(AccessScope viewer, String groupBy) {
		Timestamp since = Timestamp.from(YearMonth.now(clock).minusMonths(11).atDay(1).atStartOfDay(CHINA).toInstant());
		String signals = """
				SELECT insurer_id, area_code, taken_at AS at, 'MEASURE' AS signal FROM insurer_measure
				UNION ALL SELECT insurer_id, coalesce(area_code, '650000'), proposed_at,
				  CASE WHEN trigger_kind IN ('UNDERWRITING_OVERDUE', 'PAYOUT_OVERDUE') THEN 'OVERDUE' ELSE 'PROPOSAL' END
				  FROM insurer_sanction
				UNION ALL SELECT insurer_id, '650000', coalesce(decided_at, issued_at), 'UNHEEDED' FROM insurer_reminder
				  WHERE status = 'UNHEEDED'
				UNION ALL SELECT insurer_id, '650000', warned_at, 'REPORT' FROM insurer_report_warning""";
		return jdbc.sql("SELECT (" + groupBy + ")::text AS k,"
				+ " count(*) FILTER (WHERE signal = 'MEASURE'), count(*) FILTER (WHERE signal = 'PROPOSAL'),"
				+ " count(*) FILTER (WHERE signal = 'OVERDUE'), count(*) FILTER (WHERE signal = 'UNHEEDED'),"
				+ " count(*) FILTER (WHERE signal = 'REPORT') FROM (" + signals + ") s"
				+ " WHERE at >= :since AND area_code LIKE :p GROUP BY 1")
			.param("since", since).param("p", viewer.areaPrefix())
			.query((rs, n) -> Map.entry(rs.getString(1),
					new Counts(rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getInt(6))))
			.list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	/** How serious an insurer's signals are: sanctioned or revoked, then triggers and failures, then measures. */
	public enum Level {

		NONE, YELLOW, ORANGE, RED;

		static Level of(boolean red, boolean orange, boolean yellow) {
			return red ? RED : orange ? ORANGE : yellow ? YELLOW : NONE;
		}

	}

	/**
	 * Signals counted over the last twelve months: measures taken (R-SUP-1), sanction proposals (R-SUP-3),
	 * overdue underwriting or payouts (R-POL-2, R-CLM-2), unheeded reminders (R-SUP-2), missing reports (R-INS-6).
	 */
	public record Counts(int measures, int proposals, int overdue, int unheeded, int reportsMissed) {

		static final Counts NONE = new Counts(0, 0, 0, 0, 0);

		public int total() {
			return measures + proposals + overdue + unheeded + reportsMissed;
		}

	}

	/** One insurer on the list; {@code sanction} is the one refusing new business today, if any. */
	public record Party(long insurerId, String name, String filingStatus, Level level, Sanction sanction,
			boolean qualified, String reportMissing, Counts counts) {
	}

	/** One month's numbers. */
	public record Month(YearMonth month, Counts counts) {
	}

}
