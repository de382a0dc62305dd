package io.suretyhub.policy.patrol;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.suretyhub.policy.Policies;
import io.suretyhub.policy.Policy;
import io.suretyhub.policy.PolicyNotFound;
import io.suretyhub.policy.PolicyStatus;
import io.suretyhub.shared.AccessScope;
import io.suretyhub.shared.AuditEvent;
import io.suretyhub.shared.InvalidInput;
import io.suretyhub.shared.InvalidInput.Problem;
import io.suretyhub.shared.Role;
import io.suretyhub.shared.RuleViolation;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records and lists risk patrols (R-POL-8). The insurer (its region branch or the underwriting branch)
 * records them on a policy it issued; authorities see those of their area. Nothing on a policy not (yet)
 * issued.
 */
@Service
public class Patrols {

	static final int MAX_ATTACHMENTS = 5;

	static final int MAX_BYTES = 10 * 1024 * 1024;

	private final Policies policies;

	private final PatrolRepository repository;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Patrols(Policies policies, PatrolRepository repository, ApplicationEventPublisher events, Clock clock) {
		this.policies = policies;
		this.repository = repository;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The insurer records a patrol on one of its issued policies.
	 * @return the patrol's id
	 */
	@Transactional
	public long record(long policyId, Patrol.Entry entry, List<Patrol.Upload> uploads, AccessScope insurer) {
		if (insurer.role() != Role.INSURER_ADMIN && insurer.role() != Role.INSURER_STAFF) {
			throw new RuleViolation("R-POL-8", "policy.patrol.error.onlyInsurer");
		}
		Policy policy = policies.find(policyId, insurer).orElseThrow(() -> new PolicyNotFound(policyId));
		if (policy.status() == PolicyStatus.APPLIED || policy.status() == PolicyStatus.REFUSED) {
			throw new RuleViolation("R-POL-8", "policy.patrol.error.notIssued");
		}
		List<Problem> problems = new ArrayList<>();
		PatrolKind kind = kind(entry.kind(), problems);
		LocalDate heldOn = heldOn(entry.heldOn(), policy, problems);
		String findings = text("findings", entry.findings(), 2000, true, problems);
		String followUp = text("followUp", entry.followUp(), 1000, false, problems);
		List<Patrol.Upload> files = uploads.stream().filter(u -> u.content().length > 0).toList();
		if (files.size() > MAX_ATTACHMENTS) {
			problems.add(new Problem("attachments", "policy.patrol.error.attachments.count", MAX_ATTACHMENTS));
		}
		if (files.stream().anyMatch(u -> u.content().length > MAX_BYTES)) {
			problems.add(new Problem("attachments", "policy.patrol.error.attachments.size", MAX_BYTES / 1024 / 1024));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		long id = repository.insert(policy, kind, heldOn, findings, followUp.isEmpty() ? null : followUp,
				insurer.accountId(), clock.instant());
		files.forEach(f -> repository.attach(id, new Patrol.Upload(name(f.fileName()), type(f.contentType()), f.content()),
				sha256(f.content())));
		events.publishEvent(AuditEvent.success("policy.patrol.record", "policy", policyId,
				"patrol=" + id + " kind=" + kind + " attachments=" + files.size()));
		return id;
	}

	/** The patrols {@code viewer} may see, newest first, narrowed to a policy or a project when given. */
	public List<Patrol> visible(AccessScope viewer, Long policyId, Long projectId) {
		return repository.visible(viewer, policyId, projectId, 200);
	}

	/** An attachment's content, if {@code viewer} may see its patrol. */
	public Optional<Patrol.Content> attachment(long id, AccessScope viewer) {
		return repository.attachment(id, viewer);
	}

	private static PatrolKind kind(String input, List<Problem> problems) {
		for (PatrolKind kind : PatrolKind.values()) {
			if (kind.name().equals(input == null ? "" : input.strip())) {
				return kind;
			}
		}
		problems.add(new Problem("kind", "policy.patrol.error.kind"));
		return null;
	}

	private LocalDate heldOn(String input, Policy policy, List<Problem> problems) {
		try {
			LocalDate day = LocalDate.parse(input == null ? "" : input.strip());
			LocalDate issued = policy.underwritten().issuedAt().atZone(clock.getZone()).toLocalDate();
			if (day.isAfter(LocalDate.now(clock))) {
				problems.add(new Problem("heldOn", "policy.patrol.error.heldOn.future"));
			}
			else if (day.isBefore(issued)) {
				problems.add(new Problem("heldOn", "policy.patrol.error.heldOn.beforeIssue", issued));
			}
			return day;
		}
		catch (DateTimeParseException ex) {
			problems.add(new Problem("heldOn", "policy.patrol.error.heldOn.format"));
			return null;
		}
	}

	private static String text(String field, String input, int max, boolean required, List<Problem> problems) {
		String value = input == null ? "" : input.strip();
		if (required && value.isEmpty()) {
			problems.add(new Problem(field, "policy.patrol.error." + field + ".required"));
		}
		else if (value.length() > max) {
			problems.add(new Problem(field, "policy.patrol.error." + field + ".tooLong", max));
		}
		return value;
	}

	private static String name(String fileName) {
		String name = fileName == null || fileName.isBlank() ? "attachment" : fileName.replaceAll("[\\\\/\\p{Cntrl}]", "_");
		return name.length() > 200 ? name.substring(name.length() - 200) : name;
	}

	private static String type(String contentType) {
		return contentType == null || contentType.isBlank() ? "application/octet-stream" : contentType;
	}

	private static byte[] sha256(byte[] content) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(content);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
