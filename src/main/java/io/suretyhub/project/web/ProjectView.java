package io.suretyhub.project.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.suretyhub.area.Areas;
import io.suretyhub.project.Project;

/** A project as pages, exports and the API show it, with the contractor's and the area's names. */
public record ProjectView(long id, String name, long contractorId, String contractorName, String areaCode,
		String areaName, String ownerName, BigDecimal contractPrice, String address, ZonedDateTime registeredAt,
		String type, String works, String kind, LocalDate periodStart, LocalDate periodEnd, String permitNumber,
		LocalDate permitDate, LocalDate contractDate, LocalDate completedOn) {

	/** The export's columns, in order; each names its header text {@code project.field.<column>}. */
	static final String[] COLUMNS = { "id", "name", "contractorName", "areaCode", "areaName", "ownerName",
			"contractPrice", "address", "registeredAt" };

	/** The export's cells, in {@link #COLUMNS} order. */
	List<Object> cells() {
		return Arrays.asList(id, name, contractorName, areaCode, areaName, ownerName, contractPrice, address,
				registeredAt);
	}

	static ProjectView of(Project p, Map<Long, String> contractors, Areas areas, Locale locale, ZoneId zone) {
		return new ProjectView(p.id(), p.name(), p.contractorId(), contractors.getOrDefault(p.contractorId(), ""),
				p.area().value(), areas.label(p.area(), locale), p.ownerName(), p.contractPrice().amount(), p.address(),
				p.registeredAt().atZone(zone), name(p.type()), name(p.works()), name(p.kind()), p.periodStart(),
				p.periodEnd(), p.permitNumber(), p.permitDate(), p.contractDate(), p.completedOn());
	}

	private static String name(Enum<?> constant) {
		return constant == null ? null : constant.name();
	}

}
