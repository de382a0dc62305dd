package io.suretyhub.insurer.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.suretyhub.organisation.Organisation;
import io.suretyhub.organisation.OrganisationKind;
import io.suretyhub.organisation.OrganisationRegistration;
import io.suretyhub.organisation.Organisations;
import io.suretyhub.shared.AccessScope;
import io.suretyhub.shared.AreaCode;
import io.suretyhub.shared.RuleViolation;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * The branch table (Attachment 3, R-INS-4): each branch is an {@code INSURER_BRANCH} organisation whose
 * parent is the insurer, with its head and handler. A branch is active until the insurer closes it;
 * branches registered before the table existed (no row) count as active.
 */
@Service
public class Branches {

	private final Organisations organisations;

	private final JdbcClient jdbc;

	private final Journal journal;

	private final Clock clock;

	Branches(Organisations organisations, JdbcClient jdbc, Journal journal, Clock clock) {
		this.organisations = organisations;
		this.jdbc = jdbc;
		this.journal = journal;
		this.clock = clock;
	}

	@Transactional
	public long add(long insurerId, BranchForm form, AccessScope by) {
		long id = organisations.register(OrganisationRegistration.of(OrganisationKind.INSURER_BRANCH, form.name(),
				form.prefecture()).withParent(insurerId).withContact(form.address(), form.head(), form.headPhone()));
		jdbc.sql("""
				INSERT INTO insurer_branch (branch_id, insurer_id, head, head_phone, handler, handler_phone, active, changed_at)
				VALUES (:b, :i, :h, :hp, :x, :xp, TRUE, :at)""")
			.param("b", id).param("i", insurerId).param("h", form.head().strip()).param("hp", form.headPhone())
			.param("x", form.handler().strip()).param("xp", form.handlerPhone())
			.param("at", Timestamp.from(clock.instant())).update();
		journal.record(insurerId, "branch.add", by, "branch=" + id + " prefecture=" + form.prefecture());
		return id;
	}

	/**
	 * Changes an open branch's head, handler and their phones; recorded in the insurer's history (phones
	 * masked) for the region authority to see. A closed branch cannot be changed.
	 */
	@Transactional
	public void update(long insurerId, long branchId, BranchContactForm form, AccessScope by) {
		Branch branch = of(insurerId).stream().filter(b -> b.id() == branchId).findFirst()
			.orElseThrow(() -> new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND));
		if (!branch.active()) {
			throw new RuleViolation("R-INS-4", "insurer.branch.closedNoChange");
		}
		jdbc.sql("""
				INSERT INTO insurer_branch (branch_id, insurer_id, head, head_phone, handler, handler_phone, active, changed_at)
				VALUES (:b, :i, :h, :hp, :x, :xp, TRUE, :at)
				ON CONFLICT (branch_id) DO UPDATE SET head = :h, head_phone = :hp, handler = :x, handler_phone = :xp,
				changed_at = :at""")
			.param("b", branchId).param("i", insurerId).param("h", form.head().strip()).param("hp", form.headPhone())
			.param("x", form.handler().strip()).param("xp", form.handlerPhone())
			.param("at", Timestamp.from(clock.instant())).update();
		journal.record(insurerId, "branch.update", by, "branch=" + branchId + " head: " + branch.head() + " "
				+ Phones.mask(branch.headPhone()) + " -> " + form.head().strip() + " " + Phones.mask(form.headPhone())
				+ "; handler: " + branch.handler() + " " + Phones.mask(branch.handlerPhone()) + " -> "
				+ form.handler().strip() + " " + Phones.mask(form.handlerPhone()));
	}

	@Transactional
	public void close(long insurerId, long branchId, AccessScope by) {
		Organisation branch = organisations.branches(insurerId).stream().filter(b -> b.id() == branchId).findFirst()
			.orElseThrow(() -> new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND));
		jdbc.sql("""
				INSERT INTO insurer_branch (branch_id, insurer_id, head, head_phone, handler, handler_phone, active, changed_at)
				VALUES (:b, :i, coalesce(:h, ''), coalesce(:p, ''), '', '', FALSE, :at)
				ON CONFLICT (branch_id) DO UPDATE SET active = FALSE, changed_at = :at""")
			.param("b", branchId).param("i", insurerId).param("h", branch.contactPerson()).param("p", branch.contactPhone())
			.param("at", Timestamp.from(clock.instant())).update();
		journal.record(insurerId, "branch.close", by, "branch=" + branchId);
	}

	/** Every branch of the insurer with its table row. */
	public List<Branch> of(long insurerId) {
		Map<Long, Row> rows = jdbc.sql("SELECT branch_id, head, head_phone, handler, handler_phone, active"
				+ " FROM insurer_branch WHERE insurer_id = :i")
			.param("i", insurerId)
			.query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
					rs.getBoolean(6)))
			.list().stream().collect(Collectors.toMap(Row::branchId, Function.identity()));
		return organisations.branches(insurerId).stream().map(o -> {
			Row row = rows.get(o.id());
			return row == null
					? new Branch(o.id(), o.name(), o.area(), o.address(), o.contactPerson(), o.contactPhone(), null, null, true)
					: new Branch(o.id(), o.name(), o.area(), o.address(), row.head(), row.headPhone(), row.handler(),
							row.handlerPhone(), row.active());
		}).toList();
	}

	/** The insurer's active branch in the prefecture of {@code area}, if any (R-INS-4). */
	public java.util.Optional<Branch> activeIn(long insurerId, AreaCode area) {
		AreaCode prefecture = area.prefecture();
		return of(insurerId).stream().filter(Branch::active).filter(b -> b.area().prefecture().equals(prefecture))
			.min(java.util.Comparator.comparingLong(Branch::id));
	}

	/** A branch: phones are personal data, masked on pages. */
	public record Branch(long id, String name, AreaCode area, String address, String head, String headPhone,
			String handler, String handlerPhone, boolean active) {
	}

	private record Row(long branchId, String head, String headPhone, String handler, String handlerPhone,
			boolean active) {
	}

}
