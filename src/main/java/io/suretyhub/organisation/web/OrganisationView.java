package io.suretyhub.organisation.web;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import io.suretyhub.area.Areas;
import io.suretyhub.organisation.Organisation;

/** An organisation as pages, exports and the API show it: names resolved, the phone masked or not. */
public record OrganisationView(long id, String name, String kind, String areaCode, String areaName, String creditCode,
		Long parentId, String address, String contactPerson, String contactPhone, ZonedDateTime registeredAt) {

	/** The export's columns, in order; each names its header text {@code organisation.field.<column>}. */
	static final String[] COLUMNS = { "id", "name", "kind", "areaCode", "areaName", "creditCode", "parentId", "address",
			"contactPerson", "contactPhone", "registeredAt" };

	/** The export's cells, in {@link #COLUMNS} order. */
	List<Object> cells(String kindLabel) {
		return Arrays.asList(id, name, kindLabel, areaCode, areaName, creditCode, parentId, address, contactPerson,
				contactPhone, registeredAt);
	}

	static OrganisationView masked(Organisation o, Areas areas, Locale locale, ZoneId zone) {
		return of(o, PhoneMask.mask(o.contactPhone()), areas, locale, zone);
	}

	static OrganisationView of(Organisation o, String phone, Areas areas, Locale locale, ZoneId zone) {
		return new OrganisationView(o.id(), o.name(), o.kind().name(), o.area().value(), areas.label(o.area(), locale),
				o.creditCode(), o.parentId(), o.address(), o.contactPerson(), phone, o.registeredAt().atZone(zone));
	}

}
