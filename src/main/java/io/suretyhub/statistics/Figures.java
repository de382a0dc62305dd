package io.suretyhub.statistics;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.suretyhub.area.Areas;
import io.suretyhub.organisation.Organisations;
import io.suretyhub.shared.AccessScope;
import io.suretyhub.shared.AreaCode;
import io.suretyhub.shared.Money;
import io.suretyhub.shared.Role;
import io.suretyhub.statistics.internal.DetailStore;
import io.suretyhub.statistics.internal.FigureStore;
import io.suretyhub.statistics.internal.Slice;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * The R-STAT-1 figures, scorecards and warning statistics, always within the viewer's area (R-GEO-2): an
 * authority sees its area (a drill-down area must lie inside it, else {@link AreaNotFound}); an insurer
 * administrator sees its own insurer's figures across its region. Read from the read models only.
 */
@Service
public class Figures {

	private static final Set<Role> AUTHORITIES = Set.of(Role.REGION_AUTHORITY, Role.LOCAL_AUTHORITY,
			Role.FINANCIAL_REGULATOR);

	private final FigureStore figures;

	private final DetailStore details;

	private final Areas areas;

	private final Organisations organisations;

	private final MessageSource messages;

	private final Clock clock;

	Figures(FigureStore figures, DetailStore details, Areas areas, Organisations organisations, MessageSource messages,
			Clock clock) {
		this.figures = figures;
		this.details = details;
		this.areas = areas;
		this.organisations = organisations;
		this.messages = messages;
		this.clock = clock;
	}

	/** The totals of the filter's period and area. */
	public FigureRow total(Filter filter, AccessScope viewer, Locale locale) {
		List<FigureRow> rows = figures.group(null, slice(filter, viewer));
		FigureRow empty = new FigureRow("total", "", 0, 0, 0, Money.ZERO,
				Money.ZERO, Money.ZERO, Money.ZERO, 0);
		return (rows.isEmpty() ? empty : rows.get(0)).withLabel(messages.getMessage("statistics.total", null, locale));
	}

	/** The figures broken down by {@code dimension}, labelled in {@code locale}. */
	public List<FigureRow> by(Dimension dimension, Filter filter, AccessScope viewer, Locale locale) {
		List<FigureRow> rows = figures.group(dimension, slice(filter, viewer));
		Map<Long, String> names = dimension == Dimension.INSURER ? insurerNames(rows.stream().map(r -> Long.valueOf(r.key())).toList())
				: Map.of();
		return rows.stream().map(row -> row.withLabel(switch (dimension) {
			case INSURER -> names.getOrDefault(Long.valueOf(row.key()), row.key());
			case AREA -> areas.name(AreaCode.of(row.key()), locale);
			case LINE -> messages.getMessage("statistics.line." + row.key(), null, row.key(), locale);
			case MONTH, QUARTER -> row.key();
		})).toList();
	}

	/** The projects with policies issued in the period and area, largest first (at most 500). */
	public List<ProjectRow> projects(Filter filter, AccessScope viewer, Locale locale) {
		return details.projects(slice(filter, viewer), 500).stream()
			.map(p -> new ProjectRow(p.projectId(), p.name(), p.areaCode(), areas.label(AreaCode.of(p.areaCode()), locale),
					p.policies(), p.sumInsured(), p.premium(), p.depositsReleased()))
			.toList();
	}

	/** One scorecard per insurer active in the period and area. */
	public List<Scorecard> scorecards(Filter filter, AccessScope viewer) {
		List<Scorecard> cards = details.scorecards(slice(filter, viewer));
		Map<Long, String> names = insurerNames(cards.stream().map(Scorecard::insurerId).toList());
		return cards.stream()
			.map(c -> new Scorecard(c.insurerId(), names.getOrDefault(c.insurerId(), String.valueOf(c.insurerId())),
					c.applications(), c.decided(), c.late(), c.notices(), c.noticesDue(), c.noticesLate(), c.openWarnings(),
					c.activeSanctions()))
			.toList();
	}

	/** Warnings issued in the period by rule, level and area one level below the area looked at. */
	public List<WarningRow> warnings(Filter filter, AccessScope viewer, Locale locale) {
		return details.warnings(slice(filter, viewer)).stream()
			.map(w -> new WarningRow(w.rule(), w.level(), w.areaCode(), areas.name(AreaCode.of(w.areaCode()), locale),
					w.count(), w.open()))
			.toList();
	}

	/** The area a viewer looks at with this filter: the drill-down area if inside the viewer's, else 404. */
	public AreaCode areaOf(Filter filter, AccessScope viewer) {
		return slice(filter, viewer).area();
	}

	private Slice slice(Filter filter, AccessScope viewer) {
		AreaCode area = filter.area() == null ? viewer.area() : filter.area();
		if (!areas.isValid(area) || !viewer.covers(area)) {
			throw new AreaNotFound(area.value());
		}
		if (viewer.role() == Role.INSURER_ADMIN) {
			return new Slice(area, filter, viewer.organisationId(), clock.getZone());
		}
		if (!AUTHORITIES.contains(viewer.role())) {
			throw new AreaNotFound(area.value());
		}
		return new Slice(area, filter, filter.insurerId(), clock.getZone());
	}

	private Map<Long, String> insurerNames(Collection<Long> ids) {
		return ids.isEmpty() ? Map.of() : organisations.names(ids);
	}

}
