package io.suretyhub.audit.web;

import java.time.LocalDate;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import io.suretyhub.audit.internal.AuditSearch;
import io.suretyhub.shared.AuditEvent.Outcome;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.web.util.UriComponentsBuilder;

/** The filter form of the audit page, bound from the query string. */
public class AuditFilter {

	@Size(max = 100)
	private String actor;

	@Size(max = 100)
	private String action;

	private Outcome outcome;

	@DateTimeFormat(iso = ISO.DATE)
	private LocalDate from;

	@DateTimeFormat(iso = ISO.DATE)
	private LocalDate to;

	@Positive
	private Long before;

	@Positive
	private Long after;

	@AssertTrue
	public boolean isRange() {
		return from == null || to == null || !to.isBefore(from);
	}

	AuditSearch toSearch() {
		return new AuditSearch(actor, action, outcome, from, to, before, after);
	}

	/** The page link with these filters, starting {@code older} or {@code newer} than a sequence number. */
	String link(String direction, Long sequence) {
		var uri = UriComponentsBuilder.fromPath("/audit");
		param(uri, "actor", actor);
		param(uri, "action", action);
		param(uri, "outcome", outcome);
		param(uri, "from", from);
		param(uri, "to", to);
		param(uri, direction, sequence);
		return uri.encode().build().toUriString();
	}

	private static void param(UriComponentsBuilder uri, String name, Object value) {
		if (value != null && !value.toString().isBlank()) {
			uri.queryParam(name, value);
		}
	}

	public String getActor() {
		return actor;
	}

	public void setActor(String actor) {
		this.actor = actor;
	}

	public String getAction() {
		return action;
	}

	public void setAction(String action) {
		this.action = action;
	}

	public Outcome getOutcome() {
		return outcome;
	}

	public void setOutcome(Outcome outcome) {
		this.outcome = outcome;
	}

	public LocalDate getFrom() {
		return from;
	}

	public void setFrom(LocalDate from) {
		this.from = from;
	}

	public LocalDate getTo() {
		return to;
	}

	public void setTo(LocalDate to) {
		this.to = to;
	}

	public Long getBefore() {
		return before;
	}

	public void setBefore(Long before) {
		this.before = before;
	}

	public Long getAfter() {
		return after;
	}

	public void setAfter(Long after) {
		this.after = after;
	}

}
