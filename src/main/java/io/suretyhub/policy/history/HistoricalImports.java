package io.suretyhub.policy.history;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.suretyhub.area.Areas;
import io.suretyhub.organisation.Organisation;
import io.suretyhub.organisation.Organisations;
import io.suretyhub.policy.history.HistoricalPolicy.ImportReport;
import io.suretyhub.policy.history.HistoricalPolicy.RowProblem;
import io.suretyhub.shared.AccessScope;
import io.suretyhub.shared.AuditEvent;
import io.suretyhub.shared.Role;
import io.suretyhub.shared.RuleViolation;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports historical (pre-platform) policies into the register (R-POL-9). Every row of a file is checked;
 * a file with any bad row stores no policy at all, only its report naming each bad row and field. An
 * insurer imports its own policies in its region; an authority those of its area.
 */
@Service
public class HistoricalImports {

	private final HistoricalRepository repository;

	private final Areas areas;

	private final Organisations organisations;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	HistoricalImports(HistoricalRepository repository, Areas areas, Organisations organisations,
			ApplicationEventPublisher events, Clock clock) {
		this.repository = repository;
		this.areas = areas;
		this.organisations = organisations;
		this.events = events;
		this.clock = clock;
	}

	/** Checks and, if every row is good, stores the file's policies, all in one transaction. */
	@Transactional
	public ImportReport importFile(String fileName, byte[] content, AccessScope importer) {
		List<List<String>> table;
		try {
			table = TableReader.read(content);
		}
		catch (IOException ex) {
			table = null;
		}
		return importTable(fileName, table, importer);
	}

	/**
	 * As {@link #importFile} for a table already read: a header row, then one row per policy with the cells in
	 * the order of {@link HistoricalPolicy#COLUMNS}; {@code null} when the file could not be read.
	 */
	@Transactional
	public ImportReport importTable(String fileName, List<List<String>> table, AccessScope importer) {
		if (!mayImport(importer)) {
			throw new RuleViolation("R-POL-9", "policy.historical.error.notAllowed");
		}
		String name = fileName == null || fileName.isBlank() ? "import" : fileName.strip();
		String importerName = organisations.find(importer.organisationId()).map(Organisation::name).orElse("");
		var check = new HistoricalRowCheck(areas, importer, importerName, LocalDate.now(clock));
		List<HistoricalRowCheck.Checked> rows;
		if (table != null) {
			rows = check.check(table);
		}
		else {
			rows = List.of();
			check.add(new RowProblem(0, "file", "policy.historical.error.unreadable", null, null));
		}
		rows.stream().collect(Collectors.groupingBy(HistoricalRowCheck.Checked::insurerName)).forEach((insurer, group) -> {
			Set<String> taken = repository.registered(insurer, group.stream().map(HistoricalRowCheck.Checked::number).toList());
			group.stream().filter(r -> taken.contains(r.number())).forEach(r -> check.add(
					new RowProblem(r.row(), "number", "policy.historical.error.number.exists", null, r.number())));
		});
		List<RowProblem> problems = check.problems().stream()
			.sorted(java.util.Comparator.comparingInt(RowProblem::row))
			.toList();
		boolean accepted = problems.isEmpty();
		long id = repository.insertImport(importer, name, rows.size(), accepted, clock.instant());
		if (accepted) {
			rows.forEach(r -> repository.insertPolicy(id, importer.organisationId(), r));
		}
		else {
			problems.forEach(p -> repository.insertProblem(id, p));
		}
		events.publishEvent(AuditEvent.success("policy.historical.import", "historical-import", id,
				"rows=" + rows.size() + " accepted=" + accepted + " problems=" + problems.size()));
		return new ImportReport(id, name, rows.size(), accepted, problems);
	}

	/** The historical policies {@code viewer} may see, most recently issued first (at most 500). */
	public List<HistoricalPolicy> visible(AccessScope viewer) {
		return repository.visible(viewer, 500);
	}

	/** An import's report, if {@code viewer} may see it. */
	public Optional<ImportReport> report(long importId, AccessScope viewer) {
		return repository.report(importId, viewer);
	}

	static boolean mayImport(AccessScope scope) {
		return scope.role() == Role.INSURER_ADMIN || scope.role() == Role.INSURER_STAFF
				|| scope.role() == Role.REGION_AUTHORITY || scope.role() == Role.LOCAL_AUTHORITY;
	}

}
