package io.suretyhub.obligation.web;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import io.suretyhub.obligation.Parties;
import io.suretyhub.organisation.Organisations;

import org.springframework.stereotype.Component;

/** The names of the organisations on the board, fetched in one query per page (ids are not for people). */
@Component
class PartyNames {

	private final Organisations organisations;

	PartyNames(Organisations organisations) {
		this.organisations = organisations;
	}

	Map<Long, String> of(Collection<Parties> parties) {
		var ids = parties.stream()
			.flatMap(p -> Stream.of(p.owedBy(), p.owedToOrganisation()))
			.filter(Objects::nonNull)
			.distinct()
			.toList();
		return ids.isEmpty() ? Map.of() : new HashMap<>(organisations.names(ids));
	}

	/** For streamed exports: looks each organisation up once and remembers it in {@code seen}. */
	String name(long id, Map<Long, String> seen) {
		return seen.computeIfAbsent(id, key -> organisations.names(java.util.List.of(key)).getOrDefault(key, "#" + key));
	}

}
